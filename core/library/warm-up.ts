/**
 * What the search worker types to itself once its first index is built, before anyone
 * types: the engine's code is compiled on first use, and a cold engine took 5–35 ms a
 * keystroke for the first query, where a warm one takes 1–3 (node, 10,000 highlights).
 * The queries come from the library's own words, letter by letter, then two words with a
 * typo in the second, so the paths a real query takes (a one-letter listing, word
 * candidates, narrowing as a word grows, Fuse's fuzzy scoring) are the ones warmed.
 */
import { type SearchDocument, wordPattern } from './search-text.ts';

/** Words of at least this length have room for a typo in the middle. */
const minimumLength = 6;

/** Every prefix of each warm-up query, in typing order; none for a library without long words. */
export function warmUpKeystrokes(documents: readonly SearchDocument[]): string[] {
  const words: string[] = [];
  // Three documents spread over the library, the longest word of each quote.
  for (let part = 0; part < 3 && documents.length > 0; part++) {
    const quote = documents[Math.floor((part * documents.length) / 3)]?.quote ?? '';
    let longest = '';
    for (const [word] of quote.matchAll(wordPattern)) if (word.length > longest.length) longest = word;
    if (longest.length >= minimumLength) words.push(longest.toLowerCase());
  }
  const [first, second, third] = words;
  const queries: string[] = [];
  if (first) queries.push(first);
  if (second && third) queries.push(`${second} ${withTypo(third)}`);
  return queries.flatMap((query) => Array.from({ length: query.length }, (_, i) => query.slice(0, i + 1)));
}

/** Two letters in the middle swapped: `confrontation` → `confrnotation`. */
function withTypo(word: string): string {
  const at = Math.floor(word.length / 2) - 1;
  return word.slice(0, at) + word.charAt(at + 1) + word.charAt(at) + word.slice(at + 2);
}
