/**
 * Reads an import file: Glosa's JSON-LD export, W3C Web Annotations from other tools, or a
 * Hypothesis export. Each record is checked on its own, so one bad record costs only itself.
 *
 * `parseImportAsync` is for the library page: it yields to the event loop every few hundred
 * records and reports progress, so a large file keeps the page responsive. `JSON.parse` of
 * the whole text is still one uninterrupted call (under a second for 50 MB; checking its records takes a few more, in chunks);
 * streaming JSON would need a parser dependency, which this does not justify.
 */
import type { Highlight } from '../highlights/highlight.ts';
import { detectFormat } from './detect-format.ts';
import { fromHypothesis } from './from-hypothesis.ts';
import { fromWebAnnotation } from './from-web-annotation.ts';
import type {
  ImportFormat,
  ImportOptions,
  ImportResult,
  InvalidRecord,
  RecordResult,
} from './import-result.ts';

export interface AsyncImportOptions extends ImportOptions {
  /** Called after each chunk of records, and once at the end. */
  onProgress?: (done: number, total: number) => void;
  /** Records checked between yields to the event loop. */
  chunkSize?: number;
  signal?: AbortSignal;
}

// About 40 ms of validation per chunk on a laptop: under the 50 ms a task may take.
const defaultChunkSize = 200;

export function parseImport(text: string, options: ImportOptions): ImportResult {
  const file = openFile(text);
  if (!file.ok) return file;
  const collector = new ImportCollector();
  file.records.forEach((record, index) => {
    collector.add(file.readRecord(record, index, options));
  });
  return collector.result(file.format);
}

export async function parseImportAsync(text: string, options: AsyncImportOptions): Promise<ImportResult> {
  const file = openFile(text);
  if (!file.ok) return file;
  const chunkSize = Math.max(1, options.chunkSize ?? defaultChunkSize);
  const total = file.records.length;
  const collector = new ImportCollector();
  for (let start = 0; start < total; start += chunkSize) {
    if (options.signal?.aborted) return { ok: false, error: 'Import cancelled.' };
    const end = Math.min(total, start + chunkSize);
    for (let index = start; index < end; index++) {
      collector.add(file.readRecord(file.records[index], index, options));
    }
    options.onProgress?.(end, total);
    await yieldToEventLoop();
  }
  if (total === 0) options.onProgress?.(0, 0);
  return collector.result(file.format);
}

type RecordReader = (record: unknown, index: number, options: ImportOptions) => RecordResult;

type OpenedFile =
  | { ok: true; format: ImportFormat; records: unknown[]; readRecord: RecordReader }
  | { ok: false; error: string };

function openFile(text: string): OpenedFile {
  // A byte-order mark is not JSON, but editors on Windows add one.
  const json = text.replace(/^\uFEFF/, '');
  if (json.trim() === '') return { ok: false, error: 'The file is empty.' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    return { ok: false, error: notJsonMessage(json, error) };
  }
  const detected = detectFormat(parsed);
  if (!detected.ok) return detected;
  return { ...detected, readRecord: detected.format === 'hypothesis' ? fromHypothesis : fromWebAnnotation };
}

function notJsonMessage(json: string, error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  if (endsInsideValue(json)) {
    return `The file ends too early: it may have been cut off while saving or downloading (${detail}).`;
  }
  return `This file is not JSON, so it is not a Glosa, W3C or Hypothesis export (${detail}).`;
}

/** Whether the text stops inside a string, an array or an object: the mark of a cut-off file. */
function endsInsideValue(json: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) depth++;
    else if (c === 0x7d || c === 0x5d) depth--;
  }
  return inString || depth > 0;
}

/** Gathers record results; a repeated id keeps the copy with the newer `modified`. */
class ImportCollector {
  private readonly valid: Highlight[] = [];
  private readonly invalid: InvalidRecord[] = [];
  private readonly positionById = new Map<string, number>();
  private duplicates = 0;

  add(result: RecordResult): void {
    if (!result.ok) {
      this.invalid.push(result.invalid);
      return;
    }
    const { highlight } = result;
    const position = this.positionById.get(highlight.id);
    if (position === undefined) {
      this.positionById.set(highlight.id, this.valid.length);
      this.valid.push(highlight);
      return;
    }
    this.duplicates++;
    const kept = this.valid[position];
    if (kept && Date.parse(highlight.modified) > Date.parse(kept.modified)) this.valid[position] = highlight;
  }

  result(format: ImportFormat): ImportResult {
    return { ok: true, format, valid: this.valid, invalid: this.invalid, duplicates: this.duplicates };
  }
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
