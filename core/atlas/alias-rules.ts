/**
 * An alias's matching rules in words a reader understands ("case-sensitive", "needs
 * context on the page", "not: Esther Morales Ayma"), for the atlas. The wording comes
 * from the UI strings, so English and Spanish say the same rules.
 */
import type { Translate } from '../i18n/ui-strings.ts';
import type { Alias } from '../schema.ts';

export type AliasRule =
  | { kind: 'case-sensitive' }
  | { kind: 'case-insensitive' }
  /** A bare surname or short form: links only with evidence from the page. */
  | { kind: 'needs-context' }
  /** Links wherever it appears. */
  | { kind: 'strong' }
  | { kind: 'exclude'; phrase: string };

/** Every rule, strength first, then capitalisation, then each exclusion in the file's order. */
export function aliasRules(alias: Alias): AliasRule[] {
  const rules: AliasRule[] = [
    alias.needsContext ? { kind: 'needs-context' } : { kind: 'strong' },
    alias.caseSensitive ? { kind: 'case-sensitive' } : { kind: 'case-insensitive' },
  ];
  for (const phrase of alias.exclude ?? []) rules.push({ kind: 'exclude', phrase });
  return rules;
}

export function describeAliasRule(rule: AliasRule, t: Translate): string {
  switch (rule.kind) {
    case 'case-sensitive':
      return t('atlasRuleCaseSensitive');
    case 'case-insensitive':
      return t('atlasRuleCaseInsensitive');
    case 'needs-context':
      return t('atlasRuleNeedsContext');
    case 'strong':
      return t('atlasRuleStrong');
    case 'exclude':
      return t('atlasRuleExclude', rule.phrase);
  }
}
