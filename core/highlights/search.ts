/**
 * The library's search engine: Fuse.js scores, but over as few records as possible, so a
 * keystroke costs milliseconds at 10,000 highlights instead of Fuse's full scan (110–160 ms).
 *
 * How the work is arranged:
 * - Every field is folded once, when the index is built (`core/text/fold.ts`: case,
 *   accents, quotes, spaces), with a map back to the original characters. Fuse then
 *   compares folded text case-sensitively, and its match indices are mapped back, so the
 *   marks land on the reader's own characters (`Bolívar` is found by `bolivar`).
 * - A word index (the sorted vocabulary of folded words, each with its records and the
 *   fields it is in) gives, for each query word, the records with a word that equals
 *   it, starts with it, holds it, or starts with it give or take a typo (edit distance
 *   on the word's prefix, in step with Fuse's threshold). A record must hold every query
 *   word, each in any field. While the user types, a query word only re-checks the
 *   words its shorter form matched.
 * - Those candidates are ranked cheaply (how each word matched, and in which field), and
 *   Fuse scores the best `fuseRanked` of them, one query word at a time, over just their
 *   records: its prebuilt index is kept and only its record list is swapped. The rest
 *   follow in the cheap order; nothing the word index found is dropped.
 * - Only when the word index finds nothing (a typo across a word boundary, say) does
 *   Fuse scan everything, so what Fuse alone would find is still found.
 * - A one-letter query lists the records with a word starting with it, in library order.
 *
 * Pure TypeScript: runs in node tests, in the library page and in its search worker.
 */
import Fuse, { type FuseIndex, type FuseResult, type FuseResultMatch } from 'fuse.js';

/** One record of Fuse's prebuilt index (the type is not exported by name). */
type IndexRecord = FuseIndex<unknown>['records'][number];

import {
  mergeRanges,
  type SearchDocument,
  type SearchField,
  type SearchHit,
  type SearchMark,
  searchWords,
  toOriginalRange,
  wordPattern,
} from '../library/search-text.ts';
import { everyHit, type ShownHits, TakenHits } from '../library/shown-hits.ts';
import { foldText } from '../text/fold.ts';
import { type MatchKind, minInfixLength, Vocabulary } from './vocabulary.ts';

export {
  markedParts,
  mergeRanges,
  type SearchDocument,
  type SearchField,
  type SearchHit,
  type SearchMark,
  searchDocument,
  searchWords,
  wordPrefixMarks,
} from '../library/search-text.ts';
export { prefixDistance } from './vocabulary.ts';

/** How a query was answered: for the bench and the tests. */
export type SearchStrategy = 'empty' | 'prefix-only' | 'candidates' | 'narrowed' | 'fallback';

export interface SearchResult {
  query: string;
  /** The hits kept (`ShownHits`), best first. */
  hits: SearchHit[];
  /** How many hits passed the filters, kept or not. */
  total: number;
  strategy: SearchStrategy;
  /** How many records Fuse scored. */
  scored: number;
}

const fields: readonly SearchField[] = ['quote', 'note', 'tags', 'title', 'site', 'entities'];
const listFields = new Set<SearchField>(['tags', 'entities']);

/** Weights: what the researcher wrote and the passage count most. */
const fuseKeys = [
  { name: 'quote', weight: 2 },
  { name: 'note', weight: 2 },
  { name: 'tags', weight: 1.5 },
  { name: 'entities', weight: 1.5 },
  { name: 'title', weight: 1 },
  { name: 'site', weight: 0.5 },
];

/** Fuse's tolerance: about one typo in three letters (Fuse's default 0.6 finds noise). */
export const fuzzyThreshold = 0.34;

/** Typos allowed in a query word of this length, in step with Fuse's threshold. */
export function allowedTypos(length: number): number {
  // Fuse allows a third of a word's letters; the word index allows less on short words,
  // where one typo matches half the vocabulary, and Fuse still ranks what it finds.
  return length < 4 ? 0 : length < 7 ? 1 : 2;
}

