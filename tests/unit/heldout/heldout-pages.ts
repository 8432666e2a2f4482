/**
 * The held-out news pages (tests/fixtures/heldout): their text as the content script
 * reads it (blocks from text-blocks.ts), and the hand annotations located in it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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
