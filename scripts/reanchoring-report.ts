/**
 * Prints how often saved highlights re-anchor at the right place after each kind of
 * edit, over the corpus in `tests/fixtures/reanchoring/`. The same figures the corpus
 * test asserts; run with `npx tsx scripts/reanchoring-report.ts`, add `--failures` to
 * list the cases that missed.
 */
import { buildCorpus, formatRates, runCorpus } from '../tests/unit/anchoring/reanchoring-corpus.ts';

const cases = buildCorpus();
const rates = runCorpus(cases);
const languages = new Set(cases.map((c) => c.language));
const articles = new Set(cases.map((c) => c.id.split('#')[0]));
console.log(
  `Re-anchoring corpus: ${articles.size} articles (${[...languages].join(', ')}), ${cases.length / rates.length} quotes, ${cases.length} cases\n`,
);
console.log(formatRates(rates));
if (process.argv.includes('--failures')) {
  for (const rate of rates) for (const failure of rate.failures) console.log(`  ${rate.kind}: ${failure}`);
}
