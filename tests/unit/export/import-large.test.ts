/**
 * A 50 MB import: it must finish, report progress as it goes and yield to the event loop,
 * so the library page can show a progress bar. Timings are printed, never asserted: this
 * machine's speed is not the code's property.
 */
import { describe, expect, it } from 'vitest';
import { toWebAnnotation } from '../../../core/export/web-annotation.ts';
import { uuidV5 } from '../../../core/highlights/stable-id.ts';
import { parseImportAsync } from '../../../core/import/parse-import.ts';
import { entityName, generator, senkataHighlight } from './fixtures.ts';

const targetBytes = 50 * 1024 * 1024;

function fiftyMegabyteExport(): { text: string; records: number } {
  const note = 'Witnesses and the Ombudsman disagree with the army’s account; '.repeat(30);
  const parts: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < targetBytes; i++) {
    const annotation = toWebAnnotation(
      {
        ...senkataHighlight,
        id: uuidV5(`large ${i}`),
        body: { ...senkataHighlight.body, note: `${i}: ${note}` },
      },
      { entityName, generator },
    );
    const json = JSON.stringify(annotation);
    parts.push(json);
    bytes += json.length + 1;
  }
  const text = `{"@context":"http://www.w3.org/ns/anno.jsonld","type":"AnnotationCollection","total":${parts.length},"first":{"type":"AnnotationPage","items":[${parts.join(',')}]}}`;
  return { text, records: parts.length };
}

describe('a 50 MB import', () => {
  it('completes with progress and event-loop turns along the way', { timeout: 180_000 }, async () => {
    const { text, records } = fiftyMegabyteExport();
    expect(text.length).toBeGreaterThanOrEqual(targetBytes);

    const started = performance.now();
    JSON.parse(text);
    const parseOnly = performance.now() - started;

    const progress: number[] = [];
    let timerTurns = 0;
    const ticker = setInterval(() => timerTurns++, 0);
    const importStarted = performance.now();
    const result = await parseImportAsync(text, {
      importedAt: '2026-12-02T10:00:00.000Z',
      chunkSize: 1_000,
      onProgress: (done) => progress.push(done),
    });
    const wholeImport = performance.now() - importStarted;
    clearInterval(ticker);

    expect(result.ok && result.valid.length).toBe(records);
    expect(progress.length).toBe(Math.ceil(records / 1_000));
    expect(progress.at(-1)).toBe(records);
    // Other work ran between chunks: the page would stay responsive.
    expect(timerTurns).toBeGreaterThan(0);
    console.info(
      `50 MB import (${records} records, ${(text.length / 1024 / 1024).toFixed(1)} MB): JSON.parse ${parseOnly.toFixed(0)} ms, parse + validate ${wholeImport.toFixed(0)} ms`,
    );
  });
});
