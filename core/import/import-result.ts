/** What an import produced: the highlights it can store and why it skipped the others. */
import type { Highlight } from '../highlights/highlight.ts';

export type ImportFormat = 'glosa' | 'w3c' | 'hypothesis';

export interface InvalidRecord {
  /** Position of the record in the file's list of annotations, from 0. */
  index: number;
  /** A few words a person can recognise the record by: its quote, or its id. */
  label: string;
  reasons: string[];
}

export type ImportResult =
  | { ok: false; error: string }
  | {
      ok: true;
      format: ImportFormat;
      valid: Highlight[];
      invalid: InvalidRecord[];
      /** Records that repeated an id earlier in the file; the newer `modified` was kept. */
      duplicates: number;
    };

export type RecordResult = { ok: true; highlight: Highlight } | { ok: false; invalid: InvalidRecord };

export interface ImportOptions {
  /** Date given to foreign records that carry no date at all (ISO 8601 with offset). */
  importedAt: string;
}
