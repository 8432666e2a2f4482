/**
 * The dataset checker's boundary, fuzzed (issue 12): 1,000 broken variants of the minimal
 * valid dataset (tests/fixtures/datasets/minimal). The checker must never throw, and every
 * problem it reports prints as `file: path: message` (or `file: message` for a whole file),
 * naming a file of the dataset. A variant that is certainly invalid (bytes that are not
 * JSON, a value of another JSON type) must be refused by a problem in the file changed.
 *
 * The variants are made from whatever the fixture holds, walking its JSON, so they follow
 * the schema as it changes (text fields becoming bilingual, new fields).
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDataset } from '../../../scripts/dataset/check.ts';
import { formatProblem, jsonPath } from '../../../scripts/dataset/problem.ts';
import { jsonType, placesIn, type Segment } from '../json-places.ts';
import { copyOfMinimal, removeCopies } from './fixture-dataset.ts';

/** Values of each JSON type, to put where another type was. */
const otherValues: Record<string, fc.Arbitrary<unknown>> = {
  null: fc.constant(null),
  boolean: fc.boolean(),
  number: fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })),
  string: fc.string({ maxLength: 20 }),
  array: fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }),
  object: fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
};

/** One way of breaking one file. `certain`: no schema could accept the result. */
type Breakage =
  | { kind: 'retype'; place: number; value: unknown; certain: true }
  | { kind: 'delete'; place: number; certain: false }
  | { kind: 'add'; place: number; key: string; value: unknown; certain: false }
  | { kind: 'truncate'; at: number; certain: true }
  | { kind: 'garbage'; text: string; certain: true };

const breakage: fc.Arbitrary<Breakage> = fc.oneof(
  fc.record({
    kind: fc.constant('retype' as const),
    place: fc.nat(),
    value: fc
      .constantFrom(...Object.keys(otherValues))
      .chain((type) => otherValues[type] as fc.Arbitrary<unknown>),
    certain: fc.constant(true as const),
  }),
  fc.record({ kind: fc.constant('delete' as const), place: fc.nat(), certain: fc.constant(false as const) }),
  fc.record({
    kind: fc.constant('add' as const),
    place: fc.nat(),
    key: fc.string({ minLength: 1, maxLength: 10 }),
    value: fc.jsonValue({ maxDepth: 2 }),
    certain: fc.constant(false as const),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat(), certain: fc.constant(true as const) }),
  fc.record({
    kind: fc.constant('garbage' as const),
    text: fc.oneof(fc.string(), fc.constantFrom('', '{', '[1,', '{"id":}', '\u0000', 'null', '"text"')),
    certain: fc.constant(true as const),
  }),
);

let dir = '';
let files: string[] = [];
/** Every file of the dataset (the sources' archived texts too): what a problem may name. */
let everyFile: string[] = [];
const original = new Map<string, string>();

beforeAll(() => {
  dir = copyOfMinimal();
  everyFile = (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((file) => fs.statSync(path.join(dir, file)).isFile())
    .map((file) => `${dir}/${file}`.split(path.sep).join('/'));
  files = (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.split(path.sep).join('/'))
    .sort();
  for (const file of files) original.set(file, fs.readFileSync(path.join(dir, file), 'utf8'));
});
afterAll(removeCopies);

/** Writes the broken file; returns the JSON path it broke at ('' for the whole file) and whether the result is certainly invalid. */
function apply(file: string, broken: Breakage): { at: string; certain: boolean } {
  const text = original.get(file) as string;
  const write = (next: string) => fs.writeFileSync(path.join(dir, file), next);
  if (broken.kind === 'garbage') {
    write(broken.text);
    // Some garbage is JSON ("null", a string): wrong at the root of any dataset file.
    return { at: '', certain: true };
  }
  if (broken.kind === 'truncate') {
    // Cut before the last closing bracket: never valid JSON.
    const end = text.trimEnd().length - 1;
    write(text.slice(0, broken.at % end));
    return { at: '', certain: true };
  }
  const root = JSON.parse(text) as unknown;
  const places = placesIn(root);
  const place = places[broken.place % places.length] as Segment[];
  const parentPath = place.slice(0, -1);
  const key = place.at(-1) as Segment;
  // biome-ignore lint/suspicious/noExplicitAny: the fixture is edited as loose JSON on purpose
  let parent: any = root;
  for (const segment of parentPath) parent = parent[segment];
  const current = parent[key];
  switch (broken.kind) {
    case 'retype': {
      // A name is a string or `{ en, es }` (core/schema.ts localisedNameSchema): turning
      // one into the other may be valid.
      const twoShaped = key === 'name' && ['string', 'object'].includes(jsonType(broken.value));
      if (jsonType(broken.value) === jsonType(current) || twoShaped) {
        // Same type drawn, or a shape the field also takes: not certainly invalid.
        parent[key] = broken.value;
        write(`${JSON.stringify(root, null, 2)}\n`);
        return { at: jsonPath(place), certain: false };
      }
      parent[key] = broken.value;
      break;
    }
    case 'delete':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
      break;
    case 'add':
      if (current !== null && typeof current === 'object' && !Array.isArray(current)) {
        current[broken.key] = broken.value;
      } else if (Array.isArray(current)) {
        current.push(broken.value);
      } else {
        parent[key] = { [broken.key]: broken.value };
      }
      break;
  }
  write(`${JSON.stringify(root, null, 2)}\n`);
  return { at: jsonPath(place), certain: broken.certain };
}

describe('the dataset checker under 1,000 broken variants of a valid dataset', () => {
  it('starts from a dataset with no problems', () => {
    expect(checkDataset(dir)).toEqual([]);
  });

  it('never throws, names a file of the dataset in every problem, and refuses what is certainly broken', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), breakage), { minLength: 1, maxLength: 3 }), (breakages) => {
        const changed = new Map<string, { at: string; certain: boolean }>();
        try {
          for (const [which, broken] of breakages) {
            const file = files[which % files.length] as string;
            if (changed.has(file)) continue;
            changed.set(file, apply(file, broken));
          }
          const problems = checkDataset(dir);
          for (const problem of problems) {
            expect(problem.message.trim()).not.toBe('');
            expect(everyFile).toContain(problem.file);
            const line = formatProblem(problem);
            expect(line).toBe(
              problem.path === ''
                ? `${problem.file}: ${problem.message}`
                : `${problem.file}: ${problem.path}: ${problem.message}`,
            );
          }
          for (const [file, { at, certain }] of changed) {
            if (!certain) continue;
            const here = problems.filter((problem) => problem.file === `${dir}/${file}`);
            expect(here.length, `${file} broken at "${at}" was not refused`).toBeGreaterThan(0);
            // Where: at the place broken, around it (a record, its file), or inside it (a
            // bilingual text retyped to `{}` is refused at its missing `en` and `es`).
            const around = (outer: string) =>
              outer === '' ||
              at === outer ||
              at.startsWith(`${outer}.`) ||
              at.startsWith(`${outer}[`) ||
              outer.startsWith(`${at}.`);
            expect(here.some((problem) => around(problem.path))).toBe(true);
          }
        } finally {
          for (const file of changed.keys()) {
            fs.writeFileSync(path.join(dir, file), original.get(file) as string);
          }
        }
      }),
      { numRuns: 1_000 },
    );
  }, 300_000);
});
