/**
 * The runtime matcher: finds alias candidates in a string, leftmost-longest, without
 * overlaps, at Unicode word boundaries, with offsets into the original string.
 *
 * Design: a trie over folded UTF-16 code units, entered only where a match may start (a
 * word start, or a non-word character some alias begins with), walked as far as the text
 * follows it, keeping the longest end that sits on a word boundary. Each word start costs
 * one table lookup, and most walks stop after a character or two, so the cost grows with
 * the text, barely with the number of aliases. A single compiled RegExp (one alternation
 * of every folded key, boundaries as look-arounds, over the same folded text) was measured
 * against it in `scripts/bench-matcher.ts` on a 2.1 MB corpus: the trie ran at about 41 MB/s
 * with the real dataset (200 aliases) and 33 MB/s with 10,000 aliases, the RegExp at 21 and
 * 5 MB/s (its cost grows with the number of alternatives). The RegExp also
 * cannot do leftmost-longest with exclusions and case-sensitive checks without a second
 * pass. So: the trie. Building it from the bundled JSON takes about 1 ms for the real
 * dataset and 35 ms for 10,000 aliases.
 *
 * It never decides whether a weak (needsContext) candidate links: that needs the whole
 * page, see `resolve.ts`. It does drop a person's weak candidate that reads as someone
 * else's surname (`Kevin Morales`), see `other-person.ts`; other kinds' weak aliases never.
 */
import { exactKey, foldCodes, isWordBefore, isWordCodePoint } from '../text/fold.ts';
import {
  ALIAS_CASE_SENSITIVE,
  ALIAS_ORGANISATION,
  ALIAS_PERSON_NAME,
  ALIAS_WEAK,
  type CompiledMatcher,
} from './compile.ts';
import { followsOtherGivenName } from './other-person.ts';
import { createPrefilter } from './prefilter.ts';

export interface Candidate {
  /** Offsets into the original string: `text.slice(start, end)` is what the page says. */
  start: number;
  end: number;
  /** One entity, or several when they share a needsContext alias (`Arce`). */
  entityIds: readonly string[];
  /** The alias's text exactly as written in the entity file. */
  aliasId: string;
  /** The alias needs page evidence (needsContext) before it links. */
  weak: boolean;
  /** Every entity it names is an organisation, which says less about the page's country. */
  organisation: boolean;
}

/** The candidates of one stretch of a text, and where the scan goes on from. */
export interface CandidateChunk {
  candidates: Candidate[];
  /** Pass as `from` to continue; `text.length` when the text is done. */
  next: number;
}

export interface Matcher {
  findCandidates(text: string): Candidate[];
  /**
   * The candidates that start in `[from, to)`, exactly as `findCandidates(text)` would report
   * them there, folding only that stretch and a margin around it: a 10 MB text node is matched
   * in pieces a time slice can hold. `from` must be 0 or a previous call's `next`; a candidate
   * may run past `to`, and `next` is then its end.
   */
  findCandidatesIn(text: string, from: number, to: number): CandidateChunk;
  /**
   * False only if no candidate could be found in any stretch of `text` (see prefilter.ts):
   * a run of paragraphs whose joined text is ruled out need not be matched one by one.
   */
  mayMatchWithin(text: string): boolean;
}

/** Original characters read before `from`: the word boundary and the fold's digit rule look back. */
const LOOK_BEHIND = 16;
/** Folded units at a window's edges whose folding may depend on text outside it. */
const EDGE = 5;

interface RuntimeVariant {
  /** The folded key: what an exclusion names when it blocks this alias. */
  key: string;
  aliasId: string;
  entityIds: readonly string[];
  weak: boolean;
  organisation: boolean;
  /** A person's bare name: dropped after another given name (`Kevin Morales`). */
  personName: boolean;
  /** Present for case-sensitive aliases: the original slice must have exactly this key. */
  exact: string | undefined;
}