interface FoldedField {
  folded: string;
  toOriginal: Uint32Array;
}

type FoldedDocument = Record<SearchField, FoldedField[]>;

/** What Fuse scores: the searchable fields, without the id. */
type FuseDocument = Omit<SearchDocument, 'id'>;

function foldField(text: string): FoldedField {
  return foldText(text);
}

function intersectSorted(a: Uint32Array, b: Uint32Array): Uint32Array {
  const out = new Uint32Array(Math.min(a.length, b.length));
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      out[n++] = x;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return out.subarray(0, n);
}

/** How a vocabulary word matched a query word; the better, the higher. */
const quality: Record<MatchKind, number> = { exact: 1, prefix: 0.8, typo: 0.6, infix: 0.5 };

/** The vocabulary words a query word matched, and the records holding them. */
interface TermMatch {
  term: string;
  typos: number;
  /** Matched vocabulary word indices and how each matched. */
  words: number[];
  kinds: Map<string, MatchKind>;
  /** Sorted record indices. */
  records: Uint32Array;
  /** Best match quality × field weight, per record index (0 where absent). */
  recordScores: Float32Array;
}

/** How many of the best candidates Fuse ranks; the rest follow in the word index's order. */
export const fuseRanked = 50;

export class HighlightSearch {
  private readonly documents: SearchDocument[];
  private readonly folded: FoldedDocument[];
  private readonly fuse: Fuse<FuseDocument>;
  private readonly allRecords: IndexRecord[];
  /** Sorted vocabulary; for each word, the sorted records holding it and in which fields (bit mask). */
  private readonly vocabulary: Vocabulary;
  private readonly postings: Uint32Array[];
  private readonly fieldMasks: Uint8Array[];
  private readonly termCache = new Map<string, TermMatch>();

  constructor(documents: SearchDocument[]) {
    this.documents = documents;
    this.folded = documents.map((document) => ({
      quote: [foldField(document.quote)],
      note: [foldField(document.note)],
      tags: document.tags.map(foldField),
      title: [foldField(document.title)],
      site: [foldField(document.site)],
      entities: document.entities.map(foldField),
    }));
    const fuseDocuments: FuseDocument[] = this.folded.map((document) => ({
      quote: document.quote[0]?.folded ?? '',
      note: document.note[0]?.folded ?? '',
      tags: document.tags.map((field) => field.folded),
      title: document.title[0]?.folded ?? '',
      site: document.site[0]?.folded ?? '',
      entities: document.entities.map((field) => field.folded),
    }));
    this.fuse = new Fuse(fuseDocuments, {
      keys: fuseKeys,
      includeMatches: true,
      includeScore: true,
      ignoreLocation: true,
      threshold: fuzzyThreshold,
      // Already folded, so Fuse need not lower-case every field on every query.
      isCaseSensitive: true,
      minMatchCharLength: 2,
    });
    this.allRecords = this.fuse.getIndex().records;

    const byWord = new Map<string, { records: number[]; masks: number[] }>();
    this.folded.forEach((document, index) => {
      fields.forEach((field, fieldIndex) => {
        for (const value of document[field]) {
          for (const word of searchWords(value.folded)) {
            let entry = byWord.get(word);
            if (!entry) {
              entry = { records: [], masks: [] };
              byWord.set(word, entry);
            }
            const last = entry.records.length - 1;
            if (entry.records[last] === index)
              entry.masks[last] = (entry.masks[last] as number) | (1 << fieldIndex);
            else {
              entry.records.push(index);
              entry.masks.push(1 << fieldIndex);
            }
          }
        }
      });
    });
    const words = [...byWord.keys()].sort();
    this.vocabulary = new Vocabulary(words);
    this.postings = words.map((word) => Uint32Array.from(byWord.get(word)?.records ?? []));
    this.fieldMasks = words.map((word) => Uint8Array.from(byWord.get(word)?.masks ?? []));
  }

  get size(): number {
    return this.documents.length;
  }

