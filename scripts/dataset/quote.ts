/**
 * What "verbatim" means when a quote is checked against its source's archived text:
 * runs of whitespace count as one space, and typographic quotes and apostrophes
 * (‘ ’ “ ” « ») as their ASCII forms. Nothing else is forgiven: not case, not
 * diacritics, not dashes, not an ellipsis standing for cut words.
 */
export function normaliseForQuote(text: string): string {
  return text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d\u00ab\u00bb]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether `quote` appears in `archived` once both are normalised. */
export function appearsVerbatim(quote: string, normalisedArchive: string): boolean {
  const needle = normaliseForQuote(quote);
  return needle !== '' && normalisedArchive.includes(needle);
}
