/**
 * The search index's vocabulary: its sorted folded words, and which of them a query word
 * matches. A word matches when it equals the query word, starts with it, holds it
 * (query words of `minInfixLength` letters or more), or starts with it give or take a few
 * typos (`prefixDistance`).
 *
 * Checking every word of a library one by one cost 2.4-4.5 ms a query word at 10,000
 * highlights (25,000 words), and it is needed each time a query word reaches 4 letters
 * (it may now be found inside words) or 7 (it may now carry two typos). So all the words
 * are also held as one string, where the browser's own substring search finds every
 * word that starts with or holds the query word in one pass, and the typo check walks
 * the sorted words as a trie (`markTypos`).
 */

export type MatchKind = 'exact' | 'prefix' | 'typo' | 'infix';

/** Shortest query word looked for inside other words (`rales` in `Morales`). */
export const minInfixLength = 4;

/** Between the words of the joined vocabulary: never part of a word (`wordPattern`). */
const separator = '\n';

/** `containing`'s codes for how a word holds the term; 0 where it does not. */
const exactCode = 1;
const prefixCode = 2;
const infixCode = 3;
const typoCode = 4;
const foundKinds: readonly (MatchKind | undefined)[] = [undefined, 'exact', 'prefix', 'infix', 'typo'];

export interface WordMatches {
  /** Indices of the matching words, in vocabulary order. */
  words: number[];
  kinds: Map<string, MatchKind>;
}

// Two rows reused by every call: the vocabulary scan calls this for thousands of words.
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

/** Edit distance between `term` and the closest prefix of `word`, or `limit + 1` beyond `limit`. */
export function prefixDistance(term: string, word: string, limit: number): number {
  const m = term.length;
  const n = Math.min(word.length, m + limit);
  if (m === 0) return 0;
  if (rowA.length <= n) {
    rowA = new Int32Array(n * 2 + 1);
    rowB = new Int32Array(n * 2 + 1);
  }
  let previous = rowA;
  let current = rowB;
  for (let j = 0; j <= n; j++) previous[j] = j;
  for (let i = 1; i <= m; i++) {
    current[0] = i;
    let rowMin = i;
    const c = term.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const substitute = (previous[j - 1] as number) + (c === word.charCodeAt(j - 1) ? 0 : 1);
      const remove = (previous[j] as number) + 1;
      const insert = (current[j - 1] as number) + 1;
      const value = substitute < remove ? Math.min(substitute, insert) : Math.min(remove, insert);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    const swap = previous;
    previous = current;
    current = swap;
  }
  let best = limit + 1;
  for (let j = 0; j <= n; j++) if ((previous[j] as number) < best) best = previous[j] as number;
  return best;
}

export class Vocabulary {
  readonly words: readonly string[];
  /** Every word, each after a separator, and one separator at the end. */
  private readonly joined: string;
  /** Where each word starts in `joined`. */
  private readonly starts: Uint32Array;

  /** `words` sorted, without repeats. */
  constructor(words: readonly string[]) {
    this.words = words;
    this.starts = new Uint32Array(words.length);
    let at = 0;
    words.forEach((word, i) => {
      this.starts[i] = at + 1;
      at += word.length + 1;
    });
    this.joined = `${separator}${words.join(separator)}${separator}`;
  }

  /**
   * The words `term` matches with up to `typos` typos. `among`, the words a shorter form of
   * the term matched, bounds the check when given (every word the longer form matches, the
   * shorter one matched too). Without it, a term shorter than `minInfixLength` is checked
   * against the words starting with it only.
   */
  match(term: string, typos: number, among?: readonly number[]): WordMatches {
    const words: number[] = [];
    const kinds = new Map<string, MatchKind>();
    const add = (i: number, kind: MatchKind) => {
      words.push(i);
      kinds.set(this.words[i] as string, kind);
    };
    if (among) {
      for (const i of among) {
        const kind = this.kindOf(term, i, typos);
        if (kind) add(i, kind);
      }
    } else if (term.length < minInfixLength) {
      for (let i = this.firstFrom(term); i < this.words.length && this.wordAt(i).startsWith(term); i++) {
        const kind = this.kindOf(term, i, typos);
        if (kind) add(i, kind);
      }
    } else if (term.includes(separator)) {
      for (let i = 0; i < this.words.length; i++) {
        const kind = this.kindOf(term, i, typos);
        if (kind) add(i, kind);
      }
    } else {
      const found = this.containing(term);
      if (typos > 0) this.markTypos(term, typos, found);
      for (let i = 0; i < this.words.length; i++) {
        const code = found[i] as number;
        if (code !== 0) add(i, foundKinds[code] as MatchKind);
      }
    }
    return { words, kinds };
  }

