import { afterEach, describe, expect, it } from 'vitest';
import { canonicalText } from '../../../scripts/dataset/canonical.ts';
import { checkDataset } from '../../../scripts/dataset/check.ts';
import { formatDataset } from '../../../scripts/dataset/format.ts';
import { formatProblem } from '../../../scripts/dataset/problem.ts';
import {
  copyOfMinimal,
  MINIMAL_DATASET,
  readJson,
  readText,
  removeCopies,
  writeJson,
  writeText,
} from './fixture-dataset.ts';

afterEach(removeCopies);

const JSON_FILES = [
  'dataset.json',
  'sources/src-a.json',
  'sources/src-b.json',
  'entities/evo-morales.json',
  'entities/luis-arce.json',
  'entities/mas-ipsp.json',
  'entities/patricia-arce.json',
  'accounts/src-a.json',
  'accounts/src-b.json',
  'questions/departure-2019.json',
];

/** Rewrites every object with its keys reversed, recursively: the worst key order. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([key, inner]) => [key, reverseKeys(inner)]),
  );
}

/** A copy of the minimal dataset with every JSON file scrambled: keys reversed, accounts reversed, 4 spaces. */
function scrambledCopy(): string {
  const dir = copyOfMinimal();
  for (const file of JSON_FILES) {
    let value = reverseKeys(readJson(dir, file));
    if (Array.isArray(value)) value = [...value].reverse();
    writeText(dir, file, JSON.stringify(value, null, 4));
  }
  return dir;
}

describe('data:format', () => {
  it('writes back exactly the canonical bytes of the fixture, from a scrambled copy', () => {
    const dir = scrambledCopy();
    expect(checkDataset(dir).map(formatProblem)).toHaveLength(JSON_FILES.length);

    const result = formatDataset(dir);

    expect(result.problems).toEqual([]);
    expect(result.rewritten.sort()).toEqual(JSON_FILES.map((file) => `${dir}/${file}`).sort());
    for (const file of JSON_FILES) expect(readText(dir, file)).toBe(readText(MINIMAL_DATASET, file));
    expect(checkDataset(dir)).toEqual([]);
  });

  it('is idempotent: a second run changes nothing', () => {
    const dir = scrambledCopy();
    formatDataset(dir);
    const once = JSON_FILES.map((file) => readText(dir, file));

    expect(formatDataset(dir)).toEqual({ rewritten: [], problems: [] });
    expect(JSON_FILES.map((file) => readText(dir, file))).toEqual(once);
  });

  it('leaves the fixture dataset, already canonical, untouched', () => {
    const dir = copyOfMinimal();
    expect(formatDataset(dir)).toEqual({ rewritten: [], problems: [] });
  });

  it('keeps the curator’s alias order and text, unknown keys (last) and untrimmed strings, and puts English before Spanish', () => {
    const dir = copyOfMinimal();
    writeJson(dir, 'entities/evo-morales.json', {
      note: 'kept for the check to report',
      aliases: [{ needsContext: true, text: 'Morales ' }, { text: 'Evo Morales' }],
      description: {
        es: 'Presidente de Bolivia de 2006 a 2019.',
        en: 'President of Bolivia from 2006 to 2019.',
      },
      name: { es: 'Evo Morales Ayma', en: 'Evo Morales' },
      kind: 'person',
      id: 'evo-morales',
    });

    formatDataset(dir);

    expect(readText(dir, 'entities/evo-morales.json')).toBe(
      `${JSON.stringify(
        {
          id: 'evo-morales',
          kind: 'person',
          name: { en: 'Evo Morales', es: 'Evo Morales Ayma' },
          description: {
            en: 'President of Bolivia from 2006 to 2019.',
            es: 'Presidente de Bolivia de 2006 a 2019.',
          },
          aliases: [{ text: 'Morales ', needsContext: true }, { text: 'Evo Morales' }],
          note: 'kept for the check to report',
        },
        null,
        2,
      )}\n`,
    );
    expect(checkDataset(dir).map(formatProblem)).toEqual([
      `${dir}/entities/evo-morales.json: note: unknown field`,
    ]);
  });

  it('refuses to touch a file that does not parse, and formats the others', () => {
    const dir = scrambledCopy();
    const truncated = '[\n  {\n    "id": "src-b-arce-silenced",\n';
    writeText(dir, 'accounts/src-b.json', truncated);

    const result = formatDataset(dir);

    expect(result.problems.map(formatProblem)).toEqual([
      `${dir}/accounts/src-b.json: invalid JSON: the file ends too early (truncated?) at line 4, column 1: not formatted, fix it by hand`,
    ]);
    expect(readText(dir, 'accounts/src-b.json')).toBe(truncated);
    expect(readText(dir, 'accounts/src-a.json')).toBe(readText(MINIMAL_DATASET, 'accounts/src-a.json'));
  });

  it('sorts accounts by id, leaving records without an id at the end in their order', () => {
    const text = canonicalText('accounts', [{ id: 'b' }, { quote: 'x' }, { id: 'a' }, { quote: 'y' }]);
    expect(JSON.parse(text)).toEqual([{ id: 'a' }, { id: 'b' }, { quote: 'x' }, { quote: 'y' }]);
    expect(text.endsWith('}\n]\n')).toBe(true);
  });
});
