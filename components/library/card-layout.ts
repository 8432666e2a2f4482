/**
 * Row heights of the library's list, known from the data alone: a card's parts have fixed
 * heights in `library.css` (the quote clamped to three lines, the note to two, tags and
 * entities to one), so the virtual list never measures a card while scrolling. Measuring
 * every card as it mounted, and laying out the rows below it again, made long tasks at
 * 10,000 highlights. Keep these numbers in step with the `--card-*` sizes in library.css.
 */
import type { Highlight } from '../../core/highlights/highlight';

/** Space between rows (the row's bottom padding). */
export const rowGap = 10;
/** A page's heading row: its title and its line of site, date and count. */
export const pageHeadHeight = 64;

/** Border and padding (18), head (30), quote (74), note (52), tags (36), actions (36). */
const cardBase = 246;
const orphanHintHeight = 44;
const entitiesHeight = 30;

export function cardHeight(highlight: Highlight): number {
  return (
    cardBase +
    (highlight.anchoring?.state === 'orphan' ? orphanHintHeight : 0) +
    (highlight.body.entityIds.length > 0 ? entitiesHeight : 0)
  );
}

/**
 * Whether a card may hide part of its text when clamped, judged from lengths (no layout
 * read): then it offers "Show more". Set low, so a narrow window still gets the button.
 */
export function mayBeClamped(highlight: Highlight): boolean {
  const quote = highlight.target.selector.quote.exact;
  const { note, tags, entityIds } = highlight.body;
  const lines = (text: string) => text.split('\n').length;
  return (
    quote.length > 140 ||
    lines(quote) > 2 ||
    note.length > 80 ||
    lines(note) > 1 ||
    tags.join(', ').length > 40 ||
    entityIds.length > 2
  );
}
