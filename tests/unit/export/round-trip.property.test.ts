import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  serialiseWebAnnotationCollection,
  toWebAnnotationCollection,
} from '../../../core/export/web-annotation.ts';
import { highlightSchema, maxNoteLength } from '../../../core/highlights/highlight.ts';
import { parseImport } from '../../../core/import/parse-import.ts';
import { entityName, exported, generator } from './fixtures.ts';
import { awkwardText, highlightsArbitrary } from './highlight-arbitrary.ts';
import { assertionsOf, failedAssertions } from './w3c-assertions.ts';

const exportOptions = { entityName, generator, exported };
const importOptions = { importedAt: '2026-12-02T10:00:00.000Z' };

function roundTrip(highlights: Parameters<typeof serialiseWebAnnotationCollection>[0]) {
  const first = serialiseWebAnnotationCollection(highlights, exportOptions);
  const imported = parseImport(first, importOptions);
  if (!imported.ok) throw new Error(imported.error);
  expect(imported.invalid).toEqual([]);
  expect(imported.format).toBe('glosa');
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
  expect([...imported.valid].sort(byId)).toEqual([...highlights].sort(byId));
  expect(serialiseWebAnnotationCollection(imported.valid, exportOptions)).toBe(first);
}

// Generating random highlights is slow on a shared machine; these runs are kept small and given time.
describe('JSON-LD export → import → export', { timeout: 60_000 }, () => {
  it('generates only highlights the schema accepts', () => {
    fc.assert(
      fc.property(highlightsArbitrary(), (highlights) => {
        for (const highlight of highlights) expect(highlightSchema.safeParse(highlight).success).toBe(true);
      }),
      { numRuns: 30 },
    );
  });

  it('gives back the same highlights and the same text', () => {
    fc.assert(fc.property(highlightsArbitrary(), roundTrip), { numRuns: 60 });
  });

  it('keeps 100 KB notes whole', () => {
    const longNote = awkwardText(30)
      .filter((text) => text.length > 0)
      .map((text) => text.repeat(Math.ceil(maxNoteLength / text.length)).slice(0, maxNoteLength));
    fc.assert(fc.property(highlightsArbitrary(longNote, 2), roundTrip), { numRuns: 5 });
  });
});

describe('JSON-LD export of any highlights', { timeout: 60_000 }, () => {
  it('meets every W3C annotation, collection and page MUST assertion', () => {
    const annotationMusts = assertionsOf('annotations/annotationMusts.test');
    const collectionMusts = assertionsOf('collections/collectionMusts.test');
    const pageMusts = assertionsOf('collections/pages/pageMusts.test');
    fc.assert(
      fc.property(highlightsArbitrary(undefined, 4), (highlights) => {
        const collection = toWebAnnotationCollection(highlights, exportOptions);
        expect(failedAssertions(collectionMusts, collection)).toEqual([]);
        expect(failedAssertions(pageMusts, collection)).toEqual([]);
        for (const annotation of collection.first.items)
          expect(failedAssertions(annotationMusts, annotation)).toEqual([]);
      }),
      { numRuns: 20 },
    );
  });
});
