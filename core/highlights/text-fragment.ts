/**
 * Links that open a page scrolled to a saved passage: URL text fragments
 * (`#:~:text=prefix-,start,end,-suffix`, https://wicg.github.io/scroll-to-text-fragment/).
 * The Markdown export and the library's "Open" button share this builder.
 *
 * Browsers match a text directive on word boundaries and across collapsed whitespace, so
 * the stored 32-character context is cut back to whole words and its whitespace folded.
 */
import { contextLength } from '../anchoring/limits.ts';
import type { TextQuoteSelector } from '../anchoring/selectors.ts';

/** Above this many characters the quote is sent as `start,end` rather than in full. */
const longQuoteLength = 300;
/** How many words of a long quote's beginning and end identify it. */
const wordsAtEachEnd = 5;
/** Context shorter than this is too weak to help and only risks a failed match. */
const minContextLength = 3;

/** The page address with a text fragment that scrolls to and highlights the passage. */
export function textFragmentUrl(address: string, quote: Omit<TextQuoteSelector, 'type'>): string {
  const base = address.split('#')[0] ?? address;
  const directive = textDirective(quote);
  return directive ? `${base}#:~:text=${directive}` : base;
}

/** The `text=` value alone, already percent-encoded; empty when the quote has no text. */
export function textDirective(quote: Omit<TextQuoteSelector, 'type'>): string {
  const exact = foldWhitespace(quote.exact).trim();
  if (exact === '') return '';
  const parts: string[] = [];
  // Context shorter than the stored length reaches the text's edge, so its outer word is whole.
  const prefix = wholeWordsAtEnd(foldWhitespace(quote.prefix), quote.prefix.length < contextLength);
  if (prefix.length >= minContextLength) parts.push(`${encodeTextDirectivePart(prefix)}-`);
  const words = exact.split(' ');
  if (exact.length > longQuoteLength && words.length > wordsAtEachEnd * 2) {
    parts.push(encodeTextDirectivePart(words.slice(0, wordsAtEachEnd).join(' ')));
    parts.push(encodeTextDirectivePart(words.slice(-wordsAtEachEnd).join(' ')));
  } else {
    parts.push(encodeTextDirectivePart(exact));
  }
  const suffix = wholeWordsAtStart(foldWhitespace(quote.suffix), quote.suffix.length < contextLength);
  if (suffix.length >= minContextLength) parts.push(`-${encodeTextDirectivePart(suffix)}`);
  return parts.join(',');
}

/**
 * Percent-encodes one part of a text directive. Beyond `encodeURIComponent`, the
 * directive's own syntax characters `-`, `,` and `&` must be escaped (spec §3.3.1), and
 * `( ) * ! ' ~` are too, so the link survives inside Markdown and other markup unchanged.
 */
export function encodeTextDirectivePart(text: string): string {
  return encodeURIComponent(text).replace(
    /[-,&()*!'~]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

function foldWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** The prefix from its first whole word: the directive's prefix must start a word. */
function wholeWordsAtEnd(prefix: string, startsWhole: boolean): string {
  const trimmed = prefix.trimEnd();
  if (startsWhole || prefix.startsWith(' ')) return trimmed.trim();
  const firstSpace = trimmed.indexOf(' ');
  return firstSpace === -1 ? '' : trimmed.slice(firstSpace + 1).trim();
}

/** The suffix up to its last whole word: the directive's suffix must end a word. */
function wholeWordsAtStart(suffix: string, endsWhole: boolean): string {
  const trimmed = suffix.trimStart();
  if (endsWhole || suffix.endsWith(' ')) return trimmed.trim();
  const lastSpace = trimmed.lastIndexOf(' ');
  return lastSpace === -1 ? '' : trimmed.slice(0, lastSpace).trim();
}
