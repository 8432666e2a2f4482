// @vitest-environment happy-dom
/**
 * The popover's disagreement-first layout (issue 10): positions as a segmented control
 * with their counts, no quote shown twice, a compact header, one attribution line, and
 * the unlink-with-undo and dataset-browser controls.
 */
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildEntityCard, type EntityCard } from '../../../core/popover/entity-card.ts';
import type { Dataset } from '../../../core/schema.ts';
import { dataset } from './fixtures.ts';
import { cardFor, renderPopover } from './render-popover.tsx';

afterEach(cleanup);

function card(of: Dataset, entityId: string): EntityCard {
  const built = buildEntityCard(of, entityId);
  if (!built) throw new Error(`no entity ${entityId}`);
  return built;
}

/** Grayzone's account also answers a second Senkata question, so two questions share it. */
const sharedAccount: Dataset = {
  ...dataset,
  accounts: dataset.accounts.map((account) =>
    account.id === 'vargas-soldiers-fired'
      ? { ...account, answers: [...(account.answers ?? []), { question: 'senkata-toll', position: 'ten' }] }
      : account,
  ),
};

describe('positions', () => {
  it('lists every position with its accounts and distinct outlets, and shows the first one’s quotes', () => {
    renderPopover(cardFor('senkata'));
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((tab) => tab.textContent)).toEqual([
      'Soldiers fired on protesters 1 account 1 outlet',
      'Security forces deny firing 1 account 1 outlet only as reported by critics',
    ]);
    expect(tabs.map((tab) => tab.getAttribute('aria-selected'))).toEqual(['true', 'false']);
    const panel = screen.getByRole('tabpanel');
    expect(
      within(panel).getByText('Soldiers opened fire on residents who were protesting outside the plant.'),
    ).toBeTruthy();
  });

  it('counts two accounts from two outlets as such', () => {
    renderPopover(cardFor('decree-4078'));
    expect(screen.getByRole('tab', { name: 'It granted immunity 2 accounts 2 outlets' })).toBeTruthy();
  });

  it('moves between positions with the arrow keys, showing each one’s quotes', async () => {
    const user = userEvent.setup();
    renderPopover(cardFor('senkata'));
    const [first, second] = screen.getAllByRole('tab');
    first?.focus();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(second);
    expect(second?.getAttribute('aria-selected')).toBe('true');
    expect(second?.tabIndex).toBe(0);
    expect(first?.tabIndex).toBe(-1);
    const panel = screen.getByRole('tabpanel');
    expect(within(panel).getByText('Not a single shot was fired by the security forces.')).toBeTruthy();
    // Past the last, back to the first.
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(first);
  });

  it('shows a quote that answers two questions once, and says where under the other', async () => {
    const user = userEvent.setup();
    renderPopover(card(sharedAccount, 'senkata'));
    const quote = 'Soldiers opened fire on residents who were protesting outside the plant.';
    expect(screen.getAllByText(quote)).toHaveLength(1);
    // The toll question's only position, in its own (second) question block.
    await user.click(screen.getByRole('tab', { name: /^Ten people/ }));
    expect(document.querySelector('.shown-under li')?.textContent).toBe(
      'Ollie  vargas: this quote is shown under “What caused the deaths at Senkata on 19 November 2019?”.',
    );
  });

  it('never shows a quote twice in one popover', () => {
    for (const entity of sharedAccount.entities) {
      cleanup();
      renderPopover(card(sharedAccount, entity.id));
      const quotes = [...document.querySelectorAll('blockquote')].map((quote) => quote.textContent);
      expect(new Set(quotes).size, entity.id).toBe(quotes.length);
    }
  });
});

describe('header and attribution', () => {
  it('shortens a long description to two lines, with a button for the rest', async () => {
    const user = userEvent.setup();
    const long = { ...dataset.entities[0], description: 'A long description. '.repeat(12).trim() };
    const withLong: Dataset = {
      ...dataset,
      entities: dataset.entities.map((entity) =>
        entity.id === 'senkata' ? { ...entity, ...long, id: 'senkata' } : entity,
      ),
    };
    renderPopover(card(withLong, 'senkata'));
    const more = screen.getByRole('button', { name: 'Read more' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    const description = document.getElementById(more.getAttribute('aria-controls') ?? '');
    expect(description?.classList.contains('clamped')).toBe(true);
    await user.click(more);
    expect(more.textContent).toBe('Show less');
    expect(description?.classList.contains('clamped')).toBe(false);
  });

  it('has no description button for a short description', () => {
    renderPopover(cardFor('senkata'));
    expect(screen.queryByRole('button', { name: 'Read more' })).toBeNull();
  });

  it('names three or more authors as “First et al.”, and all of them on request', async () => {
    const user = userEvent.setup();
    const many: Dataset = {
      ...dataset,
      sources: dataset.sources.map((source) =>
        source.id === 'pagina-siete-senkata-2019'
          ? { ...source, authors: ['Ana Quispe', 'Luis Mamani', 'Rosa Choque'] }
          : source,
      ),
    };
    renderPopover(card(many, 'senkata'));
    const figure = screen
      .getByText('Nos encerramos en la casa cuando empezaron los disparos.')
      .closest('figure');
    if (!figure) throw new Error('no figure');
    const authors = within(figure).getByRole('button', { name: 'by Ana Quispe et al.' });
    expect(authors.getAttribute('aria-expanded')).toBe('false');
    await user.click(authors);
    expect(authors.textContent).toBe('by Ana Quispe, Luis Mamani and Rosa Choque');
    expect(authors.getAttribute('aria-expanded')).toBe('true');
  });

  it('puts the curator’s summary after the quote and its attribution', () => {
    const summarised: Dataset = {
      ...dataset,
      accounts: dataset.accounts.map((account) =>
        account.id === 'doe-early' ? { ...account, summary: 'Calls Senkata a symbol.' } : account,
      ),
    };
    renderPopover(card(summarised, 'senkata'));
    const summary = document.querySelector('.summary');
    const figure = summary?.closest('figure');
    expect(summary).not.toBeNull();
    expect(figure?.lastElementChild).toBe(summary);
  });
});

describe('footer controls', () => {
  it('unlinks with an undo: the status says so and Undo calls back', async () => {
    const user = userEvent.setup();
    const onUndoHide = vi.fn();
    renderPopover(cardFor('senkata'), { unlinked: true, onUndoHide });
    expect(screen.getByRole('status').textContent).toBe('‘Senkata’ is no longer linked on this page.');
    expect(screen.queryByRole('button', { name: /^Don’t link/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(onUndoHide).toHaveBeenCalledTimes(1);
  });

  it('opens the entity in the dataset browser when the controller can', async () => {
    const user = userEvent.setup();
    const onOpenAtlas = vi.fn();
    renderPopover(cardFor('senkata'), { onOpenAtlas });
    await user.click(screen.getByRole('button', { name: 'More in the dataset browser' }));
    expect(onOpenAtlas).toHaveBeenCalledTimes(1);
    cleanup();
    renderPopover(cardFor('senkata'));
    expect(screen.queryByRole('button', { name: 'More in the dataset browser' })).toBeNull();
  });
});
