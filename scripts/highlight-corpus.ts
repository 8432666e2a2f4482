/**
 * A researcher's library, generated: `count` highlights over about `count / 10` pages, with
 * quotes cut from the archived source texts (data/sources/*.txt), notes in English and
 * Spanish, tags, linked dataset entities, and words made from syllables so the vocabulary
 * grows as a real library's does. Same seed, same library, so bench runs compare.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Highlight } from '../core/highlights/highlight.ts';
import { localiseName } from '../core/localise.ts';
import type { BilingualEntity } from '../core/schema.ts';
import { REPO_ROOT, seededRandom, sourceDirectory } from './bench-corpus.ts';

export interface DatasetEntityName {
  id: string;
  name: string;
}

/** The dataset's entities (id and name), read from data/entities. */
export function datasetEntityNames(): DatasetEntityName[] {
  const dir = join(REPO_ROOT, 'data', 'entities');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      // The file's name is a string or { en, es }: the corpus is English.
      const entity = JSON.parse(readFileSync(join(dir, name), 'utf8')) as Pick<
        BilingualEntity,
        'id' | 'name'
      >;
      return { id: entity.id, name: localiseName(entity.name, 'en') };
    });
}

function sourceSentences(): string[] {
  const dir = sourceDirectory();
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .flatMap((name) => readFileSync(join(dir, name), 'utf8').split(/(?<=[.!?])\s+/))
    .map((sentence) => sentence.replace(/\s+/g, ' ').trim())
    .filter((sentence) => sentence.length >= 30);
}

const SITES = [
  'theguardian.com',
  'elpais.com',
  'reuters.com',
  'apnews.com',
  'bbc.co.uk',
  'lostiempos.com',
  'eldeber.com.bo',
  'paginasiete.bo',
  'la-razon.com',
  'opinion.com.bo',
  'thegrayzone.com',
  'morningstaronline.co.uk',
  'leftonthemove.org',
  'vision360.bo',
  'nytimes.com',
  'washingtonpost.com',
  'aljazeera.com',
  'france24.com',
  'dw.com',
  'infobae.com',
  'clarin.com',
  'lanacion.com.ar',
  'eltiempo.com',
  'jacobin.com',
  'nacla.org',
  'americasquarterly.org',
  'cepr.net',
  'hrw.org',
  'amnesty.org',
  'oas.org',
];

const TAGS = [
  'coup',
  'elections',
  'massacre',
  'sources',
  'to-check',
  'quote',
  'timeline',
  'police',
  'army',
  'lithium',
  'coca',
  'indigenous',
  'protests',
  'oea',
  'fraude',
  'derechos-humanos',
  'golpe',
  'testimonio',
  'contexto',
  'chapter-3',
  'chapter-4',
  'interview',
  'disputed',
  'follow-up',
  'mining',
];

const NOTE_OPENINGS = [
  'Compare with',
  'Contradicts',
  'Check the date against',
  'Same claim as',
  'Key quote for chapter on',
  'Cita clave sobre',
  'Contrastar con',
  'Revisar la fuente de',
  'Possible source for',
  'Ask about',
  'Follow up with',
  'Note the framing of',
];

const ONSETS = ['', 'b', 'c', 'ch', 'd', 'g', 'j', 'k', 'l', 'm', 'n', 'p', 'qu', 'r', 's', 't', 'v', 'y'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'á', 'é', 'ó', 'ai', 'ia'];
const CODAS = ['', '', 'n', 's', 'r', 'l'];

/** Generated highlights, newest last; `count` of them. */
export function generateHighlights(count = 10_000, seed = 2019): Highlight[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  const sentences = sourceSentences();
  const entities = datasetEntityNames();
  const word = () => {
    let text = '';
    const syllables = 2 + Math.floor(random() * 3);
    for (let s = 0; s < syllables; s++) text += pick(ONSETS) + pick(VOWELS);
    return text + pick(CODAS);
  };
  const capitalised = () => {
    const text = word();
    return text.charAt(0).toUpperCase() + text.slice(1);
  };

  const pages = Math.max(1, Math.ceil(count / 10));
  const pageInfo = Array.from({ length: pages }, (_, index) => {
    const site = pick(SITES);
    const title = `${pick(sentences)
      .split(' ')
      .slice(0, 6 + Math.floor(random() * 6))
      .join(' ')} ${capitalised()}`;
    return { site, title, url: `https://www.${site}/news/${index}-${word()}` };
  });

  const start = Date.UTC(2024, 0, 1);
  const highlights: Highlight[] = [];
  for (let i = 0; i < count; i++) {
    const page = pageInfo[Math.floor(random() * pages)] as (typeof pageInfo)[number];
    const first = Math.floor(random() * sentences.length);
    const length = 1 + Math.floor(random() * 3);
    const exact = sentences.slice(first, first + length).join(' ');
    const linked = Array.from({ length: Math.floor(random() * 3) }, () => pick(entities));
    const noteKind = random();
    const note =
      noteKind < 0.3
        ? ''
        : noteKind < 0.8
          ? `${pick(NOTE_OPENINGS)} ${capitalised()} ${capitalised()} (${word()} ${word()}).`
          : `${pick(sentences)} ${pick(NOTE_OPENINGS)} ${capitalised()}.`;
    const created = new Date(start + i * 45 * 60_000 + Math.floor(random() * 600_000)).toISOString();
    const position = Math.floor(random() * 20_000);
    const checked = random();
    highlights.push({
      id: uuidFromRandom(random),
      target: {
        source: page.url,
        title: page.title,
        selector: {
          quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
          position: { type: 'TextPositionSelector', start: position, end: position + exact.length },
        },
      },
      body: {
        note,
        tags: [...new Set(Array.from({ length: Math.floor(random() * 4) }, () => pick(TAGS)))],
        entityIds: [...new Set(linked.map((entity) => entity.id))],
      },
      created,
      modified: created,
      ...(checked < 0.05
        ? { anchoring: { state: 'orphan' as const, checked: created } }
        : checked < 0.1
          ? { anchoring: { state: 'uncertain' as const, checked: created } }
          : {}),
    });
  }
  return highlights;
}

function uuidFromRandom(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = ((Number.parseInt(hex[16] as string, 16) & 0x3) | 0x8).toString(16);
  const text = hex.join('');
  return `${text.slice(0, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}-${text.slice(16, 20)}-${text.slice(20)}`;
}
