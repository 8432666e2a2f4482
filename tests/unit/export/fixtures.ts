/** Small, readable highlights shared by the export and import tests. */
import type { Highlight } from '../../../core/highlights/highlight.ts';

export const entityNames: Record<string, string> = {
  'evo-morales': 'Evo Morales',
  senkata: 'Senkata',
};
// Own keys only: a generated id such as "valueOf" must not find Object.prototype's function.
export const entityName = (id: string): string | undefined =>
  Object.hasOwn(entityNames, id) ? entityNames[id] : undefined;
export const generator = { name: 'Glosa', version: '0.1.0' };
export const exported = new Date('2026-12-02T10:00:00.000Z');

export const senkataHighlight: Highlight = {
  id: '1b4e28ba-2fa1-41d2-883f-0016d3cca427',
  target: {
    source: 'https://news.example.org/2019/11/senkata',
    canonical: 'https://news.example.org/senkata-deaths',
    title: 'What happened at Senkata',
    selector: {
      quote: {
        type: 'TextQuoteSelector',
        exact: 'Ten people died at the Senkata fuel plant',
        prefix: 'on 19 November 2019, witnesses s',
        suffix: ' as soldiers opened fire, accord',
      },
      position: { type: 'TextPositionSelector', start: 1200, end: 1241 },
    },
  },
  body: { note: 'Compare with the army’s account.', tags: ['senkata', 'deaths'], entityIds: ['senkata'] },
  created: '2026-11-20T09:15:00.000Z',
  modified: '2026-11-21T10:00:00.000Z',
  anchoring: { state: 'anchored', checked: '2026-11-30T08:00:00.000Z' },
};

export const moralesHighlight: Highlight = {
  id: '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b',
  target: {
    source: 'https://news.example.org/2019/11/senkata',
    title: 'What happened at Senkata',
    selector: {
      quote: {
        type: 'TextQuoteSelector',
        exact: 'Morales resigned',
        prefix: 'After weeks of protest, ',
        suffix: ' on 10 November.',
      },
      position: { type: 'TextPositionSelector', start: 310, end: 326 },
    },
  },
  body: { note: '', tags: [], entityIds: ['evo-morales', 'unknown-entity'] },
  created: '2026-11-20T09:10:00.000Z',
  modified: '2026-11-20T09:10:00.000Z',
};

export const hostileHighlight: Highlight = {
  id: '0a9b8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d',
  target: {
    source: 'https://other.example.com/opinion?id=7',
    title: 'Opinion: *the* [decree] | 4078 #law',
    selector: {
      quote: {
        type: 'TextQuoteSelector',
        exact: '> Decree 4078\n=SUM(A1)\n- exempted *the armed forces*',
        prefix: 'The text read:\n',
        suffix: '\nCritics said',
      },
      position: { type: 'TextPositionSelector', start: 0, end: 52 },
    },
  },
  body: {
    note: '<script>alert("x")</script>\n# not a heading, "quoted", with, commas',
    tags: ['decree 4078', 'law/bolivia', '2019'],
    entityIds: [],
  },
  created: '2026-11-22T12:00:00.000+01:00',
  modified: '2026-11-22T12:30:00.000+01:00',
};

export const sampleHighlights: Highlight[] = [senkataHighlight, moralesHighlight, hostileHighlight];
