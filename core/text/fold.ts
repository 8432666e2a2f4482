/**
 * Text folding for matching: one canonical form for the page's text and for alias keys,
 * with a map from every folded index back to the original string, so that a match found
 * in folded text is reported at the reader's own characters.
 *
 * Folding: case; diacritics (NFD, combining marks dropped); typographic apostrophes and
 * quotes to ASCII; every dash to `-`; every run of Unicode spaces and line breaks to one
 * space; zero-width characters and soft hyphens dropped; digit group separators (`,` `.`
 * NBSP, thin and narrow spaces between a digit and exactly three digits) dropped, so
 * `4,078` = `4.078` = `4078`.
 *
 * It must never depend on context beyond the digit-separator rule and space runs: folding a
 * slice of a text must give the same characters as the slice of the folded text, or
 * offsets would stop slicing back to what the alias names.
 */

export { isWordAt, isWordBefore, isWordChar, isWordCodePoint } from './word-char.ts';

export interface FoldedText {
  folded: string;
  /** Folded index -> original index; length `folded.length + 1`, the last entry is `original.length`. */
  toOriginal: Uint32Array;
}

const SPACE = ' ';
const DROP = '';
const SPACE_RE = /^[\s\p{Zs}\u0085]$/u;
const DASH_RE = /^[\p{Pd}\u2212]$/u;
const MARK_RE = /\p{M}/gu;
const APOSTROPHES = '\u2018\u2019\u201a\u201b\u2032\u02bc\u00b4\uff07`';
const QUOTES = '\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\uff02';
const DROPPED = '\u00ad\u200b\u200c\u200d\u2060\ufeff';
// Letters with a stroke or ligatures have no canonical decomposition, so NFD keeps them.
const LETTERS: Record<string, string> = {
  ß: 'ss',
  ẞ: 'ss',
  ł: 'l',
  Ł: 'l',
  ø: 'o',
  Ø: 'o',
  đ: 'd',
  Đ: 'd',
  ı: 'i',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
};

/** What one code point becomes when folded; shared by both variants except for letters. */
function foldPunctuation(ch: string): string | undefined {
  if (DROPPED.includes(ch)) return DROP;
  if (SPACE_RE.test(ch)) return SPACE;
  if (APOSTROPHES.includes(ch)) return "'";
  if (QUOTES.includes(ch)) return '"';
  if (DASH_RE.test(ch)) return '-';
  return undefined;
}

function foldLetter(ch: string): string {
  const special = LETTERS[ch];
  if (special !== undefined) return special;
  const cp = ch.codePointAt(0) ?? 0;
  // Hangul syllables decompose into jamo: no diacritic to remove, only length to lose.
  if (cp >= 0xac00 && cp <= 0xd7a3) return ch;
  return ch.normalize('NFD').toLowerCase().replace(MARK_RE, '').replace('ς', 'σ');
}

type Mapper = (ch: string) => string;
const fullMapper: Mapper = (ch) => foldPunctuation(ch) ?? foldLetter(ch);
const lightMapper: Mapper = (ch) => foldPunctuation(ch) ?? ch;

function memoise(mapper: Mapper): (cp: number) => string {
  const bmp: (string | undefined)[] = [];
  const astral = new Map<number, string>();
  return (cp) => {
    if (cp < 0x10000) {
      let value = bmp[cp];
      if (value === undefined) {
        value = mapper(String.fromCharCode(cp));
        bmp[cp] = value;
      }
      return value;
    }
    let value = astral.get(cp);
    if (value === undefined) {
      value = mapper(String.fromCodePoint(cp));
      astral.set(cp, value);
    }
    return value;
  };
}

const foldFull = memoise(fullMapper);
const foldLight = memoise(lightMapper);

function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** `,` `.` NBSP, thin space or narrow NBSP between a digit and exactly three digits. */
function isDigitSeparator(text: string, i: number): boolean {
  return (
    i > 0 &&
    isAsciiDigit(text.charCodeAt(i - 1)) &&
    isAsciiDigit(text.charCodeAt(i + 1)) &&
    isAsciiDigit(text.charCodeAt(i + 2)) &&
    isAsciiDigit(text.charCodeAt(i + 3)) &&
    !isAsciiDigit(text.charCodeAt(i + 4))
  );
}

// ASCII fast path: what each code unit below 128 becomes (SPACE_CODE for whitespace).
const SPACE_CODE = 32;
const ASCII_LOWER = new Uint8Array(128);
const ASCII_KEEP = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const isSpace = c === 32 || (c >= 9 && c <= 13);
  const code = isSpace ? SPACE_CODE : c === 96 ? 39 : c;
  ASCII_KEEP[c] = code;
  ASCII_LOWER[c] = code >= 65 && code <= 90 ? code + 32 : code;
}

