import { type KeyboardEvent, useId, useRef, useState } from 'react';
import type { CitedAccount, PositionView, QuestionView } from '../core/popover/entity-card.ts';
import { useT } from './i18n-context.tsx';
import { QuoteList } from './QuoteList.tsx';

export interface CompetingAccountsProps {
  questions: QuestionView[];
}

/**
 * Each neutral question, then its positions as a segmented control: every position on
 * one row with how many accounts and how many distinct outlets stand behind it, so a
 * reader sees at a glance whether, and by whom, a subject is contested; below, the chosen
 * position's verbatim quotes. A quote that answers two questions is shown under the
 * first only, and the second says where it is: no quote appears twice.
 */
export function CompetingAccounts({ questions }: CompetingAccountsProps) {
  const firstShown = firstQuestionOf(questions);
  const texts = new Map(questions.map((question) => [question.id, question.text]));
  return (
    <div className="questions">
      {questions.map((question) => (
        <CompetingQuestion
          key={question.id}
          question={question}
          shownElsewhere={(account) => {
            const first = firstShown.get(account.id);
            return first !== undefined && first !== question.id ? texts.get(first) : undefined;
          }}
        />
      ))}
    </div>
  );
}

/** For every account, the first question (in the card's order) that shows it. */
export function firstQuestionOf(questions: readonly QuestionView[]): Map<string, string> {
  const first = new Map<string, string>();
  for (const question of questions) {
    for (const position of question.positions) {
      for (const account of position.accounts) if (!first.has(account.id)) first.set(account.id, question.id);
    }
  }
  return first;
}

interface CompetingQuestionProps {
  question: QuestionView;
  /** The text of the question that already shows this account, if another does. */
  shownElsewhere: (account: CitedAccount) => string | undefined;
}

function CompetingQuestion({ question, shownElsewhere }: CompetingQuestionProps) {
  const t = useT();
  const [selected, setSelected] = useState(0);
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const baseId = useId();
  const headingId = `${baseId}-q`;
  const count = question.positions.length;

  // Arrow keys move between positions and show each at once (the tabs pattern of WAI-ARIA).
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, number> = {
      ArrowDown: selected + 1,
      ArrowRight: selected + 1,
      ArrowUp: selected - 1,
      ArrowLeft: selected - 1,
      Home: 0,
      End: count - 1,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const next = (target + count) % count;
    setSelected(next);
    tabs.current[next]?.focus();
  };

  return (
    <div className="question">
      <h4 id={headingId} className="question-text">
        {question.text}
      </h4>
      {question.onePosition ? (
        <p className="note" role="note">
          {t('popoverOnePosition')}
        </p>
      ) : null}
      <div
        className="positions"
        role="tablist"
        aria-orientation="vertical"
        aria-label={t('popoverPositionsLabel', question.text)}
        onKeyDown={onKeyDown}
      >
        {question.positions.map((position, index) => (
          <PositionTab
            key={position.id}
            position={position}
            id={`${baseId}-tab-${index}`}
            panelId={`${baseId}-panel-${index}`}
            selected={index === selected}
            onSelect={() => setSelected(index)}
            buttonRef={(element) => {
              tabs.current[index] = element;
            }}
          />
        ))}
      </div>
      {question.positions.map((position, index) => (
        <div
          key={position.id}
          id={`${baseId}-panel-${index}`}
          className="position-panel"
          role="tabpanel"
          aria-labelledby={`${baseId}-tab-${index}`}
          hidden={index !== selected}
        >
          {position.criticsOnly ? (
            <p className="note" role="note">
              {t('popoverCriticsOnly')}
            </p>
          ) : null}
          <PositionQuotes position={position} shownElsewhere={shownElsewhere} />
        </div>
      ))}
    </div>
  );
}

interface PositionTabProps {
  position: PositionView;
  id: string;
  panelId: string;
  selected: boolean;
  onSelect: () => void;
  buttonRef: (element: HTMLButtonElement | null) => void;
}

function PositionTab({ position, id, panelId, selected, onSelect, buttonRef }: PositionTabProps) {
  const t = useT();
  const accounts = position.accounts.length;
  return (
    <button
      ref={buttonRef}
      type="button"
      role="tab"
      id={id}
      className="position-tab"
      data-position={position.id}
      aria-selected={selected}
      aria-controls={panelId}
      tabIndex={selected ? 0 : -1}
      onClick={onSelect}
    >
      <span className="position-label">{position.label}</span>{' '}
      {/* Spaces between the parts keep the tab's accessible name readable; the dots are drawn by CSS. */}
      <span className="position-counts">
        <span className="position-count">
          {accounts === 1 ? t('popoverAccountsOne') : t('popoverAccounts', String(accounts))}
        </span>{' '}
        <span className="position-count">
          {position.outletCount === 1
            ? t('popoverOutletsOne')
            : t('popoverOutlets', String(position.outletCount))}
        </span>
        {position.criticsOnly ? ' ' : null}
        {position.criticsOnly ? (
          <span className="position-count position-flag">{t('popoverCriticsOnlyShort')}</span>
        ) : null}
      </span>
    </button>
  );
}

function PositionQuotes({
  position,
  shownElsewhere,
}: {
  position: PositionView;
  shownElsewhere: CompetingQuestionProps['shownElsewhere'];
}) {
  const t = useT();
  const here: CitedAccount[] = [];
  const elsewhere: { account: CitedAccount; question: string }[] = [];
  for (const account of position.accounts) {
    const question = shownElsewhere(account);
    if (question === undefined) here.push(account);
    else elsewhere.push({ account, question });
  }
  return (
    <>
      {here.length > 0 ? <QuoteList accounts={here} /> : null}
      {elsewhere.length > 0 ? (
        <ul className="shown-under">
          {elsewhere.map(({ account, question }) => (
            <li key={account.id} className="muted">
              {t('popoverShownUnder', [account.speaker.name, question])}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
