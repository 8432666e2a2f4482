/**
 * Marks two mentions apart from the rest: the one under the pointer (it can be opened)
 * and the one whose popover is open (so the reader sees what the popover is about). Each
 * is its own named highlight of at most one range, drawn by `lib/highlight-styles.css`, so
 * marking never touches the page's DOM nor the (possibly huge) mentions highlight.
 * Without the Custom Highlight API there are no marks: the fallback's underline stays.
 */

export const hoverHighlightName = 'glosa-mention-hover';
export const openHighlightName = 'glosa-mention-open';

export interface MentionMarks {
  /** The mention under the pointer, or none. */
  hover(range: AbstractRange | undefined): void;
  /** The mention whose popover is open, or none. */
  open(range: AbstractRange | undefined): void;
  clear(): void;
}

export function createMentionMarks(document: Document): MentionMarks {
  const registry = document.defaultView?.CSS?.highlights;
  if (!registry || typeof Highlight !== 'function') return { hover() {}, open() {}, clear() {} };
  const mark = (name: string, priority: number) => {
    const highlight = new Highlight();
    // Above the mentions' underline (priority 0), the open mark above the hover mark.
    highlight.priority = priority;
    let current: AbstractRange | undefined;
    return {
      set(range: AbstractRange | undefined) {
        // Pointer moves arrive every frame: change the registry only when the mention changes.
        if (range === current) return;
        current = range;
        highlight.clear();
        if (range) highlight.add(range);
        // A page script may have cleared the registry since.
        if (registry.get(name) !== highlight) registry.set(name, highlight);
      },
    };
  };
  const hover = mark(hoverHighlightName, 1);
  const open = mark(openHighlightName, 2);
  return {
    hover: (range) => hover.set(range),
    open: (range) => open.set(range),
    clear() {
      hover.set(undefined);
      open.set(undefined);
      registry.delete(hoverHighlightName);
      registry.delete(openHighlightName);
    },
  };
}