/** Folded UTF-16 code units, before they become a string: the matcher scans these directly. */
export interface FoldedCodes {
  codes: Uint16Array;
  /** Folded index -> original index, as in `FoldedText`; `codes.length + 1` entries. */
  toOriginal: Uint32Array;
}

// Scratch buffers for foldCodes, reused across calls: allocating two typed arrays per
// text block cost more than folding the text (9,600 blocks on a 2 MB page). foldCodes
// returns views into them, valid until its next call; the other folds allocate.
let scratchOut = new Uint16Array(1024);
let scratchMap = new Uint32Array(1025);

function fold(
  original: string,
  ascii: Uint8Array,
  mapCodePoint: (cp: number) => string,
  reuse = false,
): FoldedCodes {
  const len = original.length;
  // Locals only (no closure writes), so the loop stays in registers: it runs on whole pages.
  if (reuse && scratchOut.length < len + 16) {
    scratchOut = new Uint16Array(len * 2 + 16);
    scratchMap = new Uint32Array(len * 2 + 17);
  }
  let out = reuse ? scratchOut : new Uint16Array(len + 16);
  let map = reuse ? scratchMap : new Uint32Array(len + 17);
  let cap = out.length;
  let n = 0;
  let i = 0;
  while (i < len) {
    const c = original.charCodeAt(i);
    if (n + 4 > cap) {
      cap = cap * 2 + 4;
      const nextOut = new Uint16Array(cap);
      nextOut.set(out.subarray(0, n));
      out = nextOut;
      const nextMap = new Uint32Array(cap + 1);
      nextMap.set(map.subarray(0, n));
      map = nextMap;
    }
    if (c < 128) {
      const code = ascii[c] as number;
      if (code === SPACE_CODE) {
        if (n === 0 || out[n - 1] !== SPACE_CODE) {
          out[n] = SPACE_CODE;
          map[n++] = i;
        }
      } else if (!((c === 44 || c === 46) && isDigitSeparator(original, i))) {
        out[n] = code;
        map[n++] = i;
      }
      i++;
      continue;
    }
    let cp = c;
    let width = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < len) {
      const low = original.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = ((c - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    if ((cp === 0xa0 || cp === 0x2009 || cp === 0x202f) && isDigitSeparator(original, i)) {
      i += width;
      continue;
    }
    const mapped = mapCodePoint(cp);
    if (mapped === SPACE) {
      if (n === 0 || out[n - 1] !== SPACE_CODE) {
        out[n] = SPACE_CODE;
        map[n++] = i;
      }
    } else if (mapped.length > 0) {
      if (n + mapped.length > cap) {
        cap = cap * 2 + mapped.length;
        const nextOut = new Uint16Array(cap);
        nextOut.set(out.subarray(0, n));
        out = nextOut;
        const nextMap = new Uint32Array(cap + 1);
        nextMap.set(map.subarray(0, n));
        map = nextMap;
      }
      for (let k = 0; k < mapped.length; k++) {
        out[n] = mapped.charCodeAt(k);
        map[n++] = i;
      }
    }
    i += width;
  }
  map[n] = len;
  if (reuse) {
    scratchOut = out;
    scratchMap = map;
  }
  return { codes: out.subarray(0, n), toOriginal: map.subarray(0, n + 1) };
}

function codesToString(codes: Uint16Array): string {
  let text = '';
  const CHUNK = 8192;
  for (let start = 0; start < codes.length; start += CHUNK) {
    text += String.fromCharCode.apply(null, codes.subarray(start, start + CHUNK) as unknown as number[]);
  }
  return text;
}

/** Folds a text for matching, keeping a map from folded offsets back to original offsets. */
export function foldText(original: string): FoldedText {
  const { codes, toOriginal } = fold(original, ASCII_LOWER, foldFull);
  return { folded: codesToString(codes), toOriginal };
}

/** `foldText` without building the string, for scanning whole pages. */
export function foldCodes(original: string): FoldedCodes {
  return fold(original, ASCII_LOWER, foldFull, true);
}

/** The folded form of an alias or phrase: `foldText` without the map, outer spaces trimmed. */
export function foldKey(text: string): string {
  return foldText(text).folded.trim();
}

/**
 * Folds spacing, punctuation and digit separators but keeps letters exactly (after NFC):
 * what a case-sensitive alias (`MAS`) is compared with, so `más`, `Mas` and `MÁS` differ.
 */
export function exactKey(text: string): string {
  return codesToString(fold(text.normalize('NFC'), ASCII_KEEP, foldLight).codes).trim();
}
