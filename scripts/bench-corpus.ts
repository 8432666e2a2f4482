/**
 * Deterministic inputs for the matcher benchmark: a news-text corpus of at least 2 MB and
 * a synthetic entity set with 10,000 aliases. Same seed, same bytes, on every machine, so
 * runs compare. The corpus is built from the archived source texts (data/sources/*.txt,
 * else ../shared/sources/*.txt beside the repository), shuffled by paragraph and
 * interleaved with the sources' near-misses.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Alias, Entity } from '../core/schema.ts';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE_DIRS = [join(REPO_ROOT, 'data', 'sources'), join(REPO_ROOT, '..', 'shared', 'sources')];

/** mulberry32: small, fast and good enough to shuffle paragraphs reproducibly. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NEAR_MISSES = [
  'Esther Morales Ayma, the sister of the former president, was detained in Oruro.',
  'Ester Morales Ayma denied the charges against her.',
  'Patricia Arce, the mayor of Vinto, was dragged through the streets.',
  'Hay más de cien heridos y la mesa de diálogo no se instaló.',
  'Mas la policía no respondió. MÁS tarde llegó el ejército.',
  'Evoluciones recientes del mercado y revoluciones de colores.',
  'El Decreto Supremo 4100 y el D.S. 4077 no tienen relación con el 4079.',
  'Morales hit a two-run homer in the ninth and Arce pitched a perfect inning.',
  'The Mesa Verde trail is 4,078 metres long; 4.078 hectares were burnt.',
  'Decree No.\u00a04,078 was repealed; the Supreme Decree 4078 had exempted the armed forces.',
  'La presidenta Añez (o Anez, o Áñez) habló en La Paz.',
  'Evo\u00a0Morales’s supporters marched from Senkata to El Alto.',
];

/** Where the archived source texts are read from: the project's copy first. */
export function sourceDirectory(): string {
  for (const dir of SOURCE_DIRS) {
    if (existsSync(dir) && readdirSync(dir).some((name) => name.endsWith('.txt'))) return dir;
  }
  throw new Error(`no source texts (*.txt) in ${SOURCE_DIRS.join(' or ')}`);
}

function sourceParagraphs(): string[] {
  const dir = sourceDirectory();
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .flatMap((name) => readFileSync(join(dir, name), 'utf8').split(/\n\s*\n/))
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0);
}

/**
 * At least `minBytes` (UTF-8) of news text: shuffled paragraphs, a near-miss every few,
 * and, when `names` are given, a sentence naming one of them every few (so a synthetic
 * entity set finds something to match too).
 */
export function generateCorpus(
  minBytes = 2 * 1024 * 1024,
  seed = 4078,
  names: readonly string[] = [],
): string {
  const random = seededRandom(seed);
  const paragraphs = sourceParagraphs();
  const parts: string[] = [];
  let bytes = 0;
  while (bytes < minBytes) {
    const order = [...paragraphs];
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as string, order[i] as string];
    }
    for (const paragraph of order) {
      let part = paragraph;
      if (random() < 0.25) part += ` ${NEAR_MISSES[Math.floor(random() * NEAR_MISSES.length)]}`;
      if (names.length > 0 && random() < 0.25) {
        part += ` According to ${names[Math.floor(random() * names.length)]}, talks resumed.`;
      }
      parts.push(part);
      bytes += Buffer.byteLength(part, 'utf8') + 2;
    }
  }
  return parts.join('\n\n');
}

const ONSETS = [
  '',
  'b',
  'c',
  'ch',
  'd',
  'f',
  'g',
  'j',
  'k',
  'l',
  'm',
  'n',
  'p',
  'qu',
  'r',
  's',
  't',
  'v',
  'z',
];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'á', 'é', 'ó', 'ai', 'ia'];
const CODAS = ['', '', '', 'n', 's', 'r', 'l', 'z'];

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function makeWord(random: () => number, syllables: number): string {
  let word = '';
  for (let s = 0; s < syllables; s++) {
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
    word += pick(ONSETS) + pick(VOWELS) + (s === syllables - 1 ? pick(CODAS) : '');
  }
  return capitalise(word);
}

/**
 * Plausible people, places and bodies named from syllables (`Morala Quiténez`), with the
 * dataset's mix of rules: full names, needsContext surnames (some shared by two people),
 * case-sensitive acronyms, and exclusions. Stops at exactly `aliasCount` aliases.
 */
export function generateSyntheticEntities(aliasCount = 10_000, seed = 2019): Entity[] {
  const random = seededRandom(seed);
  const entities: Entity[] = [];
  const surnames: string[] = [];
  let total = 0;
  for (let n = 0; total < aliasCount; n++) {
    const kindRoll = random();
    const aliases: Alias[] = [];
    let name: string;
    const kind: Entity['kind'] = kindRoll < 0.7 ? 'person' : kindRoll < 0.85 ? 'place' : 'organisation';
    if (kind === 'person') {
      const given = makeWord(random, 2 + Math.floor(random() * 2));
      // One in five people shares a surname with someone earlier, like the two Arces.
      const shared = surnames.length > 0 && random() < 0.2;
      const surname = shared
        ? (surnames[Math.floor(random() * surnames.length)] as string)
        : makeWord(random, 2 + Math.floor(random() * 2));
      surnames.push(surname);
      const second = makeWord(random, 2);
      name = `${given} ${surname}`;
      aliases.push({ text: name }, { text: `${given} ${surname} ${second}` });
      aliases.push(
        random() < 0.3
          ? { text: surname, needsContext: true, exclude: [`${makeWord(random, 2)} ${surname} ${second}`] }
          : { text: surname, needsContext: true },
      );
    } else if (kind === 'place') {
      name = `${makeWord(random, 2)} ${makeWord(random, 3)}`;
      aliases.push({ text: name }, { text: name.replace(/ /, '-') });
    } else {
      const words = [makeWord(random, 2), 'de', makeWord(random, 3), makeWord(random, 2)];
      name = words.join(' ');
      const acronym = words
        .filter((word) => word !== 'de')
        .map((word) => word.charAt(0).toUpperCase())
        .join('');
      aliases.push({ text: name }, { text: `${acronym}${n % 100}`, caseSensitive: true });
    }
    const kept = aliases.slice(0, aliasCount - total);
    total += kept.length;
    entities.push({
      id: `synthetic-${n}`,
      kind,
      name,
      description: 'Synthetic, for benchmarks.',
      aliases: kept,
    });
  }
  return entities;
}
