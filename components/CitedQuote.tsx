import { useId, useState } from 'react';
import type { MessageKey, Translate } from '../core/i18n/ui-strings.ts';
import type { CitedAccount } from '../core/popover/entity-card.ts';
import { formatPartialDate } from '../core/popover/partial-date.ts';
import { useLocale, useT } from './i18n-context.tsx';

export interface CitedQuoteProps {
  account: CitedAccount;
  /** The account's one-line summary; Context shows it, a position's label already says it. */
  showSummary?: boolean;
}

/**
 * A verbatim quote, then one attribution line that names each thing once: who speaks,
 * how the words reach the reader (the framing names the outlet), the republisher, the
 * byline when it is not the speaker, the date and the source link. The curator's summary
 * comes last and quieter: it must never outweigh the quote.
 */
export function CitedQuote({ account, showSummary = false }: CitedQuoteProps) {
  const t = useT();
  const locale = useLocale();
  const titleId = useId();
  const listAuthors = !account.speakerIsAuthor;

  return (
    <figure className="quote">
      <blockquote className="quote-text" lang={account.language} cite={account.url || undefined}>
        <p>{account.quote}</p>
      </blockquote>
      <figcaption className="attribution">
        <span className="speaker">
          <Names names={speakerNames(account)} full={account.speaker.name} />
          {account.speaker.role ? `, ${account.speaker.role}` : null}
        </span>
        <span className="source-part">{framingText(account, t)}</span>
        {account.via ? <span className="source-part">{t('popoverVia', account.via)}</span> : null}
        {listAuthors && account.authors.length > 0 ? (
          <span className="source-part">
            <Names
              names={account.authors}
              full={formatList(account.authors, locale)}
              prefix={(names) => t('popoverByAuthors', names)}
            />
          </span>
        ) : null}
        <time className="source-part" dateTime={account.published}>
          {formatPartialDate(account.published, locale)}
        </time>
        {account.url ? (
          <a
            className="source-part source-link"
            href={account.url}
            target="_blank"
            rel="noopener noreferrer"
            aria-describedby={titleId}
            title={account.sourceTitle}
          >
            {t('popoverSourceLink')}
            <span className="arrow" aria-hidden="true">
              {' '}
              ↗
            </span>
          </a>
        ) : (
          <span className="source-part">{t('popoverAddressUnknown')}</span>
        )}
        {/* The article's title, for screen readers and on hover of the link: the line stays short. */}
        <cite id={titleId} className="visually-hidden" lang={account.language}>
          {account.sourceTitle}
        </cite>
      </figcaption>
      {showSummary && account.summary ? <p className="summary">{account.summary}</p> : null}
    </figure>
  );
}

/** The speaker as a list of names: a joint byline ("A, B, C and D") is the authors themselves. */
function speakerNames(account: CitedAccount): string[] {
  if (account.speakerIsAuthor && account.authors.length > 1) return account.authors;
  return [account.speaker.name];
}

interface NamesProps {
  names: string[];
  /** All of them, as written: the speaker's name as the dataset gives it, or the byline. */
  full: string;
  prefix?: (names: string) => string;
}

/**
 * Up to two names in full; three or more as "First et al.", a button that shows them
 * all, so the line stays one line until the reader asks.
 */
function Names({ names, full, prefix = (text) => text }: NamesProps) {
  const t = useT();
  const [expanded, setExpanded] = useState(false);
  if (names.length < 3) return <>{prefix(full)}</>;
  // One button whose text grows in place keeps keyboard focus where it was.
  return (
    <button type="button" className="et-al" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
      {prefix(expanded ? full : t('popoverEtAl', names[0] ?? ''))}
    </button>
  );
}

const voiceKeys: Record<CitedAccount['voice'], MessageKey> = {
  own: 'popoverFramingOwn',
  quote: 'popoverFramingQuote',
  paraphrase: 'popoverFramingParaphrase',
};

const stanceKeys: Record<CitedAccount['stance'], MessageKey> = {
  endorses: 'popoverStanceEndorses',
  disputes: 'popoverStanceDisputes',
  neutral: 'popoverStanceNeutral',
};

/**
 * How the words reach the reader, in plain words: "in their own words, writing in The
 * Grayzone", "quoted by Visión 360, which takes no side", "paraphrased by Left on the
 * Move, which disputes it". An author's own words need no stance: they are the claim.
 */
export function framingText(
  account: Pick<CitedAccount, 'voice' | 'stance' | 'outlet'>,
  t: Translate,
): string {
  const framing = t(voiceKeys[account.voice], account.outlet);
  if (account.voice === 'own') return framing;
  return t('popoverFramingWithStance', [framing, t(stanceKeys[account.stance])]);
}

// One formatter per locale: building an Intl formatter costs far more than using one, and a
// popover formats a list for every quote (24 ms of a first open on the 2 MB bench page).
const listFormats = new Map<string, Intl.ListFormat | null>();

export function formatList(items: string[], locale: string): string {
  let format = listFormats.get(locale);
  if (format === undefined) {
    try {
      format = new Intl.ListFormat(locale, { type: 'conjunction' });
    } catch {
      format = null; // an invalid locale tag
    }
    listFormats.set(locale, format);
  }
  return format ? format.format(items) : items.join(', ');
}
