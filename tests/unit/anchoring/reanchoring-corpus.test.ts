/**
 * Re-anchoring after real-world edits, over the corpus in tests/fixtures/reanchoring/:
 * English and Spanish news passages, five quotes each, six kinds of edit. Prints the
 * table of rates; `npx tsx scripts/reanchoring-report.ts` prints the same table.
 */
import { describe, expect, it } from 'vitest';
import {
  buildCorpus,
  type EditKind,
  editKinds,
  formatRates,
  type KindRates,
  loadArticles,
  runCorpus,
} from './reanchoring-corpus.ts';

/** The share of cases each kind must anchor correctly (for `deleted`: leave as orphans). */
const minCorrect: Record<EditKind, number> = {
  elsewhere: 0.99,
  'typo-fixed': 0.99,
  'reworded-10': 0.99,
  'reworded-30': 0.95,
  'context-rewritten': 0.99,
  deleted: 0.98,
};

describe('the re-anchoring corpus', () => {
  const cases = buildCorpus();
  const rates = runCorpus(cases);
  console.log(`Re-anchoring, ${cases.length} cases:\n${formatRates(rates)}`);
  const of = (kind: EditKind) => rates.find((rate) => rate.kind === kind) as KindRates;

  it('has at least ten passages of 3–8k characters in each language', () => {
    for (const language of ['en', 'es']) {
      const articles = loadArticles().filter((article) => article.language === language);
      expect(articles.length).toBeGreaterThanOrEqual(10);
      for (const article of articles) {
        const length = article.paragraphs.join('\n\n').length;
        expect(length, article.id).toBeGreaterThanOrEqual(3_000);
        expect(length, article.id).toBeLessThanOrEqual(8_000);
      }
    }
  });

  it('quotes short, medium and long passages, each kind of edit for each', () => {
    for (const kind of editKinds) {
      const sizes = new Set(cases.filter((c) => c.kind === kind).map((c) => c.size));
      expect([...sizes].sort()).toEqual(['long', 'medium', 'short']);
    }
  });

  it.each(editKinds)('anchors %s at the true place often enough', (kind) => {
    const rate = of(kind);
    expect(rate.correct / rate.cases, rate.failures.join('\n')).toBeGreaterThanOrEqual(minCorrect[kind]);
  });

  it('never draws a deleted quote anywhere: at most 2% in the wrong place', () => {
    const deleted = of('deleted');
    expect(deleted.wrongPlace / deleted.cases).toBeLessThanOrEqual(0.02);
  });
});
