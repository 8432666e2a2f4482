/**
 * "Kevin Morales" is not Evo Morales. A person's bare surname or given name (a weak alias
 * of a person entity; the matcher asks only for those) directly after a capitalised word that is neither a title nor a function word is taken to be someone
 * else's full name, as a reader would take it, and is not linked. Titles ("President
 * Morales", "Comandante Russo") and sentence openers ("But Morales said") still link.
 *
 * Pure: it reads the text before a candidate, nothing else.
 */

/** Titles and roles (English and Spanish): "President Morales" is still Evo Morales. */
const titles = `
  president presidente presidenta former ex expresidente expresidenta mr mrs ms dr sr sra srta don
  dona senor senora general gen commander comandante minister ministro ministra deputy diputado
  diputada senator senador senadora governor gobernador gobernadora mayor alcalde alcaldesa vice
  vicepresident vicepresidente vicepresidenta leader lider chief jefe jefa colonel coronel captain
  capitan judge juez jueza prosecutor fiscal candidate candidato candidata comrade companero
  companera hermano hermana tata mallku apu interim acting self-proclaimed autoproclamada
  autoproclamado lic ing prof professor profesor profesora rector spokesman spokeswoman vocero
  vocera evista arcista
`;

/** Sentence openers and other function words: "But Morales said". */
const functionWords = `
  the a an and but or so yet when while after before since as if then now today yesterday there
  here why how what who whom whose that this these those for with without by from to of in on at
  under against about says said el la los las lo un una y e pero o u que cuando mientras despues
  antes desde como si hoy ayer ahora segun para con sin por de del en a al ante contra sobre tras
  dice dijo afirmo also tambien only solo even incluso both ambos neither ni later earlier
  meanwhile however still instead tomorrow afterwards thus therefore indeed nevertheless
  nonetheless again once soon finally eventually perhaps maybe apparently clearly recently
  previously initially officially luego entonces ademas aun todavia finalmente manana pronto
  entretanto asi ya nunca siempre quiza quizas aparentemente claramente recientemente
  anteriormente inicialmente oficialmente where donde which cual NFD
`;

/** Capitalised words that may stand before a surname without being a given name (folded). */
const notGivenNames = new Set(
  `${titles} ${functionWords}`
    .trim()
    .split(/\s+/)
    .map((word) => word.normalize('NFD').replace(/\p{M}/gu, '')),
);

const wordChar = /[\p{L}\p{M}'’.-]/u;
const isSpace = (code: number) => code === 0x20 || code === 0xa0;

/** True when `text[start…]` (a bare surname) follows what reads as someone's given name. */
export function followsOtherGivenName(text: string, start: number): boolean {
  // Scanned by hand, cheap exits first: this runs for every bare surname on a page.
  if (!isSpace(text.charCodeAt(start - 1))) return false;
  let end = start - 1;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  let begin = end;
  while (begin > 0 && end - begin < 40 && wordChar.test(text.charAt(begin - 1))) begin--;
  const raw = text.slice(begin, end);
  // A word ending in a full stop ends a sentence (or is an abbreviated title: "Gen.").
  if (raw === '' || raw.endsWith('.')) return false;
  // A possessive is not a given name: "Bolivia’s Morales says…" (a wire headline).
  if (/['’]s$/i.test(raw)) return false;
  const word = raw.replace(/[’'-]+$/, '');
  const first = word.charAt(0);
  if (first === first.toLowerCase() || word.length < 2) return false;
  // All capitals (a headline, an acronym) says nothing about names.
  if (word === word.toUpperCase()) return false;
  const key = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().split('-')[0] as string;
  return !notGivenNames.has(key);
}
