import { aliasRules, describeAliasRule } from '../../core/atlas/alias-rules.ts';
import type { Alias } from '../../core/schema.ts';
import { useT } from '../i18n-context.tsx';

/** Each alias with its matching rules in words: "needs context on the page", "not: Esther Morales Ayma". */
export function AliasList({ aliases }: { aliases: Alias[] }) {
  const t = useT();
  return (
    <ul className="aliases">
      {aliases.map((alias) => (
        <li key={alias.text} className="alias">
          <span className="alias-text">{alias.text}</span>
          <ul className="rules">
            {aliasRules(alias).map((rule) => (
              <li
                key={rule.kind === 'exclude' ? `exclude-${rule.phrase}` : rule.kind}
                className={`rule ${rule.kind}`}
              >
                {describeAliasRule(rule, t)}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
