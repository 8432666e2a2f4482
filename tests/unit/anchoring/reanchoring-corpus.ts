/**
 * The re-anchoring corpus: saved quotes from the news passages in
 * `tests/fixtures/reanchoring/articles/`, and a revision of each page per kind of edit,
 * with where the quote truly is in the revision. Every choice comes from a generator
 * seeded by the article and the quote, so every run and every machine sees the same
 * cases. `tests/fixtures/reanchoring/README.md` says how each kind is made.
 * Shared by the corpus test and `scripts/reanchoring-report.ts`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { anchor } from '../../../core/anchoring/anchor.ts';
import { describe as describePassage } from '../../../core/anchoring/describe.ts';
import type { AnchorResult, PassageSelectors } from '../../../core/anchoring/selectors.ts';

export const corpusDir = join(import.meta.dirname, '../../fixtures/reanchoring');

export const editKinds = [
  'elsewhere',
  'typo-fixed',
  'reworded-10',
  'reworded-30',
  'context-rewritten',
  'deleted',
] as const;
export type EditKind = (typeof editKinds)[number];
export type Language = 'en' | 'es';
export type QuoteSize = 'short' | 'medium' | 'long';

export interface ReanchoringCase {
  id: string;
  kind: EditKind;
  language: Language;
  size: QuoteSize;
  selectors: PassageSelectors;
  revised: string;
  /** Where the (edited) quote is in `revised`; null when the edit deleted it. */
  truth: { start: number; end: number } | null;
}

interface Article {
  id: string;
  language: Language;
  paragraphs: string[];
}

interface Quote {
  size: QuoteSize;
  start: number;
  end: number;
}

const paragraphBreak = '\n\n';

/** mulberry32: small, fast and the same everywhere. */
export function seededRandom(seed: string): () => number {
  let state = 2166136261;
  for (let i = 0; i < seed.length; i++) state = Math.imul(state ^ seed.charCodeAt(i), 16777619);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: () => number, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)] as T;

function shuffled<T>(random: () => number, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

export function loadArticles(): Article[] {
  const dir = join(corpusDir, 'articles');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({
      id: name.replace(/\.txt$/, ''),
      language: name.startsWith('es-') ? 'es' : 'en',
      paragraphs: readFileSync(join(dir, name), 'utf8')
        .trim()
        .split(/\n\s*\n/),
    }));
}

const synonyms = JSON.parse(readFileSync(join(corpusDir, 'synonyms.json'), 'utf8')) as Record<
  Language,
  Record<string, string>
>;
const fillers: Record<Language, string[]> = {
  en: ['also', 'now', 'still', 'reportedly', 'then', 'already'],
  es: ['también', 'ya', 'aún', 'incluso', 'entonces', 'todavía'],
};
/** Words an editor drops without changing the sense. */
const droppable: Record<Language, Set<string>> = {
  en: new Set([
    'the',
    'a',
    'an',
    'very',
    'also',
    'still',
    'just',
    'only',
    'even',
    'already',
    'then',
    'that',
    'all',
  ]),
  es: new Set([
    'el',
    'la',
    'los',
    'las',
    'un',
    'una',
    'muy',
    'ya',
    'también',
    'aún',
    'incluso',
    'solo',
    'que',
    'todos',
  ]),
};

const wordPattern = /[\p{L}\p{N}]+(?:[’'][\p{L}]+)?/gu;

interface Token {
  start: number;
  end: number;
  word: string;
}

function words(text: string): Token[] {
  return [...text.matchAll(wordPattern)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    word: m[0],
  }));
}