  /** The hits for `query`: all of them, or those `shown` keeps. */
  search(query: string, shown: ShownHits = everyHit): SearchResult {
    const taken = new TakenHits(shown);
    const answer = (strategy: SearchStrategy, scored: number): SearchResult => ({
      query,
      hits: taken.hits,
      total: taken.total,
      strategy,
      scored,
    });
    const folded = foldText(query).folded.trim();
    const terms = [...new Set(searchWords(folded))];
    if (terms.length === 0) {
      for (const document of this.documents) {
        if (taken.wants(document.id)) taken.add({ id: document.id, score: 1, marks: [] });
      }
      return answer('empty', 0);
    }

    let narrowed = false;
    const matches: TermMatch[] = [];
    let candidates: Uint32Array | undefined;
    for (const term of terms) {
      const match = this.termMatch(term);
      narrowed ||= match.narrowed;
      matches.push(match.match);
      candidates = candidates ? intersectSorted(candidates, match.match.records) : match.match.records;
    }
    candidates ??= new Uint32Array(0);

    if (terms.every((term) => term.length < 2)) {
      // One letter says too little to rank by: word prefixes, in library order.
      candidates.forEach((record, rank) => {
        if (taken.wants(this.idOf(record))) taken.add(this.wordHit(record, matches, rank < fuseRanked));
      });
      return answer('prefix-only', 0);
    }

    // A query word the index has never seen (a typo across a word boundary, say): only
    // Fuse can tell, over the records holding the other words (all of them when there are
    // none). Words that each exist but never together need no scan.
    const unknown = matches.filter((match) => match.records.length === 0);
    if (candidates.length === 0 && unknown.length > 0) {
      let pool: Uint32Array | undefined;
      for (const match of matches) {
        if (match.records.length > 0) pool = pool ? intersectSorted(pool, match.records) : match.records;
      }
      for (const result of this.fuseOver(pool, folded)) {
        if (taken.wants(this.idOf(result.refIndex)))
          taken.add(this.fuseHit(result.refIndex, result.score ?? 1, result.matches ?? []));
      }
      return answer('fallback', pool?.length ?? this.allRecords.length);
    }
    if (candidates.length === 0) return answer('candidates', 0);

    const order = cheapOrder(candidates, matches);
    const best = order.subarray(0, fuseRanked);

    // Fuse ranks the best, one query word at a time over just their records.
    const fuseScores = new Map<number, { sum: number; matches: FuseResultMatch[]; missing: TermMatch[] }>();
    for (const record of best) fuseScores.set(record, { sum: 0, matches: [], missing: [] });
    for (const match of matches) {
      const found = new Set<number>();
      for (const result of this.fuseOver(best, match.term)) {
        const entry = fuseScores.get(result.refIndex);
        if (!entry) continue;
        found.add(result.refIndex);
        entry.sum += result.score ?? 1;
        entry.matches.push(...(result.matches ?? []));
      }
      for (const [record, entry] of fuseScores) {
        if (!found.has(record)) {
          entry.sum += 1;
          entry.missing.push(match);
        }
      }
    }
    const ranked = [...fuseScores].sort((a, b) => a[1].sum - b[1].sum);
    for (const [record, entry] of ranked) {
      if (!taken.wants(this.idOf(record))) continue;
      const hit = this.fuseHit(record, entry.sum / matches.length, entry.matches);
      if (entry.missing.length > 0) {
        hit.marks = mergeMarks([
          ...hit.marks,
          ...wordMarks(this.folded[record] as FoldedDocument, entry.missing),
        ]);
      }
      taken.add(hit);
    }
    // The rest follow in the cheap order.
    for (let k = best.length; k < order.length; k++) {
      const record = order[k] as number;
      if (taken.wants(this.idOf(record))) taken.add(this.wordHit(record, matches, false));
    }
    return answer(narrowed ? 'narrowed' : 'candidates', best.length);
  }

  private idOf(record: number): string {
    return (this.documents[record] as SearchDocument).id;
  }

