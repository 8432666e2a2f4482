// @vitest-environment happy-dom
/**
 * The quality bar from the design: on news text the matcher has never seen (pages we
 * wrote, not the four sources), in English and Spanish, precision and recall of entity
 * mentions are both at least 0.95, near-misses included.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../core/matcher/compile';
import { createMatcher } from '../../../core/matcher/matcher';
import { PageEvidence, resolveCandidates } from '../../../core/matcher/resolve';
import type { Entity } from '../../../core/schema';
import { heldoutAnnotations, locateAnnotations, pageBlocks, type Span } from './heldout-pages';

const entitiesDir = join(import.meta.dirname, '../../../data/entities');
const entities = readdirSync(entitiesDir).map(
  (file) => JSON.parse(readFileSync(join(entitiesDir, file), 'utf8')) as Entity,
);
const matcher = createMatcher(compileMatcher(entities));

/** What the content script would link on the page, as spans in the joined page text. */
function predicted(blocks: string[]): Span[] {
  const evidence = new PageEvidence();
  const perBlock = blocks.map((block) => matcher.findCandidates(block));
  for (const candidates of perBlock) evidence.add(candidates);
  const spans: Span[] = [];
  let offset = 0;
  blocks.forEach((block, index) => {
    for (const mention of resolveCandidates(perBlock[index] ?? [], evidence)) {
      spans.push({
        start: offset + mention.start,
        end: offset + mention.end,
        text: block.slice(mention.start, mention.end),
        entity: mention.entityId,
      });
    }
    offset += block.length + 1;
  });
  return spans;
}

const key = (span: Span) => `${span.start}:${span.end}:${span.entity}`;

interface Score {
  truePositives: number;
  predicted: number;
  expected: number;
  falsePositives: Span[];
  falseNegatives: Span[];
}

function score(expected: Span[], found: Span[]): Score {
  const wanted = new Set(expected.map(key));
  const got = new Set(found.map(key));
  return {
    truePositives: found.filter((span) => wanted.has(key(span))).length,
    predicted: found.length,
    expected: expected.length,
    falsePositives: found.filter((span) => !wanted.has(key(span))),
    falseNegatives: expected.filter((span) => !got.has(key(span))),
  };
}

const annotations = heldoutAnnotations();

describe('held-out news pages', () => {
  it('has pages in English and Spanish', () => {
    expect(new Set(annotations.map((annotation) => annotation.lang))).toEqual(new Set(['en', 'es']));
  });

  const totals = new Map<string, Score[]>();
  for (const annotation of annotations) {
    it(`${annotation.page}: never links a near-miss`, () => {
      const blocks = pageBlocks(annotation.page);
      const text = blocks.join('\n');
      const found = predicted(blocks);
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
      const result = score(expected, predicted(blocks));
      const list = totals.get(annotation.lang) ?? [];
      list.push(result);
      totals.set(annotation.lang, list);
      // Every miss and every wrong link, so the quality numbers say what to fix.
      const show = (span: Span) => `"${span.text}"=${span.entity}`;
      if (result.falsePositives.length + result.falseNegatives.length > 0) {
        console.info(
          `${annotation.page}: wrong links ${result.falsePositives.map(show).join(', ') || 'none'}; ` +
            `missed ${result.falseNegatives.map(show).join(', ') || 'none'}`,
        );
      }
      expect(result.truePositives).toBeGreaterThan(0);
    });
  }

  for (const lang of ['en', 'es']) {
    it(`precision and recall are at least 0.95 in ${lang}`, () => {
      const scores = totals.get(lang) ?? [];
      expect(scores.length).toBeGreaterThan(0);
      const sum = (pick: (score: Score) => number) => scores.reduce((total, item) => total + pick(item), 0);
      const precision = sum((s) => s.truePositives) / sum((s) => s.predicted);
      const recall = sum((s) => s.truePositives) / sum((s) => s.expected);
      console.info(`held-out ${lang}: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`);
      expect(precision).toBeGreaterThanOrEqual(0.95);
      expect(recall).toBeGreaterThanOrEqual(0.95);
    });
  }
});
