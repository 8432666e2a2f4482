// @vitest-environment happy-dom
/**
 * The quality bar from the design: on news text the matcher has never seen (pages we
 * wrote, not the four sources), in English and Spanish, precision and recall of entity
 * mentions are both at least 0.95, near-misses included.
 */
import { describe, expect, it } from 'vitest';
import {
  heldoutAnnotations,
  locateAnnotations,
  pageBlocks,
  predicted,
  type Score,
  type Span,
  score,
  shipped,
  totals,
} from './heldout-pages';

const annotations = heldoutAnnotations();

describe('held-out news pages', () => {
  it('has pages in English and Spanish', () => {
    expect(new Set(annotations.map((annotation) => annotation.lang))).toEqual(new Set(['en', 'es']));
  });

  const byLanguage = new Map<string, Score[]>();
  for (const annotation of annotations) {
    it(`${annotation.page}: never links a near-miss`, () => {
      const blocks = pageBlocks(annotation.page);
      const text = blocks.join('\n');
      const found = predicted(blocks, shipped);
      for (const near of annotation.nonMentions) {
        let at = text.indexOf(near);
        expect(at, `"${near}" is on the page`).toBeGreaterThanOrEqual(0);
        while (at >= 0) {
          const end = at + near.length;
          const overlapping = found.filter((span) => span.start < end && span.end > at);
          expect(overlapping, `"${near}" must stay plain`).toEqual([]);
          at = text.indexOf(near, end);
        }
      }
    });

    it(`${annotation.page}: links the annotated mentions`, () => {
      const blocks = pageBlocks(annotation.page);
      const expected = locateAnnotations(blocks.join('\n'), annotation);
      const result = score(expected, predicted(blocks, shipped));
      const list = byLanguage.get(annotation.lang) ?? [];
      list.push(result);
      byLanguage.set(annotation.lang, list);
      // Every miss and every wrong link, so the quality numbers say what to fix.
      const show = (span: Span) => `"${span.text}"=${span.entity}`;
      if (result.falsePositives.length + result.falseNegatives.length > 0) {
        console.info(
          `${annotation.page}: wrong links ${result.falsePositives.map(show).join(', ') || 'none'}; ` +
            `missed ${result.falseNegatives.map(show).join(', ') || 'none'}`,
        );
      }
      // A page about something else (another country's GIEI) must stay entirely plain.
      if (expected.length === 0) expect(result.falsePositives).toEqual([]);
      else expect(result.truePositives).toBeGreaterThan(0);
    });
  }

  for (const lang of ['en', 'es']) {
    it(`precision and recall are at least 0.95 in ${lang}`, () => {
      const scores = byLanguage.get(lang) ?? [];
      expect(scores.length).toBeGreaterThan(0);
      const { precision, recall } = totals(scores);
      console.info(`held-out ${lang}: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`);
      expect(precision).toBeGreaterThanOrEqual(0.95);
      expect(recall).toBeGreaterThanOrEqual(0.95);
    });
  }
});