  /** Fuse's search over only `records` (all when undefined): its index is kept, its record list swapped. */
  private fuseOver(records: Uint32Array | undefined, pattern: string): FuseResult<FuseDocument>[] {
    if (!records) return this.fuse.search(pattern);
    const index = this.fuse.getIndex();
    index.setIndexRecords(Array.from(records, (record) => this.allRecords[record] as IndexRecord));
    try {
      return this.fuse.search(pattern);
    } finally {
      index.setIndexRecords(this.allRecords);
    }
  }

  /**
   * The vocabulary words matching `term`: those starting with it, holding it, or starting
   * with it give or take `allowedTypos`. When a shorter query word with the same typo
   * allowance was just searched (the user is typing), only its words are checked again:
   * every word the longer one matches, the shorter one matched too.
   */
  private termMatch(term: string): { match: TermMatch; narrowed: boolean } {
    const cached = this.termCache.get(term);
    if (cached) return { match: cached, narrowed: false };
    const typos = allowedTypos(term.length);
    let previous: TermMatch | undefined;
    for (let length = term.length - 1; length >= 1 && !previous; length--) {
      const shorter = this.termCache.get(term.slice(0, length));
      // The shorter word's matches bound this one's only if it too looked inside words.
      if (shorter && shorter.typos === typos && length >= minInfixLength) previous = shorter;
    }

    const { words, kinds } = this.vocabulary.match(term, typos, previous?.words);

    const recordScores = new Float32Array(this.documents.length);
    const seen: number[] = [];
    for (const i of words) {
      const weight = quality[kinds.get(this.vocabulary.words[i] as string) as MatchKind];
      const records = this.postings[i] as Uint32Array;
      const masks = this.fieldMasks[i] as Uint8Array;
      for (let k = 0; k < records.length; k++) {
        const record = records[k] as number;
        const score = weight * (maskWeight[masks[k] as number] as number);
        const before = recordScores[record] as number;
        if (before === 0) seen.push(record);
        if (score > before) recordScores[record] = score;
      }
    }
    const match: TermMatch = {
      term,
      typos,
      words,
      kinds,
      records: sortedRecords(seen, recordScores),
      recordScores,
    };
    // Each entry holds a score per record: keep only the last few query words.
    if (this.termCache.size >= 48) this.termCache.delete(this.termCache.keys().next().value as string);
    this.termCache.set(term, match);
    return { match, narrowed: previous !== undefined };
  }

  private fuseHit(record: number, score: number, matches: readonly FuseResultMatch[]): SearchHit {
    const document = this.folded[record] as FoldedDocument;
    const marks: SearchMark[] = [];
    for (const match of matches) {
      const field = match.key as SearchField;
      const item = listFields.has(field) ? (match.refIndex ?? 0) : 0;
      const value = document[field]?.[item];
      if (!value) continue;
      marks.push({
        field,
        item,
        ranges: match.indices.map(([start, end]) => toOriginalRange(value, start, end)),
      });
    }
    return { id: (this.documents[record] as SearchDocument).id, score, marks: mergeMarks(marks) };
  }

  /**
   * A hit Fuse did not rank. Its marks come from the word index; past the first screens
   * they are left to the page (`wordPrefixMarks`), which marks only what it shows.
   */
  private wordHit(record: number, matches: TermMatch[], withMarks: boolean): SearchHit {
    return {
      id: this.idOf(record),
      score: 1,
      marks: withMarks ? wordMarks(this.folded[record] as FoldedDocument, matches) : [],
    };
  }
}

/** Record indices below this fit beside a score in one float64 sort key (`cheapOrder`). */
const recordSpan = 2 ** 21;

/**
 * The candidates ranked cheaply: by how well and where each query word matched, best
 * first, then in library order. Each candidate's score and index are packed into one
 * number and sorted natively: sorting 10,000 with a comparator function cost 1-2 ms a
 * keystroke. A float32's bits, read as an unsigned integer, order as the float does for
 * the non-negative scores here, so the packed order is exactly the score's, then the index's.
 */
