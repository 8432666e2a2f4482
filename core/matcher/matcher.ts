/**
 * The runtime matcher: finds alias candidates in a string, leftmost-longest, without
 * overlaps, at Unicode word boundaries, with offsets into the original string.
 *
 * Design: a trie over folded UTF-16 code units, entered only where a match may start (a
 * word start, or a non-word character some alias begins with), walked as far as the text
 * follows it, keeping the longest end that sits on a word boundary. Each word start costs
 * one table lookup, and most walks stop after a character or two, so the cost grows with
 * the text, barely with the number of aliases. A single compiled RegExp (one alternation
 * of every folded alias, boundaries as look-arounds) was measured against it in
 * `scripts/bench-matcher.ts`: the trie is faster with the real dataset and far faster with
 * 10,000 aliases, and the RegExp cannot express leftmost-longest with exclusions and
 * case-sensitive checks without a second pass, so the trie is kept.
 *
 * It never decides whether a weak (needsContext) candidate links: that needs the whole
 * page, see `resolve.ts`.
 */
import { exactKey, foldText, isWordAt, isWordBefore } from '../text/fold.ts';
import { ALIAS_CASE_SENSITIVE, ALIAS_WEAK, type CompiledMatcher } from './compile.ts';

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
}

export interface Matcher {
  findCandidates(text: string): Candidate[];
}

interface RuntimeVariant {
  aliasId: string;
  entityIds: readonly string[];
  weak: boolean;
  /** Present for case-sensitive aliases: the original slice must have exactly this key. */
  exact: string | undefined;
}

interface Terminal {
  /** Case-sensitive variants first: the more specific reading wins when both fit. */
  variants: RuntimeVariant[];
  blocker: boolean;
  /** Whether the key ends in a word character, so the text must not continue with one. */
  endsInWord: boolean;
}

// Children of node n for code unit c live at key n * STRIDE + c (exact below 2^53).
const STRIDE = 0x10000;

export function createMatcher(compiled: CompiledMatcher): Matcher {
  const rootNext = new Int32Array(STRIDE);
  const next = new Map<number, number>();
  const terminals = new Map<number, Terminal>();
  let nodeCount = 1;

  const insert = (key: string): Terminal => {
    let node = 0;
    for (let k = 0; k < key.length; k++) {
      const code = key.charCodeAt(k);
      let child = node === 0 ? rootNext[code] || undefined : next.get(node * STRIDE + code);
      if (child === undefined) {
        child = nodeCount++;
        if (node === 0) rootNext[code] = child;
        else next.set(node * STRIDE + code, child);
      }
      node = child;
    }
    let terminal = terminals.get(node);
    if (terminal === undefined) {
      terminal = { variants: [], blocker: false, endsInWord: isWordBefore(key, key.length) };
      terminals.set(node, terminal);
    }
    return terminal;
  };

  const entityIds = compiled.entityIds;
  for (const [key, aliasId, indexes, flags, exact] of compiled.aliases) {
    insert(key).variants.push({
      aliasId,
      entityIds: Object.freeze(indexes.map((index) => entityIds[index] ?? '')),
      weak: (flags & ALIAS_WEAK) !== 0,
      exact: (flags & ALIAS_CASE_SENSITIVE) !== 0 ? exact : undefined,
    });
  }
  for (const key of compiled.blockers) insert(key).blocker = true;

  const findCandidates = (text: string): Candidate[] => {
    const { folded, toOriginal } = foldText(text);
    const n = folded.length;
    const found: Candidate[] = [];
    let prevWord = false;
    let i = 0;
    while (i < n) {
      const c = folded.charCodeAt(i);
      const isWord = isWordAt(folded, i);
      const first = rootNext[c] ?? 0;
      if (first !== 0 && !(isWord && prevWord)) {
        let bestEnd = -1;
        let best: RuntimeVariant | undefined;
        let blockEnd = -1;
        let node = first;
        let j = i + 1;
        for (;;) {
          const terminal = terminals.get(node);
          if (terminal !== undefined && !(terminal.endsInWord && isWordAt(folded, j))) {
            const variant = pickVariant(terminal, text, toOriginal, i, j);
            if (variant !== undefined) {
              best = variant;
              bestEnd = j;
            }
            if (terminal.blocker) blockEnd = j;
          }
          if (j >= n) break;
          const child = next.get(node * STRIDE + folded.charCodeAt(j));
          if (child === undefined) break;
          node = child;
          j++;
        }
        if (best !== undefined) {
          const start = toOriginal[i] ?? 0;
          const end = toOriginal[bestEnd] ?? text.length;
          found.push({ start, end, entityIds: best.entityIds, aliasId: best.aliasId, weak: best.weak });
        }
        // An exclusion longer than the best alias swallows its whole span (`Esther Morales Ayma`).
        const resume = Math.max(bestEnd, blockEnd);
        if (resume > i) {
          i = resume;
          prevWord = isWordBefore(folded, i);
          continue;
        }
      }
      prevWord = isWord;
      i++;
    }
    return found;
  };

  return { findCandidates };
}

function pickVariant(
  terminal: Terminal,
  text: string,
  toOriginal: Uint32Array,
  start: number,
  end: number,
): RuntimeVariant | undefined {
  let exactSlice: string | undefined;
  for (const variant of terminal.variants) {
    if (variant.exact === undefined) return variant;
    exactSlice ??= exactKey(text.slice(toOriginal[start], toOriginal[end]));
    if (exactSlice === variant.exact) return variant;
  }
  return undefined;
}
