/**
 * Pieces of page text for the matcher's property tests: the dataset's aliases and their
 * near misses, and what a stretch boundary can fall inside (space runs, digit groups,
 * surrogate pairs, characters the fold drops, combining marks, any string at all).
 */
import fc from 'fast-check';
import { entities } from './fixtures.ts';

const aliasTexts = entities.flatMap((e) => e.aliases.map((a) => a.text));

export const textPiece = fc.oneof(
  fc.constantFrom(...aliasTexts, 'Esther Morales Ayma', 'Kevin Morales', 'más', 'MAS', 'Decree No. 4,078'),
  fc.constantFrom(
    ' ',
    '  ',
    '\u00a0',
    '\n',
    ', ',
    '.',
    'x',
    'ß',
    'Á',
    'e\u0301',
    '1,234',
    '12.345.678',
    '😀',
    'day',
    'EVO',
    'morales',
  ),
  // Characters the fold drops: a window must widen past a run of them.
  fc.constantFrom('\u00ad', '\u200b', '\u200b'.repeat(40), ` \u200b`, ` \u200b`.repeat(12)),
  fc.string({ maxLength: 4 }),
  fc.string({ unit: 'binary', maxLength: 3 }),
);