  private wordAt(i: number): string {
    return this.words[i] as string;
  }

  /** How word `i` matches `term`, checked the plain way. */
  private kindOf(term: string, i: number, typos: number): MatchKind | undefined {
    const word = this.wordAt(i);
    if (word === term) return 'exact';
    if (word.startsWith(term)) return 'prefix';
    if (term.length >= minInfixLength && word.includes(term)) return 'infix';
    return typos > 0 ? this.typoOf(term, word, typos) : undefined;
  }

  private typoOf(term: string, word: string, typos: number): MatchKind | undefined {
    return word.length + typos >= term.length && prefixDistance(term, word, typos) <= typos
      ? 'typo'
      : undefined;
  }

  /**
   * How each word holds `term` (at least `minInfixLength` letters, no separator), by one
   * substring search over the joined words: each word is found at its first occurrence,
   * which is at its start when it starts with the term.
   */
  private containing(term: string): Uint8Array {
    const found = new Uint8Array(this.words.length);
    let at = this.joined.indexOf(term, 1);
    while (at !== -1) {
      const i = this.holding(at);
      const start = this.starts[i] as number;
      const word = this.wordAt(i);
      found[i] = at !== start ? infixCode : word.length === term.length ? exactCode : prefixCode;
      at = this.joined.indexOf(term, start + word.length + 1);
    }
    return found;
  }

  /**
   * Marks in `found` the words not found yet whose closest prefix is within `typos` edits
   * of `term` (`prefixDistance`), walking the sorted words as a trie: the edit-distance
   * table has one column per letter of the word, and a column depends only on the letters
   * before it, so a word reuses the columns of the letters it shares with the word before
   * it. Once a column is past `typos` everywhere, no longer word of that prefix can come
   * within it (a column's smallest value never falls), and those words are skipped.
   */
  private markTypos(term: string, typos: number, found: Uint8Array): void {
    const m = term.length;
    const height = m + 1;
    // No word letter past this one can bring the distance back within `typos`.
    const deepest = m + typos;
    const columns = new Int32Array((deepest + 1) * height);
    for (let i = 0; i <= m; i++) columns[i] = i;
    /** Per column: the distance from the whole term to the closest word prefix so far. */
    const closest = new Int32Array(deepest + 1);
    closest[0] = m;
    let path = '';
    let depth = 0;
    let dead = '';
    for (let w = 0; w < this.words.length; w++) {
      if (found[w] !== 0) continue;
      const word = this.wordAt(w);
      if (dead !== '' && word.startsWith(dead)) continue;
      dead = '';
      const last = Math.min(word.length, deepest);
      let j = 0;
      const shared = Math.min(depth, last);
      while (j < shared && path.charCodeAt(j) === word.charCodeAt(j)) j++;
      let within = (closest[j] as number) <= typos;
      while (!within && j < last) {
        const letter = word.charCodeAt(j);
        const from = j * height;
        const to = from + height;
        columns[to] = j + 1;
        let lowest = j + 1;
        for (let i = 1; i <= m; i++) {
          const substitute = (columns[from + i - 1] as number) + (term.charCodeAt(i - 1) === letter ? 0 : 1);
          const skipLetter = (columns[from + i] as number) + 1;
          const skipTerm = (columns[to + i - 1] as number) + 1;
          const value =
            substitute < skipLetter ? Math.min(substitute, skipTerm) : Math.min(skipLetter, skipTerm);
          columns[to + i] = value;
          if (value < lowest) lowest = value;
        }
        j++;
        closest[j] = Math.min(closest[j - 1] as number, columns[to + m] as number);
        within = (closest[j] as number) <= typos;
        if (!within && lowest > typos) {
          dead = word.slice(0, j);
          break;
        }
      }
      path = word;
      depth = j;
      if (within) found[w] = typoCode;
    }
  }

  /** The word holding position `at` of the joined words. */
  private holding(at: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if ((this.starts[middle] as number) <= at) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  /** The first word not before `term` in sorted order. */
  private firstFrom(term: string): number {
    let low = 0;
    let high = this.words.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.wordAt(middle) < term) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