function withCaseOf(model: string, word: string): string {
  const first = model.charAt(0);
  return first !== first.toLowerCase() ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

const isLower = (word: string | undefined) => word !== undefined && word === word.toLowerCase();

/** One editor's change at a word, or null when none of the kinds fits there. */
function editAt(tokens: Token[], i: number, text: string, language: Language, random: () => number) {
  const token = tokens[i] as Token;
  const synonym = synonyms[language][token.word.toLowerCase()];
  if (synonym) return { from: token.start, to: token.end, replacement: withCaseOf(token.word, synonym) };
  if (
    droppable[language].has(token.word.toLowerCase()) &&
    token.start > 0 &&
    text.charAt(token.end) === ' '
  ) {
    return { from: token.start, to: token.end + 1, replacement: '' };
  }
  // An adverb slipped in between two lowercase words ("were killed" → "were reportedly killed"),
  // never inside a name nor after an article ("the reportedly return").
  const previous = tokens[i - 1]?.word;
  if (isLower(token.word) && isLower(previous) && !droppable[language].has(previous ?? '')) {
    return { from: token.start, to: token.start, replacement: `${pick(random, fillers[language])} ` };
  }
  return null;
}

/** Whether an editor's change fits anywhere in `text` (a date like "Wednesday, June 11" has none). */
function canReword(text: string, language: Language): boolean {
  const tokens = words(text);
  return tokens.some((_, i) => editAt(tokens, i, text, language, () => 0) !== null);
}

/**
 * Rewords `share` of the words of `text` (at least one), as an editor would: a synonym
 * from `synonyms.json`, a small word dropped, or an adverb added. Words with a synonym
 * are edited first; edits run right to left so earlier offsets stay valid.
 */
export function reword(text: string, share: number, language: Language, random: () => number): string {
  const tokens = words(text);
  const count = Math.max(1, Math.round(share * tokens.length));
  const order = shuffled(
    random,
    tokens.map((_, i) => i),
  ).sort(
    (a, b) =>
      Number(!synonyms[language][(tokens[a] as Token).word.toLowerCase()]) -
      Number(!synonyms[language][(tokens[b] as Token).word.toLowerCase()]),
  );
  const edits: Array<{ from: number; to: number; replacement: string }> = [];
  for (const i of order) {
    if (edits.length === count) break;
    const edit = editAt(tokens, i, text, language, random);
    if (edit) edits.push(edit);
  }
  let result = text;
  for (const edit of edits.sort((a, b) => b.from - a.from)) {
    result = result.slice(0, edit.from) + edit.replacement + result.slice(edit.to);
  }
  return result;
}

/** A typo of the kind people make: two letters swapped, one doubled or one dropped. */
function withTypo(text: string, random: () => number): string {
  const candidates = words(text).filter((token) => token.word.length >= 5);
  const token = pick(random, candidates.length > 0 ? candidates : words(text));
  const at = token.start + 1 + Math.floor(random() * (token.word.length - 2));
  const move = random();
  if (move < 0.4) return text.slice(0, at) + text.charAt(at + 1) + text.charAt(at) + text.slice(at + 2);
  if (move < 0.7) return text.slice(0, at) + text.charAt(at) + text.slice(at);
  return text.slice(0, at) + text.slice(at + 1);
}

const isUnique = (text: string, piece: string) => text.indexOf(piece) === text.lastIndexOf(piece);

function paragraphStarts(paragraphs: string[]): number[] {
  const starts: number[] = [];
  let offset = 0;
  for (const paragraph of paragraphs) {
    starts.push(offset);
    offset += paragraph.length + paragraphBreak.length;
  }
  return starts;
}

/** A run of whole words of `min`–`max` characters inside `paragraph`, unique in the page. */
function wordRun(
  text: string,
  base: number,
  paragraph: string,
  min: number,
  max: number,
  language: Language,
  random: () => number,
) {
  const tokens = words(paragraph);
  for (const first of shuffled(
    random,
    tokens.map((_, i) => i),
  )) {
    const start = (tokens[first] as { start: number }).start;
    for (let last = first; last < tokens.length; last++) {
      const end = (tokens[last] as { end: number }).end;
      if (end - start > max) break;
      // Three words at least: a quote of one or two words has nothing to reword but itself.
      const longEnough = end - start >= min && last - first >= 2;
      if (
        longEnough &&
        isUnique(text, paragraph.slice(start, end)) &&
        canReword(paragraph.slice(start, end), language)
      )
        return { start: base + start, end: base + end };
    }
  }
  return null;
}

/**
 * Five quotes per article, each in its own paragraph of prose (captions and headings are
 * too short to select from): two short (15–40 characters), two medium (a sentence of
 * 60–200, or a run of words that long) and one long (a whole paragraph).
 */
export function chooseQuotes(article: Article): Quote[] {
  const random = seededRandom(`quotes:${article.id}`);
  const text = article.paragraphs.join(paragraphBreak);
  const starts = paragraphStarts(article.paragraphs);
  const prose = article.paragraphs.map((p, i) => ({ p, i })).filter(({ p }) => p.length >= 150);
  const longest = [...prose].sort((a, b) => b.p.length - a.p.length)[0];
  if (!longest) throw new Error(`${article.id}: no paragraph of prose to quote`);
  const quotes: Quote[] = [
    {
      size: 'long',
      start: starts[longest.i] as number,
      end: (starts[longest.i] as number) + longest.p.length,
    },
  ];
  const used = new Set([longest.i]);
  const sizes: QuoteSize[] = ['short', 'short', 'medium', 'medium'];
  for (const size of sizes) {
    for (const { p, i } of shuffled(random, prose)) {
      if (used.has(i)) continue;
      const base = starts[i] as number;
      let found: { start: number; end: number } | null = null;
      if (size === 'medium') {
        const sentences = [...p.matchAll(/[^.!?]+[.!?]+[”"]?/g)]
          .map((m) => ({
            start: m.index + (m[0].length - m[0].trimStart().length),
            end: m.index + m[0].length,
          }))
          .filter(
            (s) => s.end - s.start >= 60 && s.end - s.start <= 200 && isUnique(text, p.slice(s.start, s.end)),
          );
        const sentence = sentences.length > 0 ? pick(random, sentences) : null;
        found = sentence
          ? { start: base + sentence.start, end: base + sentence.end }
          : wordRun(text, base, p, 60, 200, article.language, random);
      } else {
        found = wordRun(text, base, p, 15, 40, article.language, random);
      }
      if (!found) continue;
      quotes.push({ size, ...found });
      used.add(i);
      break;
    }
  }
  if (quotes.length !== 5) throw new Error(`${article.id}: found ${quotes.length} quotes, not 5`);
  return quotes;
}

// Private-use characters never in the articles: they mark the quote through paragraph edits.
const openMark = '\ue000';
const closeMark = '\ue001';

function unmark(marked: string): { revised: string; truth: { start: number; end: number } } {
  const start = marked.indexOf(openMark);
  const end = marked.indexOf(closeMark) - 1;
  return { revised: marked.replace(openMark, '').replace(closeMark, ''), truth: { start, end } };
}

const insertedParagraph: Record<Language, string> = {
  en: 'This article was updated to include the response of the Ministry of Government, which did not reply to our questions before publication.',
  es: 'Este artículo fue actualizado para incluir la respuesta del Ministerio de Gobierno, que no contestó a nuestras preguntas antes de la publicación.',
};

/** Other paragraphs edited: one reworded, one removed, one added; the quote's and its neighbours untouched. */
function editElsewhere(article: Article, text: string, quote: Quote, random: () => number) {
  const marked =
    text.slice(0, quote.start) +
    openMark +
    text.slice(quote.start, quote.end) +
    closeMark +
    text.slice(quote.end);
  const paragraphs = marked.split(paragraphBreak);
  const home = paragraphs.findIndex((p) => p.includes(openMark));
  const others = (distance: number) =>
    paragraphs
      .map((_, i) => i)
      .filter((i) => Math.abs(i - home) > distance && !paragraphs[i]?.includes(closeMark));
  const reworded = pick(random, others(0));
  paragraphs[reworded] = reword(paragraphs[reworded] as string, 0.3, article.language, random);
  const removed = pick(random, others(1));
  paragraphs.splice(removed, 1);
  paragraphs.splice(Math.floor(random() * paragraphs.length), 0, insertedParagraph[article.language]);
  return unmark(paragraphs.join(paragraphBreak));
}

/** Up to `length` characters of `text` from `from` in direction `step`, cut at a word boundary. */
function contextSpan(text: string, at: number, length: number, step: 1 | -1): { start: number; end: number } {
  if (step === -1) {
    let start = Math.max(0, at - length);
    while (start > 0 && /\S/.test(text.charAt(start - 1))) start--;
    return { start, end: at };
  }
  let end = Math.min(text.length, at + length);
  while (end < text.length && /\S/.test(text.charAt(end))) end++;
  return { start: at, end };
}

const clauses: Record<Language, [string, string]> = {
  en: ['In the words of those present,', 'as several witnesses later confirmed'],
  es: ['Según varios testigos,', 'como confirmaron después varios testigos'],
};

/** The sentences around the quote rewritten: most of their words changed, a clause added each side. */
function rewriteContext(article: Article, text: string, quote: Quote, random: () => number) {
  const before = contextSpan(text, quote.start, 90, -1);
  const after = contextSpan(text, quote.end, 90, 1);
  const [opening, closing] = clauses[article.language];
  const rewrittenBefore = `${opening} ${reword(text.slice(before.start, before.end), 0.7, article.language, random)}`;
  const rewrittenAfter = `${reword(text.slice(after.start, after.end), 0.7, article.language, random)}, ${closing}`;
  const marked =
    text.slice(0, before.start) +
    rewrittenBefore +
    openMark +
    text.slice(quote.start, quote.end) +
    closeMark +
    rewrittenAfter +
    text.slice(after.end);
  return unmark(marked);
}

function deleteParagraph(text: string, quote: Quote) {
  const paragraphs = text.split(paragraphBreak);
  let offset = 0;
  const kept = paragraphs.filter((paragraph) => {
    const start = offset;
    offset += paragraph.length + paragraphBreak.length;
    return !(quote.start >= start && quote.start < start + paragraph.length);
  });
  return kept.join(paragraphBreak);
}

function buildCase(
  article: Article,
  text: string,
  quote: Quote,
  index: number,
  kind: EditKind,
): ReanchoringCase {
  const random = seededRandom(`${article.id}:${index}:${kind}`);
  const saved = describePassage(text, quote.start, quote.end);
  const common = { id: `${article.id}#${index}`, kind, language: article.language, size: quote.size };
  const exact = text.slice(quote.start, quote.end);
  switch (kind) {
    case 'elsewhere':
      return { ...common, selectors: saved, ...editElsewhere(article, text, quote, random) };
    case 'typo-fixed': {
      const typoed = text.slice(0, quote.start) + withTypo(exact, random) + text.slice(quote.end);
      const end = quote.end + typoed.length - text.length;
      return { ...common, selectors: describePassage(typoed, quote.start, end), revised: text, truth: quote };
    }
    case 'reworded-10':
    case 'reworded-30': {
      const edited = reword(exact, kind === 'reworded-10' ? 0.1 : 0.3, article.language, random);
      if (edited === exact) throw new Error(`${common.id}: nothing in the quote could be reworded`);
      const revised = text.slice(0, quote.start) + edited + text.slice(quote.end);
      return {
        ...common,
        selectors: saved,
        revised,
        truth: { start: quote.start, end: quote.start + edited.length },
      };
    }
    case 'context-rewritten':
      return { ...common, selectors: saved, ...rewriteContext(article, text, quote, random) };
    case 'deleted':
      return { ...common, selectors: saved, revised: deleteParagraph(text, quote), truth: null };
  }
}

export function buildCorpus(): ReanchoringCase[] {
  return loadArticles().flatMap((article) => {
    const text = article.paragraphs.join(paragraphBreak);
    return chooseQuotes(article).flatMap((quote, index) =>
      editKinds.map((kind) => buildCase(article, text, quote, index, kind)),
    );
  });
}

export type Outcome = 'correct' | 'wrong place' | 'orphan';

/**
 * Correct: at the true place (the anchored range and the true one overlap by at least
 * half of each), or an orphan when the quote was deleted. Anything else anchored is in
 * the wrong place.
 */
export function outcome(result: AnchorResult, truth: ReanchoringCase['truth']): Outcome {
  if (result.state === 'orphan') return truth === null ? 'correct' : 'orphan';
  if (truth === null) return 'wrong place';
  const overlap = Math.min(result.end, truth.end) - Math.max(result.start, truth.start);
  const enough = overlap >= 0.5 * (truth.end - truth.start) && overlap >= 0.5 * (result.end - result.start);
  return enough ? 'correct' : 'wrong place';
}

export interface KindRates {
  kind: EditKind;
  cases: number;
  correct: number;
  wrongPlace: number;
  orphan: number;
  /** Slowest case of this kind, ms: each case's fastest of three `anchor()` calls. */
  slowestMs: number;
  failures: string[];
}

/**
 * Anchors every case and counts outcomes per kind of edit. Times are taken after one
 * untimed pass, so the slowest call is the algorithm's, not the JIT compiling it, and
 * each case's time is the fastest of three calls, so it is not another process's turn
 * on a shared machine either.
 */
export function runCorpus(cases: ReanchoringCase[] = buildCorpus()): KindRates[] {
  for (const c of cases) anchor(c.revised, c.selectors);
  return editKinds.map((kind) => {
    const ofKind = cases.filter((c) => c.kind === kind);
    const rates: KindRates = {
      kind,
      cases: ofKind.length,
      correct: 0,
      wrongPlace: 0,
      orphan: 0,
      slowestMs: 0,
      failures: [],
    };
    for (const c of ofKind) {
      let result = anchor(c.revised, c.selectors);
      let fastest = Number.POSITIVE_INFINITY;
      for (let run = 0; run < 3; run++) {
        const started = performance.now();
        result = anchor(c.revised, c.selectors);
        fastest = Math.min(fastest, performance.now() - started);
      }
      rates.slowestMs = Math.max(rates.slowestMs, fastest);
      const got = outcome(result, c.truth);
      if (got === 'correct') rates.correct++;
      else {
        if (got === 'wrong place') rates.wrongPlace++;
        else rates.orphan++;
        rates.failures.push(`${c.id} (${c.language}, ${c.size}): ${got}`);
      }
    }
    return rates;
  });
}

const percent = (part: number, whole: number) => `${((100 * part) / Math.max(1, whole)).toFixed(1)}%`;

/** The rates as an aligned text table, for the test log and the report script. */
export function formatRates(rates: KindRates[]): string {
  const header = ['edit', 'cases', 'correct', 'wrong place', 'orphan', 'slowest call'];
  const rows = rates.map((r) => [
    r.kind,
    String(r.cases),
    percent(r.correct, r.cases),
    percent(r.wrongPlace, r.cases),
    percent(r.orphan, r.cases),
    `${r.slowestMs.toFixed(1)} ms`,
  ]);
  const widths = header.map((cell, i) =>
    Math.max(cell.length, ...rows.map((row) => (row[i] as string).length)),
  );
  return [header, ...rows]
    .map((row) =>
      row
        .map((cell, i) => cell.padEnd(widths[i] as number))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
