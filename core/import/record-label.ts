/** How the import report names a record: the start of its quote, else its id, else its place. */
const maxLabelLength = 60;

export function recordLabel(index: number, quote: string | undefined, id: string | undefined): string {
  const place = `#${index + 1}`;
  const words = quote?.replace(/\s+/g, ' ').trim();
  if (words) {
    const short = words.length > maxLabelLength ? `${words.slice(0, maxLabelLength - 1)}…` : words;
    return `${place} “${short}”`;
  }
  return id ? `${place} (${id.slice(0, maxLabelLength)})` : place;
}
