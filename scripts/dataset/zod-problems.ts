/**
 * Turns zod issues into dataset problems with JSON paths (`aliases[0].text`) and
 * messages a curator can act on (`is required`, `unknown field`), not zod's wording.
 */
import type { z } from 'zod';
import { joinPath, jsonPath, type Problem } from './problem.ts';

/**
 * One problem per path (the first issue found there): `url: not a url` already says
 * what to fix, a second `must be https` on the same field is noise.
 */
export function zodProblems(file: string, prefix: string, error: z.ZodError): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const issue of flatten(error.issues)) {
    for (const { path, message } of explain(issue)) {
      const full = joinPath(prefix, path);
      if (seen.has(full)) continue;
      seen.add(full);
      problems.push({ file, path: full, message });
    }
  }
  return problems;
}

type Issue = z.core.$ZodIssue;

/** A failed union says nothing useful itself: report the branch that came closest. */
function flatten(issues: readonly Issue[]): Issue[] {
  return issues.flatMap((issue) => {
    if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [issue];
    const branches = issue.errors.map((branch) =>
      branch.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }) as Issue),
    );
    // The closest branch is the one the value got inside of (a name `{ "en": … }` missing
    // its `es`), else the one whose issues are not a plain type or literal mismatch.
    const inside = issue.errors.findIndex((branch) => branch.some((inner) => inner.path.length > 0));
    const closest =
      branches[inside] ??
      branches.find((branch) =>
        branch.some((i) => i.code !== 'invalid_type' && i.code !== 'invalid_value'),
      ) ??
      branches[0] ??
      [];
    return flatten(closest);
  });
}

function explain(issue: Issue): { path: string; message: string }[] {
  const path = jsonPath(issue.path);
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ path: jsonPath([...issue.path, key]), message: 'unknown field' }));
    case 'invalid_type': {
      const received = /received (\w+)/.exec(issue.message)?.[1];
      if (received === 'undefined') return [{ path, message: required(issue.path) }];
      // A schema's own message (a bilingual text written as a plain string) already says what to write.
      if (!issue.message.startsWith('Invalid input')) return [{ path, message: issue.message }];
      return [{ path, message: `must be ${article(issue.expected)}${received ? `, not ${received}` : ''}` }];
    }
    case 'invalid_value':
      if (issue.message === 'is required') return [{ path, message: required(issue.path) }];
      return [{ path, message: `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}` }];
    case 'too_small':
      // An empty alias is the usual slip when adding one; name it as such.
      if (/^aliases\[\d+\]\.text$/.test(path) || /\.aliases\[\d+\]\.text$/.test(path)) {
        return [{ path, message: 'empty alias' }];
      }
      return [{ path, message: issue.message }];
    default:
      return [{ path, message: issue.message }];
  }
}

/** Fields a curator fills by judgement get a reminder of what they mean. */
const FIELD_HINTS: Record<string, string> = {
  voice:
    'whose words the quote is: "own" (the author\'s), "quote" (the speaker\'s, quoted) or "paraphrase" (the author\'s words for what the speaker said)',
  stance:
    'the reporting author\'s stance on the claim: "endorses", "disputes" or "neutral" (read the source around the quote)',
};

function required(issuePath: readonly PropertyKey[]): string {
  const field = issuePath[issuePath.length - 1];
  const hint = typeof field === 'string' ? FIELD_HINTS[field] : undefined;
  return hint ? `is required: ${hint}` : 'is required';
}

function article(expected: string): string {
  if (expected === 'array') return 'a list';
  if (expected === 'object') return 'an object';
  if (expected === 'boolean') return 'true or false';
  return `a ${expected}`;
}
