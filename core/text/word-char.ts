/**
 * Unicode-aware word characters for match boundaries: letters, marks and digits of any
 * script. JS `\b` only knows ASCII, so `Áñez` would split at `Á` and `Evo` would match
 * inside `Evoluciones` only if we trusted it.
 */

const WORD_RE = /[\p{L}\p{M}\p{N}]/u;

// 0 = not computed yet, 1 = word, 2 = not a word: the regex is too slow to run per character.
const bmpCache = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) {
  const word = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  bmpCache[c] = word ? 1 : 2;
}

/** Whether a code point is a letter, a combining mark or a digit, in any script. */
export function isWordCodePoint(codePoint: number): boolean {
  if (codePoint < 0x10000) {
    const cached = bmpCache[codePoint];
    if (cached === 1) return true;
    if (cached === 2) return false;
    // Lone surrogates are never word characters.
    const word =
      codePoint < 0xd800 || codePoint > 0xdfff ? WORD_RE.test(String.fromCharCode(codePoint)) : false;
    bmpCache[codePoint] = word ? 1 : 2;
    return word;
  }
  return WORD_RE.test(String.fromCodePoint(codePoint));
}

/** Whether the first code point of `ch` is a word character. */
export function isWordChar(ch: string): boolean {
  const cp = ch.codePointAt(0);
  return cp !== undefined && isWordCodePoint(cp);
}

/** Whether the code point starting at `index` (a high surrogate pairs with the next unit) is a word character. */
export function isWordAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const cp = text.codePointAt(index);
  return cp !== undefined && isWordCodePoint(cp);
}

/** Whether the code point ending just before `index` is a word character. */
export function isWordBefore(text: string, index: number): boolean {
  if (index <= 0 || index > text.length) return false;
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff)
      return isWordCodePoint(((high - 0xd800) << 10) + (low - 0xdc00) + 0x10000);
  }
  return isWordCodePoint(low);
}
