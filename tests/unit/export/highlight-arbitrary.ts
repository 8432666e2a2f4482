/** Random highlights for property tests: any script, right-to-left text, emoji, line breaks. */

import fc from 'fast-check';
import { contextLength } from '../../../core/anchoring/selectors.ts';
import { normaliseAddress } from '../../../core/highlights/address';
import type { Highlight } from '../../../core/highlights/highlight.ts';

const awkwardPieces = fc.constantFrom(
  'مرحبا بالعالم',
  'שלום עולם',
  '\u200f',
  '👩🏽‍🔬',
  '🇧🇴',
  '\n',
  '\r\n',
  '\t',
  '"',
  ',',
  '=HYPERLINK("x")',
  '> ',
  '#tag',
  '[[link]]',
  '<script>',
  'Ñandú',
);

/** Text made of random graphemes and the pieces most likely to break an export. */
export const awkwardText = (maxPieces: number) =>
  fc
    .array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 8 }), awkwardPieces), { maxLength: maxPieces })
    .map((pieces) => pieces.join(''));

const isoDate = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString());

const nonEmpty = (text: fc.Arbitrary<string>, maxLength: number) =>
  text.map((value) => value.slice(0, maxLength)).filter((value) => value.length > 0);

export function highlightArbitrary(note: fc.Arbitrary<string> = awkwardText(20)): fc.Arbitrary<Highlight> {
  return fc.record(
    {
      id: fc.uuid(),
      target: fc.record(
        {
          // Glosa stores a page's address normalised (`normaliseAddress`), as saving does.
          source: fc
            .webUrl({ withQueryParameters: true })
            .map((url) => normaliseAddress(url))
            .filter((url): url is string => url !== undefined),
          canonical: fc.webUrl(),
          title: awkwardText(10),
          selector: fc.record({
            quote: fc.record({
              type: fc.constant('TextQuoteSelector' as const),
              exact: nonEmpty(awkwardText(20), 20_000),
              prefix: awkwardText(6).map((text) => text.slice(-contextLength)),
              suffix: awkwardText(6).map((text) => text.slice(0, contextLength)),
            }),
            position: fc.record({
              type: fc.constant('TextPositionSelector' as const),
              start: fc.nat(1_000_000),
              end: fc.nat(1_000_000),
            }),
          }),
        },
        { requiredKeys: ['source', 'title', 'selector'] },
      ),
      body: fc.record({
        note,
        tags: fc.array(nonEmpty(awkwardText(4), 100), { maxLength: 6 }),
        entityIds: fc.array(nonEmpty(awkwardText(3), 200), { maxLength: 4 }),
      }),
      created: isoDate,
      modified: isoDate,
      anchoring: fc.record({ state: fc.constantFrom('anchored', 'uncertain', 'orphan'), checked: isoDate }),
    },
    { requiredKeys: ['id', 'target', 'body', 'created', 'modified'] },
  );
}

export const highlightsArbitrary = (note?: fc.Arbitrary<string>, maxLength = 8) =>
  fc.uniqueArray(highlightArbitrary(note), { maxLength, selector: (highlight) => highlight.id });
