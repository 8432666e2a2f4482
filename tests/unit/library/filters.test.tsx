// @vitest-environment happy-dom
/**
 * The library's entity filter before and after the dataset's names load: an entity id is
 * never shown to the reader.
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Highlight } from '../../../core/highlights/highlight';
import { emptyLibraryQuery } from '../../../core/library/library-query';

vi.mock('../../../lib/i18n', async () => {
  const { readFileSync } = await import('node:fs');
  const { createTranslator } = await import('../../../core/i18n/translator');
  const messages = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8'));
  return { t: createTranslator(messages), uiLocale: () => 'en' };
});

const { Filters } = await import('../../../entrypoints/library/Filters');

afterEach(cleanup);

function highlight(id: string, entityIds: string[]): Highlight {
  return {
    id,
    target: {
      source: `https://example.org/${id}`,
      title: id,
      selector: {
        quote: { type: 'TextQuoteSelector', exact: 'A passage.', prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector', start: 0, end: 10 },
      },
    },
    body: { note: '', tags: [], entityIds },
    created: '2026-11-20T09:00:00.000Z',
    modified: '2026-11-20T09:00:00.000Z',
  };
}

const highlights = [highlight('a', ['evo-morales-ayma', 'senkata']), highlight('b', ['senkata'])];
const names = new Map([
  ['evo-morales-ayma', 'Evo Morales'],
  ['senkata', 'Senkata'],
]);

describe('the entity filter', () => {
  it('waits, disabled and saying so, until the names load: no entity id is offered', () => {
    render(
      <Filters highlights={highlights} entityName={null} query={emptyLibraryQuery} setQuery={() => {}} />,
    );
    const select = screen.getByLabelText('Entity') as HTMLSelectElement;
    expect(select.disabled).toBe(true);
    expect(
      within(select)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Loading names…']);
    expect(select.outerHTML).not.toMatch(/evo-morales-ayma|senkata/);
  });

  it('keeps a filter from the address applied while the names load', () => {
    render(
      <Filters
        highlights={highlights}
        entityName={null}
        query={{ ...emptyLibraryQuery, entity: 'senkata' }}
        setQuery={() => {}}
      />,
    );
    const select = screen.getByLabelText('Entity') as HTMLSelectElement;
    expect(select.value).toBe('senkata');
    expect(select.selectedOptions[0]?.textContent).toBe('Loading names…');
  });

  it('offers the entities by name, sorted, once the names are here', () => {
    render(
      <Filters
        highlights={highlights}
        entityName={(id) => names.get(id) ?? id}
        query={{ ...emptyLibraryQuery, entity: 'senkata' }}
        setQuery={() => {}}
      />,
    );
    const select = screen.getByLabelText('Entity') as HTMLSelectElement;
    expect(select.disabled).toBe(false);
    expect(
      within(select)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Any', 'Evo Morales', 'Senkata']);
    expect(select.selectedOptions[0]?.textContent).toBe('Senkata');
  });
});
