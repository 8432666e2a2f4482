/**
 * Turns what a foreign or exported record says about a passage into a Highlight, checked
 * against the same schema storage uses, so nothing invalid reaches the database.
 *
 * Choices, each so that a usable record is kept rather than refused:
 * - a missing TextPositionSelector becomes `start = end = 0`: the position is only a hint,
 *   `anchor()` checks it against the quote and falls back to searching for the quote;
 * - quote context longer than Glosa keeps (32 characters) is cut to the characters next to
 *   the quote, and a page title longer than the schema allows is shortened;
 * - a record with no date gets the import's date; one with only `created` is unmodified since;
 * - notes are stored as the text they are, HTML included: Glosa shows notes as plain text.
 */

import { contextLength } from '../anchoring/selectors.ts';
import { normaliseAddress } from '../highlights/address';
import { type Highlight, highlightSchema } from '../highlights/highlight.ts';
import type { ImportOptions, RecordResult } from './import-result.ts';
import type { FoundPassage } from './passage-selectors.ts';
import { recordLabel } from './record-label.ts';
import { zodReasons } from './zod-reasons.ts';

const maxTitleLength = 2_000;

export interface ImportedFields {
  id: string;
  /** The id as the file wrote it, for the report. */
  foreignId: string | undefined;
  source: string;
  canonical: string | undefined;
  title: string;
  passage: FoundPassage;
  note: string;
  tags: readonly string[];
  entityIds: readonly string[];
  created: string | undefined;
  modified: string | undefined;
  anchoring: Highlight['anchoring'];
}

export function buildHighlight(fields: ImportedFields, index: number, options: ImportOptions): RecordResult {
  const { quote, position } = fields.passage;
  const created = fields.created ?? fields.modified ?? options.importedAt;
  const candidate = {
    id: fields.id,
    target: {
      source: withoutFragment(fields.source),
      ...(fields.canonical === undefined ? {} : { canonical: fields.canonical }),
      title: fields.title.slice(0, maxTitleLength),
      selector: {
        quote: {
          type: 'TextQuoteSelector',
          exact: quote.exact,
          prefix: quote.prefix.slice(-contextLength),
          suffix: quote.suffix.slice(0, contextLength),
        },
        position: { type: 'TextPositionSelector', start: position?.start ?? 0, end: position?.end ?? 0 },
      },
    },
    body: {
      note: fields.note,
      tags: fields.tags.filter((tag) => tag !== ''),
      entityIds: [...fields.entityIds],
    },
    created,
    modified: fields.modified ?? created,
    ...(fields.anchoring === undefined ? {} : { anchoring: fields.anchoring }),
  };
  const parsed = highlightSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, highlight: parsed.data };
  return {
    ok: false,
    invalid: {
      index,
      label: recordLabel(index, quote.exact, fields.foreignId),
      reasons: zodReasons(parsed.error),
    },
  };
}

/**
 * Glosa files pages under their normalised address (no fragment, no tracking
 * parameters); a foreign address kept as it came would never match the page.
 */
function withoutFragment(address: string): string {
  return normaliseAddress(address) ?? address;
}
