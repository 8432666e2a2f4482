/**
 * The held-out news pages (tests/fixtures/heldout): their text as the content script
 * reads it (blocks from text-blocks.ts), the hand annotations located in it, and the
 * scoring of what a page-level rule links against them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileMatcher } from '../../../core/matcher/compile';
import { type Candidate, createMatcher } from '../../../core/matcher/matcher';
import { PageEvidence, resolveCandidate } from '../../../core/matcher/resolve';
import type { BilingualEntity } from '../../../core/schema';
import { textBlocks } from '../../../entrypoints/content/text-blocks';

export interface HeldoutAnnotation {
  page: string;
  lang: string;
  mentions: { text: string; entity: string }[];
  nonMentions: string[];
}

export interface Span {
  start: number;
  end: number;
  text: string;
  entity: string;
}

const root = join(import.meta.dirname, '../../fixtures');
const entitiesDir = join(import.meta.dirname, '../../../data/entities');

/** The curated entities, read as the build reads them. */
export const entities: BilingualEntity[] = readdirSync(entitiesDir)
  .filter((file) => file.endsWith('.json'))
  .map((file) => JSON.parse(readFileSync(join(entitiesDir, file), 'utf8')) as BilingualEntity);

export const matcher = createMatcher(compileMatcher(entities));

export function heldoutAnnotations(): HeldoutAnnotation[] {
  const folder = join(root, 'heldout');
  return readdirSync(folder)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => JSON.parse(readFileSync(join(folder, file), 'utf8')) as HeldoutAnnotation);
}

/** The page's blocks, as the content script sees them (needs a DOM: happy-dom). */
export function pageBlocks(page: string): string[] {
  // Stylesheets are irrelevant to the text and happy-dom would try to fetch them.
  const html = readFileSync(join(root, 'pages', page), 'utf8').replace(/<link\b[^>]*>/g, '');
  const document = new DOMParser().parseFromString(html, 'text/html');
  return [...textBlocks(document.body)].map((block) => block.text);
}

/** Finds each annotated mention in the page text, in order; throws if one is missing. */
export function locateAnnotations(text: string, annotation: HeldoutAnnotation): Span[] {
  let from = 0;
  return annotation.mentions.map(({ text: wanted, entity }) => {
    const start = text.indexOf(wanted, from);
    if (start < 0) throw new Error(`${annotation.page}: "${wanted}" not found after offset ${from}`);
    from = start + wanted.length;
    return { start, end: from, text: wanted, entity };
  });
}

/** A page-level rule: given every candidate on the page, the entity each one links to. */
export type PageRule = (page: readonly Candidate[]) => (candidate: Candidate) => string | undefined;

/** What the content script links: the shipped resolver over the whole page's evidence. */
export const shipped: PageRule = (page) => {
  const evidence = new PageEvidence();
  evidence.add(page);
  return (candidate) => resolveCandidate(candidate, evidence);
};

/** What a rule links on the page, as spans in the joined page text (blocks joined by "\n"). */
export function predicted(blocks: readonly string[], rule: PageRule): Span[] {
  const perBlock = blocks.map((block) => matcher.findCandidates(block));
  const decide = rule(perBlock.flat());
  const spans: Span[] = [];
  let offset = 0;
  blocks.forEach((block, index) => {
    for (const candidate of perBlock[index] ?? []) {
      const entity = decide(candidate);
      if (entity === undefined) continue;
      const { start, end } = candidate;
      spans.push({ start: offset + start, end: offset + end, text: block.slice(start, end), entity });
    }
    offset += block.length + 1;
  });
  return spans;
}

export interface Score {
  truePositives: number;
  predicted: number;
  expected: number;
  falsePositives: Span[];
  falseNegatives: Span[];
}

const key = (span: Span) => `${span.start}:${span.end}:${span.entity}`;

export function score(expected: readonly Span[], found: readonly Span[]): Score {
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

/** Precision and recall over several pages' scores (micro-averaged: every mention counts once). */
export function totals(scores: readonly Score[]): { precision: number; recall: number } {
  const sum = (pick: (score: Score) => number) => scores.reduce((total, item) => total + pick(item), 0);
  const truePositives = sum((s) => s.truePositives);
  return {
    precision: truePositives / sum((s) => s.predicted),
    recall: truePositives / sum((s) => s.expected),
  };
}
