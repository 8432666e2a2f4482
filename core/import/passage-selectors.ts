/**
 * Finds the passage in a foreign target: its TextQuoteSelector, and its TextPositionSelector
 * when there is one. W3C annotations and Hypothesis both list selectors on a target, one
 * object or an array, among others Glosa cannot use (RangeSelector, FragmentSelector).
 */
import { z } from 'zod';

const quoteSelectorSchema = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string(),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
});

const positionSelectorSchema = z.object({
  type: z.literal('TextPositionSelector'),
  start: z.int().nonnegative(),
  end: z.int().nonnegative(),
});

export interface FoundPassage {
  /** The target object the selectors came from. */
  target: Record<string, unknown>;
  quote: { exact: string; prefix: string; suffix: string };
  position: { start: number; end: number } | undefined;
}

export type PassageSearch = { ok: true; passage: FoundPassage } | { ok: false; reasons: string[] };

export function findPassage(targets: readonly unknown[]): PassageSearch {
  const reasons: string[] = [];
  for (const target of targets) {
    if (target === null || typeof target !== 'object' || Array.isArray(target)) continue;
    const record = target as Record<string, unknown>;
    const selectors = asList(record.selector);
    const quoteCandidates = selectors.filter((selector) => typeOf(selector) === 'TextQuoteSelector');
    for (const candidate of quoteCandidates) {
      const quote = quoteSelectorSchema.safeParse(candidate);
      if (!quote.success) {
        reasons.push(
          ...quote.error.issues.map((issue) => `TextQuoteSelector.${issue.path.join('.')}: ${issue.message}`),
        );
        continue;
      }
      const position = selectors
        .map((selector) => positionSelectorSchema.safeParse(selector))
        .find((parsed) => parsed.success)?.data;
      return {
        ok: true,
        passage: {
          target: record,
          quote: {
            exact: quote.data.exact,
            prefix: quote.data.prefix ?? '',
            suffix: quote.data.suffix ?? '',
          },
          position: position ? { start: position.start, end: position.end } : undefined,
        },
      };
    }
  }
  return {
    ok: false,
    reasons:
      reasons.length > 0
        ? reasons
        : ['target: no TextQuoteSelector, so there is no quoted passage to find again'],
  };
}

export function asList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function typeOf(value: unknown): unknown {
  return value !== null && typeof value === 'object' ? (value as { type?: unknown }).type : undefined;
}