interface Terminal {
  /** Case-sensitive variants first: the more specific reading wins when both fit. */
  variants: RuntimeVariant[];
  /** Set when an exclusion ends here: the keys of the aliases it was listed for. */
  blocks: ReadonlySet<string> | undefined;
  /** Whether the key ends in a word character, so the text must not continue with one. */
  endsInWord: boolean;
}

// Module-local copies: some loaders (tsx) turn every call to an imported binding into a
// getter call, which costs a third of the scan when it happens per character.
const isWordCp = isWordCodePoint;
const ASCII_WORD = new Uint8Array(128).map((_, c) => (isWordCodePoint(c) ? 1 : 0));
const fold = foldCodes;

const ROOT_TABLE_SIZE = 0x10000;
// Below this many children a linear scan beats a binary search.
const LINEAR_CHILDREN = 8;

export function createMatcher(compiled: CompiledMatcher): Matcher {
  // Keys are inserted in code-unit order, so each node's children are created already
  // sorted and can be chained as siblings in typed arrays: no Map per node, which made
  // building 10,000 aliases several times slower. The chains are then flattened: the root's
  // children into a dense table (read at every word start), every other node's children
  // into one sorted slice of two shared arrays.
  interface Entry {
    key: string;
    variant: RuntimeVariant | undefined;
    /** For an exclusion: the keys of the aliases it blocks. */
    blocks?: readonly string[];
  }
  const entityIds = compiled.entityIds;
  const entries: Entry[] = [];
  for (const [key, aliasId, indexes, flags, exact] of compiled.aliases) {
    const variant: RuntimeVariant = {
      key,
      aliasId,
      entityIds: Object.freeze(indexes.map((index) => entityIds[index] ?? '')),
      weak: (flags & ALIAS_WEAK) !== 0,
      personName: (flags & ALIAS_PERSON_NAME) !== 0,
      organisation: (flags & ALIAS_ORGANISATION) !== 0,
      exact: (flags & ALIAS_CASE_SENSITIVE) !== 0 ? exact : undefined,
    };
    entries.push({ key, variant });
  }
  for (const [key, blocks] of compiled.blockers) entries.push({ key, variant: undefined, blocks });
  // Stable: case-sensitive variants keep their place before insensitive ones of the same key.
  entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

  let capacity = 1;
  for (const entry of entries) capacity += entry.key.length;
  const edgeCode = new Uint16Array(capacity);
  const firstChild = new Int32Array(capacity);
  const lastChild = new Int32Array(capacity);
  const nextSibling = new Int32Array(capacity);
  const terminals: (Terminal | undefined)[] = new Array(capacity).fill(undefined);
  const path = [0];
  let nodeCount = 1;
  let previous = '';
  for (const { key, variant, blocks } of entries) {
    if (key === '') continue;
    let common = 0;
    const limit = Math.min(key.length, previous.length);
    while (common < limit && key.charCodeAt(common) === previous.charCodeAt(common)) common++;
    let node = path[common] as number;
    for (let d = common; d < key.length; d++) {
      const child = nodeCount++;
      edgeCode[child] = key.charCodeAt(d);
      if (firstChild[node] === 0) firstChild[node] = child;
      else nextSibling[lastChild[node] as number] = child;
      lastChild[node] = child;
      node = child;
      path[d + 1] = node;
    }
    path.length = key.length + 1;
    previous = key;
    let terminal = terminals[node];
    if (terminal === undefined) {
      terminal = { variants: [], blocks: undefined, endsInWord: isWordBefore(key, key.length) };
      terminals[node] = terminal;
    }
    if (variant === undefined) terminal.blocks = new Set([...(terminal.blocks ?? []), ...(blocks ?? [])]);
    else terminal.variants.push(variant);
  }

  const rootNext = new Int32Array(ROOT_TABLE_SIZE);
  for (let child = firstChild[0] as number; child !== 0; child = nextSibling[child] as number) {
    rootNext[edgeCode[child] as number] = child;
  }
  const childStart = new Int32Array(nodeCount + 1);
  const childCodes = new Uint16Array(nodeCount);
  const childTargets = new Int32Array(nodeCount);
  let at = 0;
  for (let node = 0; node < nodeCount; node++) {
    childStart[node] = at;
    if (node === 0) continue;
    for (let child = firstChild[node] as number; child !== 0; child = nextSibling[child] as number) {
      childCodes[at] = edgeCode[child] as number;
      childTargets[at++] = child;
    }
  }
  childStart[nodeCount] = at;
  terminals.length = nodeCount;

  /** The child of `node` (not the root) along `code`, or 0 when there is none. */
  const step = (node: number, code: number): number => {
    let lo = childStart[node] as number;
    let hi = childStart[node + 1] as number;
    if (hi - lo <= LINEAR_CHILDREN) {
      for (; lo < hi; lo++) if (childCodes[lo] === code) return childTargets[lo] as number;
      return 0;
    }
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const at = childCodes[mid] as number;
      if (at === code) return childTargets[mid] as number;
      if (at < code) lo = mid + 1;
      else hi = mid;
    }
    return 0;
  };

  let longestKey = 0;
  for (const { key } of entries) longestKey = Math.max(longestKey, key.length);

  /**
   * Scans the folded window `[winStart, winEnd)` of `text`, starting matches only at folded
   * positions whose original offset is in `[from, to)`. Returns undefined when the window
   * is too narrow to decide exactly like a scan of the whole text (the caller widens it).
   */
  const scanWindow = (
    text: string,
    winStart: number,
    winEnd: number,
    from: number,
    to: number,
  ): CandidateChunk | undefined => {
    const whole = winStart === 0 && winEnd === text.length;
    const { codes, toOriginal } = fold(whole ? text : text.slice(winStart, winEnd));
    const n = codes.length;
    const found: Candidate[] = [];
    const local = from - winStart;
    let i = 0;
    while (i < n && (toOriginal[i] as number) < local) i++;
    if (winStart > 0) {
      // The units just before `from` must come from text folded with all its context.
      let settled = 0;
      while (settled < i && (toOriginal[settled] as number) < EDGE) settled++;
      if (i - settled < 3) return undefined;
    }
    // Folded units from here on may fold differently once the text after the window is seen.
    const truncated = winEnd < text.length;
    let safeEnd = n;
    if (truncated) {
      safeEnd = 0;
      const edge = winEnd - winStart - EDGE;
      while (safeEnd < n && (toOriginal[safeEnd] as number) < edge) safeEnd++;
    }
    const localTo = to - winStart;
    let prevWord = wordBefore(codes, i);
    while (i < n && (toOriginal[i] as number) < localTo) {
      if (truncated && i + 2 > safeEnd) return undefined;
      const c = codes[i] as number;
      const isWord = wordAt(codes, i, n);
      const first = rootNext[c] as number;
      if (first !== 0 && !(isWord && prevWord)) {
        let bestEnd = -1;
        let best: RuntimeVariant | undefined;
        let blockEnd = -1;
        // The exclusions that start here: where each ends, and the aliases it blocks (rarely
        // any, so no array is made for most walks).
        let exclusions: { end: number; keys: ReadonlySet<string> }[] | undefined;
        let node = first;
        let j = i + 1;
        for (;;) {
          if (truncated && j + 2 > safeEnd) return undefined;
          const terminal = terminals[node];
          if (terminal !== undefined && !(terminal.endsInWord && wordAt(codes, j, n))) {
            const variant = pickVariant(terminal, text, toOriginal, winStart, i, j);
            if (variant !== undefined) {
              best = variant;
              bestEnd = j;
            }
            if (terminal.blocks !== undefined) {
              blockEnd = j;
              if (exclusions === undefined) exclusions = [];
              exclusions.push({ end: j, keys: terminal.blocks });
            }
          }
          if (j >= n) break;
          const child = step(node, codes[j] as number);
          if (child === 0) break;
          node = child;
          j++;
        }
        // An exclusion that starts where its alias starts and runs past it (`Tropic of
        // Capricorn` for `Tropic`) blocks that alias, not another entity's (`Esther`). One
        // that starts earlier was walked first and skipped over the alias below.
        const alias = best;
        if (
          alias !== undefined &&
          exclusions?.some(({ end, keys }) => end > bestEnd && keys.has(alias.key))
        ) {
          best = undefined;
        }
        if (best !== undefined) {
          const start = winStart + (toOriginal[i] as number);
          const end = winStart + (toOriginal[bestEnd] as number);
          // "Kevin Morales": a bare surname after another given name is someone else.
          if (!(best.personName && followsOtherGivenName(text, start))) {
            const { entityIds, aliasId, weak, organisation } = best;
            found.push({ start, end, entityIds, aliasId, weak, organisation });
          }
        }
        // An exclusion longer than the best alias swallows its whole span (`Esther Morales Ayma`).
        const resume = Math.max(bestEnd, blockEnd);
        if (resume > i) {
          i = resume;
          prevWord = wordBefore(codes, i);
          continue;
        }
      }
      prevWord = isWord;
      // Step over a whole surrogate pair: its low half alone would read as a non-word.
      i += c >= 0xd800 && c <= 0xdbff && ((codes[i + 1] ?? 0) & 0xfc00) === 0xdc00 ? 2 : 1;
    }
    return { candidates: found, next: winStart + (toOriginal[i] as number) };
  };

  const findCandidatesIn = (text: string, from: number, to: number): CandidateChunk => {
    const end = Math.min(to, text.length);
    if (from >= end) return { candidates: [], next: Math.max(from, end) };
    // A key's folded units are at least as many as its original characters, save for
    // dropped ones (soft hyphens, zero-width spaces): past them the window is widened.
    let behind = LOOK_BEHIND;
    let ahead = longestKey + 4 * EDGE;
    for (;;) {
      const winStart = Math.max(0, from - behind);
      const winEnd = Math.min(text.length, end + ahead);
      const chunk = scanWindow(text, winStart, winEnd, from, end);
      if (chunk) return chunk;
      behind *= 4;
      ahead *= 4;
    }
  };

  const findCandidates = (text: string): Candidate[] => findCandidatesIn(text, 0, text.length).candidates;

  // Exclusions only take candidates away, so the aliases' keys are enough.
  const mayMatchWithin = createPrefilter(compiled.aliases.map(([key]) => key));
  return { findCandidates, findCandidatesIn, mayMatchWithin };
}

