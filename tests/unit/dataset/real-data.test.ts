import { describe, expect, it } from 'vitest';
import { namesOf } from '../../../core/localise.ts';
import { inspectDataset } from '../../../scripts/dataset/check.ts';
import { formatProblem } from '../../../scripts/dataset/problem.ts';

// The bundled dataset itself: what `npm run data:check` guards, and the bars issue 2 sets.
describe('the real dataset in data/', () => {
  const report = inspectDataset('data');

  it('has no problems', () => {
    expect(report.problems.map(formatProblem)).toEqual([]);
  });

  it('meets the size the product promises', () => {
    expect(report.stats.entities).toBeGreaterThanOrEqual(30);
    expect(report.stats.accounts).toBeGreaterThanOrEqual(60);
    expect(report.stats.questions).toBeGreaterThanOrEqual(8);
    expect(report.stats.sources).toBe(4);
  });

  it('names the entities the mission names', () => {
    const names = report.loaded.dataset.entities.flatMap((entity) => namesOf(entity.name));
    for (const expected of [/Evo Morales/, /Qaqachaka/, /4078/, /Senkata/]) {
      expect(names.some((name) => expected.test(name))).toBe(true);
    }
  });
});
