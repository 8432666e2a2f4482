// @vitest-environment happy-dom
/**
 * Beyond registerLimit mentions, only those nearest the viewport are registered, and the
 * window follows the reader once scrolling pauses (highlighter.ts says why). happy-dom has
 * no Highlight API, no layout and no IntersectionObserver: a Set stands in for Highlight,
 * each paragraph's box is its index × 20 px minus the scroll offset, and a stand-in
 * observer reports those boxes a moment after it is asked.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createHighlighter,
  mentionHighlightName,
  registerLimit,
} from '../../../entrypoints/content/highlighter';

const rowPx = 20;
let scrollTop = 0;
const registry = new Map<string, Set<AbstractRange>>();

beforeEach(() => {
  vi.useFakeTimers();
  scrollTop = 0;
  registry.clear();
  vi.stubGlobal('Highlight', class extends Set<AbstractRange> {});
  Object.defineProperty(window, 'CSS', { value: { highlights: registry }, configurable: true });
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      #targets: Element[] = [];
      #margin: number;
      constructor(
        readonly callback: (entries: Partial<IntersectionObserverEntry>[]) => void,
        options: { rootMargin: string },
      ) {
        this.#margin = (Number.parseFloat(options.rootMargin) / 100) * window.innerHeight;
      }
      observe(target: Element) {
        if (this.#targets.push(target) > 1) return;
        setTimeout(() => {
          this.callback(
            this.#targets.map((element) => {
              const box = element.getBoundingClientRect();
              const isIntersecting =
                box.bottom >= -this.#margin && box.top <= window.innerHeight + this.#margin;
              return { target: element, boundingClientRect: box, isIntersecting };
            }),
          );
        }, 0);
      }
      disconnect() {
        this.#targets = [];
      }
    },
  );
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    const top = Number(this.dataset.row) * rowPx - scrollTop;
    return { top, bottom: top + rowPx, left: 0, right: 100, width: 100, height: rowPx } as DOMRect;
  });
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

/** One mention per paragraph, `count` paragraphs, in document order. */
function page(count: number): StaticRange[] {
  document.body.innerHTML = Array.from(
    { length: count },
    (_, row) => `<p data-row="${row}">Senkata</p>`,
  ).join('');
  return [...document.querySelectorAll('p')].map((p) => {
    const text = p.firstChild as Text;
    return {
      startContainer: text,
      startOffset: 0,
      endContainer: text,
      endOffset: 7,
      collapsed: false,
    } as StaticRange;
  });
}

const registered = () => registry.get(mentionHighlightName) as Set<AbstractRange>;
/** Rows within two viewport heights of the viewport, the window's reach. */
const reach = () => Math.ceil((3 * window.innerHeight) / rowPx);

describe('css highlighter with very many mentions', () => {
  it('registers every mention up to the limit', () => {
    const ranges = page(registerLimit);
    const highlighter = createHighlighter(document);
    for (const range of ranges) highlighter.add(range);
    highlighter.flush();
    expect(registered().size).toBe(registerLimit);
  });

  it('registers only the mentions near the viewport beyond the limit, and follows a scroll once it pauses', async () => {
    const ranges = page(registerLimit * 3);
    const highlighter = createHighlighter(document);
    for (const range of ranges) highlighter.add(range);
    highlighter.flush();
    await vi.waitFor(() => expect(registered().has(ranges[0] as StaticRange)).toBe(true));
    expect(registered().size).toBeLessThanOrEqual(reach());
    expect(registered().has(ranges.at(-1) as StaticRange)).toBe(false);

    scrollTop = (ranges.length - 10) * rowPx;
    document.dispatchEvent(new Event('scroll'));
    expect(registered().has(ranges.at(-1) as StaticRange)).toBe(false);
    await vi.waitFor(() => expect(registered().has(ranges.at(-1) as StaticRange)).toBe(true));
    expect(registered().has(ranges[0] as StaticRange)).toBe(false);
    expect(registered().size).toBeLessThanOrEqual(reach());
  });

  it('registers everything again once removals bring the count back under the limit', async () => {
    const ranges = page(registerLimit + 10);
    const highlighter = createHighlighter(document);
    for (const range of ranges) highlighter.add(range);
    highlighter.flush();
    await vi.waitFor(() => expect(registered().size).toBeGreaterThan(0));
    expect(registered().size).toBeLessThan(registerLimit);
    for (const range of ranges.slice(0, 20)) highlighter.remove(range);
    highlighter.flush();
    expect(registered().size).toBe(registerLimit - 10);
  });

  it('on clear leaves no entry in the registry, yet never removes another script’s highlight', () => {
    const ranges = page(3);
    const stopped = createHighlighter(document);
    for (const range of ranges) stopped.add(range);
    stopped.flush();
    expect(registered().size).toBe(3);
    stopped.clear();
    expect(registry.has(mentionHighlightName)).toBe(false);
    // A newer copy of the script (after an update) draws; the older one, stopping late, leaves it alone.
    const newer = createHighlighter(document);
    newer.add(ranges[0] as StaticRange);
    newer.flush();
    stopped.clear();
    expect(registered().size).toBe(1);
    // And drawing again after a clear registers again (a single-page navigation).
    newer.clear();
    newer.add(ranges[1] as StaticRange);
    newer.flush();
    expect(registered().size).toBe(1);
  });
});
