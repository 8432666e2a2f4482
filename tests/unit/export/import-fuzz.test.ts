/**
 * The importer's boundary, fuzzed (issue 12): 1,000 generated malformed files from each of
 * the three formats it reads (Glosa's JSON-LD, another tool's W3C annotations, a Hypothesis
 * export). The importer must never throw. A file it cannot read is refused whole with a
 * message; a broken record is listed at its own place in the file, with reasons, and costs
 * no other record. Whatever it accepts is a well-formed highlight.
 *
 * The variants are made by walking the records' JSON, so they follow the formats as the
 * readers change.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serialiseWebAnnotationCollection } from '../../../core/export/web-annotation.ts';
import { highlightSchema } from '../../../core/highlights/highlight.ts';
import { detectFormat } from '../../../core/import/detect-format.ts';
import type { ImportResult } from '../../../core/import/import-result.ts';
import { parseImport } from '../../../core/import/parse-import.ts';
import { jsonType, placesIn, type Segment } from '../json-places.ts';
import { entityName, exported, generator, sampleHighlights } from './fixtures.ts';

const fixtures = join(import.meta.dirname, '../../fixtures/import');
const files: Record<string, string> = {
  glosa: serialiseWebAnnotationCollection(sampleHighlights, { entityName, generator, exported }),
  w3c: readFileSync(join(fixtures, 'w3c-foreign.jsonld'), 'utf8'),
  hypothesis: readFileSync(join(fixtures, 'hypothesis-export.json'), 'utf8'),
};
const options = { importedAt: '2026-12-02T10:00:00.000Z' };
const runs = 1_000;

const anyJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '2026-13-45T99:99:99Z',
    'not a date',
    'https://',
    '\u202e\u0000',
    '<script>x</script>',
  ),
  fc.array(fc.oneof(fc.string({ maxLength: 8 }), fc.integer()), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 6 }), fc.oneof(fc.string({ maxLength: 8 }), fc.integer()), {
    maxKeys: 3,
  }),
);

type Change =
  | { kind: 'retype'; place: Segment[]; value: unknown }
  | { kind: 'delete'; place: Segment[] }
  | { kind: 'add'; place: Segment[]; key: string; value: unknown };

/** A change somewhere inside one record: another value (of any type), a key deleted, a key added. */
function recordChange(record: unknown): fc.Arbitrary<Change> {
  const places = placesIn(record);
  const objects = [[], ...places].filter((place) => jsonType(valueAt(record, place)) === 'object');
  const changes: fc.Arbitrary<Change>[] = [
    fc.record({ kind: fc.constant('retype' as const), place: fc.constant([]), value: anyJson }),
  ];
  if (places.length > 0) {
    changes.push(
      fc.record({ kind: fc.constant('retype' as const), place: fc.constantFrom(...places), value: anyJson }),
      fc.record({
        kind: fc.constant('delete' as const),
        place: fc.constantFrom(...places.filter((place) => typeof place.at(-1) === 'string')),
      }),
    );
  }
  changes.push(
    fc.record({
      kind: fc.constant('add' as const),
      place: fc.constantFrom(...objects),
      key: fc.string({ minLength: 1, maxLength: 12 }),
      value: anyJson,
    }),
  );
  return fc.oneof(...changes);
}

function valueAt(root: unknown, place: Segment[]): unknown {
  let value = root;
  for (const segment of place) value = (value as Record<Segment, unknown>)[segment];
  return value;
}

/** The record with the change made (a copy); the whole record when the place is empty. */
function changed(record: unknown, change: Change): unknown {
  const copy = structuredClone(record);
  if (change.kind === 'retype' && change.place.length === 0) return change.value;
  const parent = valueAt(copy, change.kind === 'add' ? change.place : change.place.slice(0, -1)) as Record<
    Segment,
    unknown
  >;
  const last = change.place.at(-1) as Segment;
  if (change.kind === 'retype') parent[last] = change.value;
  else if (change.kind === 'delete') delete parent[last];
  else parent[change.key] = change.value;
  return copy;
}

