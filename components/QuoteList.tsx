import { useId, useState } from 'react';
import type { CitedAccount } from '../core/popover/entity-card.ts';
import { CitedQuote } from './CitedQuote.tsx';
import { useT } from './i18n-context.tsx';

export interface QuoteListProps {
  accounts: CitedAccount[];
  /** How many quotes show before "Show N more". */
  initial?: number;
  showSummary?: boolean;
}

export const INITIAL_QUOTES = 2;

/** Quotes in order, the first few at once and the rest behind one button, so a long list never overwhelms. */
export function QuoteList({ accounts, initial = INITIAL_QUOTES, showSummary }: QuoteListProps) {
  const t = useT();
  const [expanded, setExpanded] = useState(false);
  const listId = useId();
  const hiddenCount = Math.max(0, accounts.length - initial);
  const shown = expanded ? accounts : accounts.slice(0, initial);
  return (
    <>
      <ol id={listId} className="quotes">
        {shown.map((account) => (
          <li key={account.id} className="quotes-item">
            <CitedQuote account={account} showSummary={showSummary} />
          </li>
        ))}
      </ol>
      {hiddenCount > 0 ? (
        // One button that changes its label keeps keyboard focus in place.
        <button
          type="button"
          className="more"
          aria-controls={listId}
          onClick={() => setExpanded((value) => !value)}
        >
          {expanded ? t('popoverShowFewer') : t('popoverShowMore', String(hiddenCount))}
        </button>
      ) : null}
    </>
  );
}
