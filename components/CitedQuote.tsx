import { useId } from 'react';
import type { MessageKey, Translate } from '../core/i18n/ui-strings.ts';
import type { CitedAccount } from '../core/popover/entity-card.ts';
import { formatPartialDate } from '../core/popover/partial-date.ts';
import { useLocale, useT } from './i18n-context.tsx';

export interface CitedQuoteProps {
  account: CitedAccount;
  /** The account's one-line summary; Context shows it, a position's label already says it. */
  showSummary?: boolean;
}

/** A verbatim quote and its full attribution: no statement is shown without one. */
export function CitedQuote({ account, showSummary = false }: CitedQuoteProps) {
  const t = useT();
  const locale = useLocale();
  const titleId = useId();
  const speakerLine = account.speaker.role
    ? `${account.speaker.name}, ${account.speaker.role}`
    : account.speaker.name;
  const listAuthors = !(account.speakerIsAuthor && account.authors.length === 1);

  const sourceParts: { kind: string; text: string }[] = [];
  sourceParts.push({ kind: 'framing', text: framingText(account, t) });
  if (account.via) sourceParts.push({ kind: 'via', text: t('popoverVia', account.via) });
  if (listAuthors) {
    sourceParts.push({ kind: 'authors', text: t('popoverByAuthors', formatList(account.authors, locale)) });
  }

  return (
    <figure className="quote">
      {showSummary && account.summary ? <p className="summary">{account.summary}</p> : null}
      <blockquote className="quote-text" lang={account.language} cite={account.url || undefined}>
        <p>{account.quote}</p>
      </blockquote>
      <figcaption className="attribution">
        <span className="speaker">{speakerLine}</span>
        <span className="source">
          {sourceParts.map((part) => (
            <span key={part.kind} className="source-part">
              {part.text}
            </span>
          ))}
          <time className="source-part" dateTime={account.published}>
            {formatPartialDate(account.published, locale)}
          </time>
        </span>
        <span className="source-link">
          <cite id={titleId} lang={account.language}>
            {account.sourceTitle}
          </cite>
          {account.url ? (
            <a href={account.url} target="_blank" rel="noopener noreferrer" aria-describedby={titleId}>
              {t('popoverOpenSource')}
            </a>
          ) : (
            <span className="muted">{t('popoverAddressUnknown')}</span>
          )}
        </span>
      </figcaption>
    </figure>
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

function formatList(items: string[], locale: string): string {
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