/** The file's own list of records (a Hypothesis export's `annotations`, a collection's first page's `items`), to change in place. */
function recordsIn(document: unknown): unknown[] {
  const file = document as { annotations?: unknown[]; first?: { items?: unknown[] } };
  const records = file.annotations ?? file.first?.items;
  if (!Array.isArray(records)) throw new Error('fixture without a list of records');
  return records;
}

/** What holds for any answer: a refusal says why; an acceptance lists every record once, well-formed. */
function expectCoherent(result: ImportResult, records: number | undefined) {
  if (!result.ok) {
    expect(result.error.trim()).not.toBe('');
    return;
  }
  for (const highlight of result.valid) expect(highlightSchema.safeParse(highlight).success).toBe(true);
  for (const invalid of result.invalid) {
    expect(invalid.reasons.length).toBeGreaterThan(0);
    for (const reason of invalid.reasons) expect(reason.trim()).not.toBe('');
    expect(typeof invalid.label).toBe('string');
  }
  if (records !== undefined) {
    expect(result.valid.length + result.invalid.length + result.duplicates).toBe(records);
  }
}

describe.each(Object.keys(files))('importing a malformed %s file', (format) => {
  const text = files[format] as string;
  const document = JSON.parse(text) as unknown;
  const detected = detectFormat(document);
  if (!detected.ok) throw new Error(`fixture ${format} is not an export`);
  const records = recordsIn(document);
  // The fixtures of other tools hold records Glosa cannot use (a page note without a quote).
  const untouched = parseImport(text, options);
  const refusedAnyway = new Set(untouched.ok ? untouched.invalid.map((invalid) => invalid.index) : []);

  it(`lists a broken record at its own place, with reasons, and keeps the others (${runs} variants)`, () => {
    const variant = fc
      .integer({ min: 0, max: records.length - 1 })
      .chain((index) => recordChange(records[index]).map((change) => ({ index, change })));
    fc.assert(
      fc.property(variant, ({ index, change }) => {
        const copy = structuredClone(document);
        const listed = recordsIn(copy);
        listed[index] = changed(listed[index], change);
        let result: ImportResult | undefined;
        expect(() => {
          result = parseImport(JSON.stringify(copy), options);
        }).not.toThrow();
        if (!result) return;
        // A change inside one record never makes the file unreadable as a whole.
        expect(result.ok).toBe(true);
        expectCoherent(result, records.length);
        if (!result.ok) return;
        // Only the changed record may be refused, and it is named by its place in the file.
        for (const invalid of result.invalid) {
          if (!refusedAnyway.has(invalid.index)) expect(invalid.index).toBe(index);
        }
        // A record that is not an object at all is certainly refused.
        if (change.kind === 'retype' && change.place.length === 0 && jsonType(change.value) !== 'object') {
          expect(result.invalid.map((invalid) => invalid.index)).toContain(index);
        }
      }),
      { numRuns: runs, seed: 12 },
    );
  });

  it(`refuses a cut-off or corrupted file whole, with a message, and never throws (${runs} variants)`, () => {
    const corruption = fc.oneof(
      fc.integer({ min: 0, max: text.length - 1 }).map((length) => text.slice(0, length)),
      fc
        .tuple(fc.integer({ min: 0, max: text.length - 1 }), fc.string({ minLength: 1, maxLength: 4 }))
        .map(([at, junk]) => text.slice(0, at) + junk + text.slice(at + 1)),
      fc.uint8Array({ maxLength: 64 }).map((bytes) => new TextDecoder().decode(bytes)),
    );
    fc.assert(
      fc.property(corruption, (corrupted) => {
        let result: ImportResult | undefined;
        expect(() => {
          result = parseImport(corrupted, options);
        }).not.toThrow();
        if (result) expectCoherent(result, undefined);
        // A file cut off inside its JSON says so, rather than a bare parser error.
        if (result && !result.ok && corrupted.length > 10 && text.startsWith(corrupted)) {
          expect(result.error).toMatch(/ends too early|not JSON/);
        }
      }),
      { numRuns: runs, seed: 12 },
    );
  });
});
