import type { PositionView, QuestionView } from '../core/popover/entity-card.ts';
import { useT } from './i18n-context.tsx';
import { QuoteList } from './QuoteList.tsx';

export interface CompetingAccountsProps {
  questions: QuestionView[];
}

/** Each neutral question, then the positions the bundled sources take on it, side by side where there is room. */
export function CompetingAccounts({ questions }: CompetingAccountsProps) {
  return (
    <div className="questions">
      {questions.map((question) => (
        <CompetingQuestion key={question.id} question={question} />
      ))}
    </div>
  );
}

function CompetingQuestion({ question }: { question: QuestionView }) {
  const t = useT();
  return (
    <div className="question">
      <h4 className="question-text">{question.text}</h4>
      {question.onePosition ? (
        <p className="note" role="note">
          {t('popoverOnePosition')}
        </p>
      ) : null}
      <div className="positions">
        {question.positions.map((position) => (
          <CompetingPosition key={position.id} position={position} />
        ))}
      </div>
    </div>
  );
}

function CompetingPosition({ position }: { position: PositionView }) {
  const t = useT();
  return (
    <div className="position">
      <h5 className="position-label">{position.label}</h5>
      {position.criticsOnly ? (
        <p className="note" role="note">
          {t('popoverCriticsOnly')}
        </p>
      ) : null}
      <QuoteList accounts={position.accounts} />
    </div>
  );
}
