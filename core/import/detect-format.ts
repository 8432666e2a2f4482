/**
 * Recognises what a parsed import file is and lists its annotation records. Whole-file
 * problems (not an export at all, pages left out) are refused here with a message a
 * person can act on; problems with single records are left to the record readers.
 */
import { glosaVocabulary } from '../export/web-annotation.ts';
import type { ImportFormat } from './import-result.ts';
import { asList } from './passage-selectors.ts';

export type DetectedFile =
  | { ok: true; format: ImportFormat; records: unknown[] }
  | { ok: false; error: string };

const notAnExport =
  'This file is JSON but not an export Glosa can read: expected a W3C AnnotationCollection, an Annotation or a list of annotations, or a Hypothesis export with "annotations".';

/** A runaway `next` chain must not loop forever. */
const maxPages = 100_000;

export function detectFormat(json: unknown): DetectedFile {
  if (Array.isArray(json)) {
    const first = json.find((item) => item !== null && typeof item === 'object') as
      | Record<string, unknown>
      | undefined;
    if (looksLikeHypothesis(first)) return { ok: true, format: 'hypothesis', records: json };
    return { ok: true, format: isGlosaContext(first?.['@context']) ? 'glosa' : 'w3c', records: json };
  }
  if (json === null || typeof json !== 'object') return { ok: false, error: notAnExport };
  const document = json as Record<string, unknown>;
  if (Array.isArray(document.annotations) && ('export_date' in document || 'client_version' in document)) {
    return { ok: true, format: 'hypothesis', records: document.annotations };
  }
  // The Hypothesis search API's answer, which people save with curl.
  if (Array.isArray(document.rows) && looksLikeHypothesis(document.rows[0])) {
    return { ok: true, format: 'hypothesis', records: document.rows };
  }
  const types = asList(document.type);
  const format: ImportFormat = isGlosaContext(document['@context']) ? 'glosa' : 'w3c';
  if (types.includes('Annotation')) return { ok: true, format, records: [document] };
  if (types.includes('AnnotationPage')) return pagesFrom(document, format);
  if (types.includes('AnnotationCollection')) {
    if (document.first === undefined) {
      return document.total === 0 || document.total === undefined
        ? { ok: true, format, records: [] }
        : { ok: false, error: 'This AnnotationCollection has no pages in the file (no "first").' };
    }
    return pagesFrom(document.first, format);
  }
  return { ok: false, error: notAnExport };
}

function pagesFrom(firstPage: unknown, format: ImportFormat): DetectedFile {
  const records: unknown[] = [];
  let page: unknown = firstPage;
  for (let count = 0; page !== undefined && count < maxPages; count++) {
    if (typeof page === 'string') {
      return {
        ok: false,
        error: `This collection links to its pages (${page.slice(0, 200)}) instead of including them; Glosa makes no network requests, so export it with the pages embedded.`,
      };
    }
    if (page === null || typeof page !== 'object' || !Array.isArray((page as { items?: unknown }).items)) {
      return { ok: false, error: 'An AnnotationPage in this file has no list of "items".' };
    }
    const { items, next } = page as { items: unknown[]; next?: unknown };
    for (const item of items) records.push(item);
    page = next;
  }
  return { ok: true, format, records };
}

function looksLikeHypothesis(record: unknown): boolean {
  return (
    record !== null &&
    typeof record === 'object' &&
    'uri' in record &&
    'target' in record &&
    !('type' in record)
  );
}

function isGlosaContext(context: unknown): boolean {
  return asList(context).some(
    (entry) =>
      entry !== null && typeof entry === 'object' && (entry as { glosa?: unknown }).glosa === glosaVocabulary,
  );
}