function pickVariant(
  terminal: Terminal,
  text: string,
  toOriginal: Uint32Array,
  offset: number,
  start: number,
  end: number,
): RuntimeVariant | undefined {
  let exactSlice: string | undefined;
  for (const variant of terminal.variants) {
    if (variant.exact === undefined) return variant;
    exactSlice ??= exactKey(
      text.slice(offset + (toOriginal[start] as number), offset + (toOriginal[end] as number)),
    );
    if (exactSlice === variant.exact) return variant;
  }
  return undefined;
}

function wordAt(codes: Uint16Array, i: number, n: number): boolean {
  if (i >= n) return false;
  const c = codes[i] as number;
  if (c < 128) return ASCII_WORD[c] === 1;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
    const low = codes[i + 1] as number;
    if (low >= 0xdc00 && low <= 0xdfff) return isWordCp(((c - 0xd800) << 10) + (low - 0xdc00) + 0x10000);
  }
  return isWordCp(c);
}

function wordBefore(codes: Uint16Array, i: number): boolean {
  if (i <= 0) return false;
  const low = codes[i - 1] as number;
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = codes[i - 2] as number;
    if (high >= 0xd800 && high <= 0xdbff) return isWordCp(((high - 0xd800) << 10) + (low - 0xdc00) + 0x10000);
  }
  return isWordCp(low);
}
