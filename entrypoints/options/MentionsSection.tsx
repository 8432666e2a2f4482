/** Pause, hover delay, kinds of names and density: what Glosa draws and when the popover opens. */
import { useEffect, useRef, useState } from 'react';
import type { MessageKey } from '../../core/i18n/ui-strings';
import { checkField, defaultSettings, entityKinds, hoverDelayRange } from '../../core/settings';
import { t } from '../../lib/i18n';
import { FieldMessage } from './FieldMessage';
import type { SettingsState } from './use-settings';

const kindKeys = {
  person: 'popoverKindPerson',
  place: 'popoverKindPlace',
  event: 'popoverKindEvent',
  law: 'popoverKindLaw',
  organisation: 'popoverKindOrganisation',
  group: 'popoverKindGroup',
} as const satisfies Record<(typeof entityKinds)[number], MessageKey>;

/** storage.sync takes 120 writes a minute: a dragged slider writes once it rests. */
const settleMs = 400;

export function MentionsSection({ state }: { state: SettingsState }) {
  const { settings, write, stored, refused } = state;
  return (
    <section aria-labelledby="mentions-heading">
      <h2 id="mentions-heading">{t('settingsMentionsHeading')}</h2>
      <div className="field">
        <label className="check">
          <input
            type="checkbox"
            checked={settings.paused}
            aria-describedby="paused-message"
            onChange={(event) => void write('paused', event.target.checked)}
          />
          {t('settingsFieldPaused')}
        </label>
        <FieldMessage id="paused-message" problem={refused.paused} stored={stored.paused} />
      </div>
      <HoverDelayField state={state} />
      <fieldset aria-describedby="kinds-message">
        <legend>{t('settingsKindsLegend')}</legend>
        {entityKinds.map((kind) => (
          <label key={kind} className="check">
            <input
              type="checkbox"
              name="kinds"
              value={kind}
              checked={!settings.hiddenKinds.includes(kind)}
              onChange={(event) => {
                const others = settings.hiddenKinds.filter((hidden) => hidden !== kind);
                void write('hiddenKinds', event.target.checked ? others : [...others, kind]);
              }}
            />
            {t(kindKeys[kind])}
          </label>
        ))}
        <FieldMessage id="kinds-message" problem={refused.hiddenKinds} stored={stored.hiddenKinds} />
      </fieldset>
      <fieldset aria-describedby="density-message">
        <legend>{t('settingsDensityLegend')}</legend>
        {(['every', 'first'] as const).map((density) => (
          <label key={density} className="check">
            <input
              type="radio"
              name="density"
              value={density}
              checked={settings.density === density}
              onChange={() => void write('density', density)}
            />
            {t(density === 'every' ? 'settingsDensityEvery' : 'settingsDensityFirst')}
          </label>
        ))}
        <FieldMessage id="density-message" problem={refused.density} stored={stored.density} />
      </fieldset>
    </section>
  );
}

function HoverDelayField({ state }: { state: SettingsState }) {
  const { settings, write, refuse, stored, refused } = state;
  const [draft, setDraft] = useState(String(settings.hoverDelayMs));
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => setDraft(String(settings.hoverDelayMs)), [settings.hoverDelayMs]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const change = (text: string) => {
    setDraft(text);
    clearTimeout(timer.current);
    const checked = checkField('hoverDelayMs', text.trim() === '' ? undefined : Number(text));
    if (!checked.ok) {
      refuse('hoverDelayMs', checked.problem);
      return;
    }
    refuse('hoverDelayMs', undefined);
    timer.current = setTimeout(() => void write('hoverDelayMs', checked.value), settleMs);
  };
  const inRange = refused.hoverDelayMs === undefined;
  const { min, max, step } = hoverDelayRange;
  return (
    <div className="field">
      <label htmlFor="delay">{t('optionsHoverDelay')}</label>
      <div className="row">
        <input
          id="delay-range"
          type="range"
          min={min}
          max={max}
          step={step}
          value={inRange ? draft : settings.hoverDelayMs}
          aria-label={t('settingsFieldHoverDelay')}
          onChange={(event) => change(event.target.value)}
        />
        <input
          id="delay"
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          step={step}
          value={draft}
          aria-invalid={!inRange}
          aria-describedby="delay-hint delay-message"
          onChange={(event) => change(event.target.value)}
        />
      </div>
      <p id="delay-hint" className="hint">
        {t('settingsDelayHint', [String(min), String(max), String(defaultSettings.hoverDelayMs)])}
      </p>
      <FieldMessage id="delay-message" problem={refused.hoverDelayMs} stored={stored.hoverDelayMs} />
    </div>
  );
}
