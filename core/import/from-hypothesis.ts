/**
 * One annotation from a Hypothesis export (the client's "Export annotations" JSON:
 * `{export_date, export_userid, client_version, annotations: [...]}`), as a Highlight.
 * Page notes and replies have no quoted passage, so they are reported, not imported.
 */
import { z } from 'zod';
import { uuidV5 } from '../highlights/stable-id.ts';
import { buildHighlight } from './build-highlight.ts';
import type { ImportOptions, RecordResult } from './import-result.ts';
import { findPassage } from './passage-selectors.ts';
import { recordLabel } from './record-label.ts';
import { zodReasons } from './zod-reasons.ts';

const hypothesisAnnotationSchema = z.looseObject({
  id: z.string().min(1),
  created: z.string().optional(),
  updated: z.string().optional(),
  uri: z.string(),
  text: z.string().optional(),
  tags: z.array(z.string()).optional(),
  target: z.array(z.looseObject({ source: z.string().optional() })),
  document: z.looseObject({ title: z.union([z.string(), z.array(z.string())]).optional() }).optional(),
  references: z.array(z.string()).optional(),
});

export function fromHypothesis(record: unknown, index: number, options: ImportOptions): RecordResult {
  const parsed = hypothesisAnnotationSchema.safeParse(record);
  if (!parsed.success) {
    const id = record !== null && typeof record === 'object' ? (record as { id?: unknown }).id : undefined;
    const label = recordLabel(index, undefined, typeof id === 'string' ? id : undefined);
    return { ok: false, invalid: { index, label, reasons: zodReasons(parsed.error) } };
  }
  const annotation = parsed.data;
  const found = findPassage(annotation.target);
  if (!found.ok) {
    const kind = annotation.references?.length ? 'a reply' : 'a page note';
    const reasons = found.reasons.map((reason) => `${reason} (${kind}?)`);
    return {
      ok: false,
      invalid: { index, label: recordLabel(index, annotation.text, annotation.id), reasons },
    };
  }
  const title = annotation.document?.title;
  return buildHighlight(
    {
      // Namespaced: a Hypothesis id is a short opaque string that another tool could reuse.
      id: uuidV5(`hypothesis:${annotation.id}`),
      foreignId: annotation.id,
      source: typeof found.passage.target.source === 'string' ? found.passage.target.source : annotation.uri,
      canonical: undefined,
      title: (Array.isArray(title) ? title[0] : title) ?? '',
      passage: found.passage,
      note: annotation.text ?? '',
      tags: annotation.tags ?? [],
      entityIds: [],
      created: annotation.created,
      modified: annotation.updated,
      anchoring: undefined,
    },
    index,
    options,
  );
}
