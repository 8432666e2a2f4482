/** A minimal saved highlight of its own page, created at `created`: for store and list-order tests. */
import type { Highlight } from '../../core/highlights/highlight';

export function highlightAt(id: string, created: string, body: Partial<Highlight['body']> = {}): Highlight {
  return {
    id,
    target: {
      source: `https://news.example/${id}`,
      title: 'An article',
      selector: {
        quote: { type: 'TextQuoteSelector', exact: 'Senkata', prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector', start: 0, end: 7 },
      },
    },
    body: { note: '', tags: [], entityIds: [], ...body },
    created,
    modified: created,
  };
}