export function cheapOrder(
  candidates: Uint32Array,
  matches: readonly { recordScores: Float32Array }[],
): Uint32Array {
  const scores = new Float32Array(candidates.length);
  candidates.forEach((record, i) => {
    let total = 0;
    for (const match of matches) total += match.recordScores[record] as number;
    scores[i] = total;
  });
  const order = new Uint32Array(candidates.length);
  const last = candidates[candidates.length - 1] ?? 0;
  if (last >= recordSpan) {
    // A library past two million highlights: the packed key would lose the index.
    const positions = Array.from(candidates.keys()).sort(
      (a, b) => (scores[b] as number) - (scores[a] as number) || a - b,
    );
    positions.forEach((position, i) => {
      order[i] = candidates[position] as number;
    });
    return order;
  }
  const bits = new Uint32Array(scores.buffer);
  const keys = new Float64Array(candidates.length);
  for (let i = 0; i < candidates.length; i++) {
    keys[i] = (0xffffffff - (bits[i] as number)) * recordSpan + (candidates[i] as number);
  }
  keys.sort();
  for (let i = 0; i < keys.length; i++) order[i] = (keys[i] as number) % recordSpan;
  return order;
}

/**
 * The records a query word found, sorted: by sorting them when they are few, or by reading
 * them off the scores in record order when they are many (a broad word finds most of a
 * library, and a pass over 10,000 scores is cheaper than sorting them).
 */
function sortedRecords(seen: readonly number[], recordScores: Float32Array): Uint32Array {
  if (seen.length * 16 < recordScores.length) return Uint32Array.from(seen).sort();
  const records = new Uint32Array(seen.length);
  let n = 0;
  for (let record = 0; record < recordScores.length; record++) {
    if ((recordScores[record] as number) > 0) records[n++] = record;
  }
  return records;
}

/** The best field weight among the fields of a mask, normalised to the largest weight. */
const maskWeight = (() => {
  const weights = fields.map((field) => (fuseKeys.find((key) => key.name === field)?.weight ?? 1) / 2);
  return Float32Array.from({ length: 1 << fields.length }, (_, mask) =>
    Math.max(0, ...weights.filter((_, i) => mask & (1 << i))),
  );
})();

/** Marks the words a query word matched: its prefix, its occurrence, or the whole word for a typo. */
function wordMarks(document: FoldedDocument, matches: readonly TermMatch[]): SearchMark[] {
  const marks: SearchMark[] = [];
  for (const field of fields) {
    document[field].forEach((value, item) => {
      const ranges: [number, number][] = [];
      for (const found of value.folded.matchAll(wordPattern)) {
        const word = found[0];
        const start = found.index ?? 0;
        for (const match of matches) {
          const kind = match.kinds.get(word);
          if (!kind) continue;
          const offset = kind === 'infix' ? word.indexOf(match.term) : 0;
          const length = kind === 'typo' || kind === 'exact' ? word.length : match.term.length;
          ranges.push(toOriginalRange(value, start + offset, start + offset + length - 1));
          break;
        }
      }
      if (ranges.length > 0) marks.push({ field, item, ranges });
    });
  }
  return marks;
}

/** One mark per field item, ranges merged. */
function mergeMarks(marks: SearchMark[]): SearchMark[] {
  const byItem = new Map<string, SearchMark>();
  for (const mark of marks) {
    const key = `${mark.field}:${mark.item}`;
    const existing = byItem.get(key);
    if (existing) existing.ranges.push(...mark.ranges);
    else byItem.set(key, { field: mark.field, item: mark.item, ranges: [...mark.ranges] });
  }
  return [...byItem.values()].map((mark) => ({ ...mark, ranges: mergeRanges(mark.ranges) }));
}

/** Plain Fuse over the same documents, as the issue measured it: the bench's baseline. */
export function plainFuse(documents: SearchDocument[]): (query: string) => number {
  const fuse = new Fuse(documents, {
    keys: fuseKeys,
    includeMatches: true,
    includeScore: true,
    ignoreLocation: true,
    threshold: fuzzyThreshold,
  });
  return (query) => fuse.search(query).length;
}
