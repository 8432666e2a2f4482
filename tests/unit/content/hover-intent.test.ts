import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HoverIntent } from '../../../entrypoints/content/page-ui/hover-intent';

describe('HoverIntent', () => {
  let opened: string[];
  let closes: number;
  let intent: HoverIntent<string>;

  beforeEach(() => {
    vi.useFakeTimers();
    opened = [];
    closes = 0;
    intent = new HoverIntent<string>({
      dwellMs: () => 300,
      graceMs: 300,
      open: (target) => opened.push(target),
      close: () => {
        closes += 1;
      },
    });
  });
  afterEach(() => {
    intent.dispose();
    vi.useRealTimers();
  });

  it('opens after the pointer rests on a mention for the dwell', () => {
    intent.pointerOver('senkata');
    vi.advanceTimersByTime(299);
    expect(opened).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(opened).toEqual(['senkata']);
  });

  it('opens nothing when the pointer only passes across mentions', () => {
    intent.pointerOver('senkata');
    vi.advanceTimersByTime(150);
    intent.pointerOver(undefined);
    intent.pointerOver('evo');
    vi.advanceTimersByTime(150);
    intent.pointerOver(undefined);
    vi.advanceTimersByTime(1000);
    expect(opened).toEqual([]);
  });

  it('keeps the popover open while the pointer crosses the gap into it', () => {
    intent.pointerOver('senkata');
    vi.advanceTimersByTime(300);
    intent.pointerOver(undefined);
    vi.advanceTimersByTime(200);
    intent.pointerInPopover(true);
    vi.advanceTimersByTime(1000);
    expect(closes).toBe(0);
  });

  it('closes after the grace once the pointer has left both mention and popover', () => {
    intent.pointerOver('senkata');
    vi.advanceTimersByTime(300);
    intent.pointerInPopover(true);
    intent.pointerOver(undefined);
    intent.pointerInPopover(false);
    vi.advanceTimersByTime(299);
    expect(closes).toBe(0);
    vi.advanceTimersByTime(1);
    expect(closes).toBe(1);
  });

  it('opens at once on click, and a popover closed by Escape is not closed again', () => {
    intent.openNow('decree');
    expect(opened).toEqual(['decree']);
    intent.closed();
    intent.pointerOver(undefined);
    vi.advanceTimersByTime(1000);
    expect(closes).toBe(0);
  });
});
