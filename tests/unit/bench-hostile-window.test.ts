/**
 * The hostile bench's timer window (scripts/bench-hostile.ts): gaps count from when the
 * page settled, so a gap that began before it counts only from then.
 */
import { describe, expect, it } from 'vitest';
import { keptRhythm, longestGapWithout, timerGaps } from '../../scripts/bench-hostile.ts';

describe('timerGaps', () => {
  it('measures from the window’s opening, and counts the gaps over 100 ms', () => {
    const ticks = [0, 50, 1500, 1550, 1700, 1750];
    expect(timerGaps(ticks, 1000)).toEqual({ maxGap: 500, maxGapEnd: 1500, gapsOver100: 2 });
    expect(timerGaps(ticks, 0)).toEqual({ maxGap: 1450, maxGapEnd: 1500, gapsOver100: 2 });
  });

  it('has no gap where the timer never ticked after the opening', () => {
    expect(timerGaps([10, 20], 30)).toEqual({ maxGap: 0, maxGapEnd: 30, gapsOver100: 0 });
  });
});

describe('keptRhythm', () => {
  const every50 = (from: number, to: number) =>
    Array.from({ length: (to - from) / 50 + 1 }, (_, i) => from + i * 50);

  it('holds once the timer has ticked every 50 ms for the whole period', () => {
    expect(keptRhythm(every50(0, 10_000), 10_020, 5000)).toBe(true);
  });

  it('does not while a gap over 100 ms is inside the period, or the timer stopped ticking', () => {
    expect(keptRhythm([...every50(0, 6000), ...every50(6500, 10_000)], 10_020, 5000)).toBe(false);
    expect(keptRhythm(every50(0, 8000), 10_020, 5000)).toBe(false);
  });

  it('does not before the period has begun', () => {
    expect(keptRhythm(every50(0, 3000), 3010, 5000)).toBe(false);
  });
});

describe('longestGapWithout', () => {
  it('takes the time of the given spans out of each gap, and only inside the window', () => {
    const ticks = [0, 50, 400, 450, 700];
    // Gaps from 100: 300 (100-400), 50, 250 (450-700).
    expect(longestGapWithout(ticks, 100, [])).toBe(300);
    // A capture of 240 ms inside the first gap leaves 60; the 250 ms gap is then the longest.
    expect(longestGapWithout(ticks, 100, [{ from: 150, to: 390 }])).toBe(250);
    // A span before the window, or half outside a gap, counts only where it overlaps.
    expect(
      longestGapWithout(ticks, 100, [
        { from: 0, to: 200 },
        { from: 600, to: 900 },
      ]),
    ).toBe(200);
  });
});
