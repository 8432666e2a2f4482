/** The message next to a field: why a value was refused, or that a stored one was unreadable. */
import type { Problem } from '../../core/settings';
import { t } from '../../lib/i18n';

export function FieldMessage({ id, problem, stored }: { id: string; problem?: Problem; stored?: Problem }) {
  const shown = problem ?? stored;
  return (
    <p id={id} className={problem ? 'field-error' : 'field-note'} role={problem ? 'alert' : undefined}>
      {shown ? t(shown.key, shown.substitutions) : null}
    </p>
  );
}
