/**
 * Underline style and colour, with a preview drawn exactly as pages draw mentions: the
 * same highlight name and rules (lib/highlight-styles.css) plus the same underline rule
 * (core/underline-css.ts), on a name in a sample sentence.
 */
import { useEffect, useRef, useState } from 'react';
import type { MessageKey } from '../../core/i18n/ui-strings';
import { type UnderlineStyle, underlineStyles } from '../../core/settings';
import { underlineCss } from '../../core/underline-css';
import highlightCss from '../../lib/highlight-styles.css?raw';
import { t } from '../../lib/i18n';
import { FieldMessage } from './FieldMessage';
import type { SettingsState } from './use-settings';

const styleKeys = {
  dotted: 'settingsStyleDotted',
  dashed: 'settingsStyleDashed',
  solid: 'settingsStyleSolid',
  wavy: 'settingsStyleWavy',
  double: 'settingsStyleDouble',
} as const satisfies Record<UnderlineStyle, MessageKey>;

/** A colour picker reports every step of a drag; sync is written once it rests. */
const settleMs = 400;
const sampleName = 'Evo Morales';

export function UnderlineSection({ state }: { state: SettingsState }) {
  const { settings, write, stored, refused } = state;
  const [colour, setColour] = useState(settings.underlineColour);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => setColour(settings.underlineColour), [settings.underlineColour]);
  useEffect(() => () => clearTimeout(timer.current), []);
  const underline = { underlineStyle: settings.underlineStyle, underlineColour: colour };

  return (
    <section aria-labelledby="underline-heading">
      <h2 id="underline-heading">{t('settingsUnderlineHeading')}</h2>
      <div className="field">
        <label htmlFor="underline-style">{t('settingsUnderlineStyle')}</label>
        <select
          id="underline-style"
          value={settings.underlineStyle}
          aria-describedby="underline-style-message"
          onChange={(event) => void write('underlineStyle', event.target.value)}
        >
          {underlineStyles.map((style) => (
            <option key={style} value={style}>
              {t(styleKeys[style])}
            </option>
          ))}
        </select>
        <FieldMessage
          id="underline-style-message"
          problem={refused.underlineStyle}
          stored={stored.underlineStyle}
        />
      </div>
      <div className="field">
        <label htmlFor="underline-colour">{t('settingsUnderlineColour')}</label>
        <input
          id="underline-colour"
          type="color"
          value={colour}
          aria-describedby="underline-colour-message"
          onChange={(event) => {
            const next = event.target.value.toLowerCase();
            setColour(next);
            clearTimeout(timer.current);
            timer.current = setTimeout(() => void write('underlineColour', next), settleMs);
          }}
        />
        <FieldMessage
          id="underline-colour-message"
          problem={refused.underlineColour}
          stored={stored.underlineColour}
        />
      </div>
      <Preview underline={underline} />
    </section>
  );
}

function Preview({ underline }: { underline: Parameters<typeof underlineCss>[0] }) {
  const nameRef = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const text = nameRef.current?.firstChild;
    if (!text || typeof Highlight !== 'function') return;
    const range = new Range();
    range.selectNodeContents(text);
    CSS.highlights.set('glosa-mention', new Highlight(range));
    return () => {
      CSS.highlights.delete('glosa-mention');
    };
  }, []);
  const [before, after] = t('settingsPreviewSentence', '\u0000').split('\u0000');
  return (
    <figure className="preview">
      <figcaption>{t('settingsPreviewLabel')}</figcaption>
      <style>{highlightCss + underlineCss(underline)}</style>
      <p data-testid="underline-preview">
        {before}
        <span ref={nameRef}>{sampleName}</span>
        {after}
      </p>
    </figure>
  );
}
