/**
 * One W3C Web Annotation, from Glosa's own export or another tool, as a Highlight.
 * Reads what `core/export/web-annotation.ts` writes, and the common shapes other tools
 * write: `target` as an object or a list, `source` as an address or an object, the note
 * as a TextualBody or `bodyValue`, tags as TextualBodies with purpose `tagging`.
 */
import { z } from 'zod';
import { anchorStateSchema } from '../anchoring/selectors.ts';
import { entityIdFromUrn } from '../export/web-annotation.ts';
import type { Highlight } from '../highlights/highlight.ts';
import { isUuid, uuidV5 } from '../highlights/stable-id.ts';
import { buildHighlight } from './build-highlight.ts';
import type { ImportOptions, RecordResult } from './import-result.ts';
import { asList, findPassage } from './passage-selectors.ts';
import { recordLabel } from './record-label.ts';
import { zodReasons } from './zod-reasons.ts';

const oneOrMany = <T extends z.ZodType>(item: T) => z.union([item, z.array(item)]);

const webResourceSchema = z.union([z.string(), z.looseObject({ id: z.string() })]);

const annotationSchema = z.looseObject({
  id: z.string().optional(),
  type: oneOrMany(z.string()).optional(),
  created: z.string().optional(),
  modified: z.string().optional(),
  bodyValue: z.string().optional(),
  body: oneOrMany(z.union([z.string(), z.looseObject({})])).optional(),
  target: oneOrMany(
    z.union([
      z.string(),
      z.looseObject({
        source: webResourceSchema.optional(),
      }),
    ]),
  ),
});

type Annotation = z.infer<typeof annotationSchema>;

export function fromWebAnnotation(record: unknown, index: number, options: ImportOptions): RecordResult {
  const parsed = annotationSchema.safeParse(record);
  if (!parsed.success) return invalid(index, record, zodReasons(parsed.error));
  const annotation = parsed.data;
  if (!asList(annotation.type).includes('Annotation')) {
    return invalid(index, record, ['type: not an Annotation']);
  }
  const found = findPassage(asList(annotation.target));
  if (!found.ok) return invalid(index, record, found.reasons);
  const { passage } = found;
  const source = resourceOf(passage.target.source);
  if (source === undefined)
    return invalid(index, record, ['target.source: no page address'], passage.quote.exact);
  const bodies = readBodies(annotation);
  return buildHighlight(
    {
      id: highlightIdOf(annotation, source.id, passage.quote),
      foreignId: annotation.id,
      source: source.id,
      canonical: typeof source.canonical === 'string' ? source.canonical : undefined,
      title: firstString(source.label) ?? '',
      passage,
      ...bodies,
      created: annotation.created,
      modified: annotation.modified,
      anchoring: anchoringOf(passage.target),
    },
    index,
    options,
  );
}

function invalid(index: number, record: unknown, reasons: string[], quote?: string): RecordResult {
  const id = record !== null && typeof record === 'object' ? (record as { id?: unknown }).id : undefined;
  return {
    ok: false,
    invalid: {
      index,
      label: recordLabel(index, quote, typeof id === 'string' ? id : undefined),
      reasons,
    },
  };
}

function resourceOf(value: unknown): (Record<string, unknown> & { id: string }) | undefined {
  if (typeof value === 'string') return { id: value };
  const parsed = z.looseObject({ id: z.string() }).safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

function firstString(value: unknown): string | undefined {
  return asList(value).find((item): item is string => typeof item === 'string');
}

/**
 * Glosa's own ids come back as they left (`urn:uuid:<uuid>`). Another tool's id is hashed
 * into a UUID, the same one every time; an annotation without an id is named by its
 * page, quote and date, so importing it twice still finds the first copy.
 */
function highlightIdOf(
  annotation: Annotation,
  source: string,
  quote: { exact: string; prefix: string; suffix: string },
): string {
  const id = annotation.id;
  if (id === undefined) {
    return uuidV5(
      ['anonymous', source, quote.prefix, quote.exact, quote.suffix, annotation.created ?? ''].join('\n'),
    );
  }
  const uuid = id.replace(/^urn:uuid:/i, '');
  return isUuid(uuid) ? uuid.toLowerCase() : uuidV5(id);
}

function readBodies(annotation: Annotation): { note: string; tags: string[]; entityIds: string[] } {
  const notes: string[] = annotation.bodyValue === undefined ? [] : [annotation.bodyValue];
  const tags: string[] = [];
  const entityIds: string[] = [];
  for (const body of asList(annotation.body)) {
    if (body === null || typeof body !== 'object') continue;
    const { value, purpose, source } = body as { value?: unknown; purpose?: unknown; source?: unknown };
    const purposes = asList(purpose);
    if (typeof value === 'string') {
      if (purposes.includes('tagging')) tags.push(value);
      else notes.push(value);
      continue;
    }
    // Only Glosa's entity URNs name dataset entities; other identifying links are not Glosa's to keep.
    const entityId = purposes.includes('identifying')
      ? entityIdFromUrn(resourceOf(source)?.id ?? '')
      : undefined;
    if (entityId !== undefined && entityId !== '') entityIds.push(entityId);
  }
  return { note: notes.join('\n\n'), tags, entityIds };
}

function anchoringOf(target: Record<string, unknown>): Highlight['anchoring'] {
  const state = anchorStateSchema.safeParse(target['glosa:anchorState']);
  const checked = target['glosa:anchorChecked'];
  return state.success && typeof checked === 'string' ? { state: state.data, checked } : undefined;
}
