// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { createRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cardFor, renderPopover } from './render-popover.tsx';

afterEach(cleanup);

/** The figure holding a quote: the quote and its attribution, as a reader sees them together. */
function quoteFigure(quote: string): HTMLElement {
  const figure = screen.getByText(quote).closest('figure');
  if (!figure) throw new Error(`no figure around ${quote}`);
  return figure;
}

function describedText(element: HTMLElement): string {
  return (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

describe('EntityPopover', () => {
  it('is a dialog named after the entity, with its kind, description, matched text and position', () => {
    renderPopover(cardFor('senkata'), { matchedText: 'Senkata', index: 3, total: 12 });
    const dialog = screen.getByRole('dialog', { name: 'Senkata' });
    expect(within(dialog).getByText('Event')).toBeTruthy();
    expect(
      within(dialog).getByText('Deaths at the Senkata fuel plant in El Alto on 19 November 2019.'),
    ).toBeTruthy();
    expect(within(dialog).getByText('matched ‘Senkata’')).toBeTruthy();
    expect(within(dialog).getByText('Mention 3 of 12')).toBeTruthy();
    // A screen reader hears the position when the dialog takes focus.
    expect(describedText(dialog)).toContain('Mention 3 of 12');
  });

  it('leaves out the matched line and the position when the controller gives neither', () => {
    renderPopover(cardFor('senkata'));
    expect(screen.queryByText(/^matched/)).toBeNull();
    expect(screen.queryByText(/^Mention/)).toBeNull();
  });

  it('has a Context section and, when there are questions, a Competing accounts section', () => {
    renderPopover(cardFor('senkata'));
    expect(screen.getByRole('heading', { name: 'Context' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Competing accounts' })).toBeTruthy();
    expect(
      screen.getByRole('heading', { name: 'What caused the deaths at Senkata on 19 November 2019?' }),
    ).toBeTruthy();
    // Each position is a tab of the question's segmented control, with its counts.
    expect(screen.getByRole('tab', { name: /^Soldiers fired on protesters/ })).toBeTruthy();
    expect(screen.getByRole('tab', { name: /^Security forces deny firing/ })).toBeTruthy();
  });

  it('has no Competing accounts section for an entity without questions', () => {
    renderPopover(cardFor('qaqachaka'));
    expect(screen.getByRole('heading', { name: 'Context' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Competing accounts' })).toBeNull();
    expect(screen.getByText('The bundled sources hold no quote about this entity yet.')).toBeTruthy();
  });

  it('follows each quote with one attribution line: speaker, framing, authors, date and a Source link', async () => {
    const user = userEvent.setup();
    renderPopover(cardFor('senkata'));
    await user.click(screen.getByRole('tab', { name: /^Security forces deny firing/ }));
    const quote = 'Not a single shot was fired by the security forces.';
    const figure = quoteFigure(quote);
    const blockquote = screen.getByText(quote).closest('blockquote');
    expect(blockquote?.getAttribute('lang')).toBe('en');
    const caption = figure.querySelector('figcaption');
    if (!caption || !blockquote) throw new Error('quote without caption');
    expect(blockquote.compareDocumentPosition(caption)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    const attribution = within(caption);
    expect(attribution.getByText('Augusto Russo, Bolivian Police Commander')).toBeTruthy();
    expect(attribution.getByText('quoted by Reuters, which disputes it')).toBeTruthy();
    expect(attribution.getByText('by Daniel Ramos and Monica Machicao')).toBeTruthy();
    expect(attribution.getByText('19 November 2019').getAttribute('datetime')).toBe('2019-11-19');
    const link = attribution.getByRole('link', { name: 'Source' });
    expect(link.getAttribute('href')).toBe('https://www.reuters.com/article/senkata');
    // The article's title is the link's description, not another line.
    expect(describedText(link)).toBe('Bolivia police say security forces did not fire at Senkata protesters');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('says the address is not known instead of showing a dead link, and keeps a Spanish quote in Spanish', () => {
    renderPopover(cardFor('senkata'));
    const quote = 'Nos encerramos en la casa cuando empezaron los disparos.';
    const figure = within(quoteFigure(quote));
    expect(figure.queryByRole('link')).toBeNull();
    expect(figure.getByText('Address not known')).toBeTruthy();
    expect(figure.getByText('December 2019')).toBeTruthy();
    expect(screen.getByText(quote).closest('blockquote')?.getAttribute('lang')).toBe('es');
  });

  it('attributes an author’s own words as their own, writing in the outlet, with the republisher', () => {
    renderPopover(cardFor('senkata'));
    const figure = within(quoteFigure('Senkata became the symbol of the new government’s crackdown.'));
    expect(figure.getByText('Jane Doe')).toBeTruthy();
    expect(figure.getByText('in their own words, writing in Morning Star')).toBeTruthy();
    expect(figure.getByText('via Left on the Move')).toBeTruthy();
    expect(figure.getByText('2019')).toBeTruthy();
    // The author's own words carry no stance: they are the claim.
    expect(figure.queryByText(/which (endorses|disputes) it|takes no side/)).toBeNull();
  });

  it.each([
    [
      'en',
      'Nos encerramos en la casa cuando empezaron los disparos.',
      'quoted by Página Siete, which takes no side',
    ],
    [
      'es',
      'Nos encerramos en la casa cuando empezaron los disparos.',
      'citado textualmente por Página Siete, que no toma partido',
    ],
    ['en', 'Not a single shot was fired by the security forces.', 'quoted by Reuters, which disputes it'],
    [
      'es',
      'Not a single shot was fired by the security forces.',
      'citado textualmente por Reuters, que lo rebate',
    ],
    [
      'en',
      'Soldiers opened fire on residents who were protesting outside the plant.',
      'in their own words, writing in The Grayzone',
    ],
    [
      'es',
      'Soldiers opened fire on residents who were protesting outside the plant.',
      'con sus propias palabras, en The Grayzone',
    ],
  ] as const)('says in plain words how every quote reaches the reader (%s: %s)', (ui, quote, framing) => {
    renderPopover(cardFor('senkata'), { ui });
    // Shown once, in Context or under its position (perhaps in a panel not chosen yet).
    const shown = screen.getAllByText(quote);
    expect(shown).toHaveLength(1);
    for (const element of shown) {
      const caption = element.closest('figure')?.querySelector('figcaption');
      expect(caption ? within(caption).getByText(framing) : null).toBeTruthy();
    }
  });

  it.each([
    ['en', 'Human rights groups', 'paraphrased by Reuters, which takes no side'],
    ['es', 'Human rights groups', 'parafraseado por Reuters, que no toma partido'],
  ] as const)('names a paraphrase as such (%s)', (ui, speaker, framing) => {
    renderPopover(cardFor('decree-4078'), { ui });
    const caption = screen.getAllByText(speaker)[0]?.closest('figcaption');
    expect(caption ? within(caption).getByText(framing) : null).toBeTruthy();
  });

  it.each([
    ['en', 'The bundled sources give this position only as reported by its critics.'],
    ['es', 'Las fuentes incluidas solo recogen esta postura a través de quienes la critican.'],
  ] as const)('notes a position carried only by sources that dispute it (%s)', (ui, note) => {
    renderPopover(cardFor('senkata'), { ui });
    const notes = screen.getAllByText(note);
    expect(notes).toHaveLength(1);
    // The note sits with the position it is about, not with the one its critics hold.
    const panel = notes[0]?.closest('[role="tabpanel"]');
    const tab = document.getElementById(panel?.getAttribute('aria-labelledby') ?? '');
    // Position labels are dataset text, in the dataset's language.
    expect(tab?.querySelector('.position-label')?.textContent).toBe('Security forces deny firing');
    expect(notes[0]?.getAttribute('role')).toBe('note');
  });

  it('has no critics-only note where a position has a source that does not dispute it', () => {
    renderPopover(cardFor('decree-4078'));
    expect(screen.queryByText(/only as reported by its critics/)).toBeNull();
  });

  it('shows the first two quotes of a list and reveals the rest with "Show N more", keeping focus on the button', async () => {
    const user = userEvent.setup();
    renderPopover(cardFor('senkata'));
    const context = screen.getByRole('region', { name: 'Context' });
    expect(within(context).getAllByRole('listitem')).toHaveLength(2);
    const more = within(context).getByRole('button', { name: 'Show 2 more' });
    await user.click(more);
    expect(within(context).getAllByRole('listitem')).toHaveLength(4);
    expect(
      within(context).getByText('From Morales’s exit to Senkata, the decree set the tone.'),
    ).toBeTruthy();
    expect(more.textContent).toBe('Show fewer');
    expect(document.activeElement).toBe(more);
    await user.click(more);
    expect(within(context).getAllByRole('listitem')).toHaveLength(2);
  });

  it('collapses a section from its count button', async () => {
    const user = userEvent.setup();
    renderPopover(cardFor('senkata'));
    const toggle = screen.getByRole('button', { name: '4 quotes' });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(
      screen.getByText('Senkata became the symbol of the new government’s crackdown.').closest('[hidden]'),
    ).not.toBeNull();
    expect(screen.getByRole('button', { name: '1 question' }).getAttribute('aria-expanded')).toBe('true');
  });

  it('says plainly when the bundled sources give only one position', () => {
    renderPopover(cardFor('decree-4078'));
    const question = screen.getByRole('heading', {
      name: 'Did Decree 4078 shield the armed forces from prosecution?',
    });
    expect(question).toBeTruthy();
    expect(screen.getByText('The bundled sources give only one position on this question.')).toBeTruthy();
    expect(screen.getByRole('tab', { name: /^It granted immunity/ })).toBeTruthy();
    expect(screen.queryByRole('tab', { name: /^It did not grant immunity/ })).toBeNull();
  });

  it('has no one-position note where the sources disagree', () => {
    renderPopover(cardFor('senkata'));
    expect(screen.queryByText('The bundled sources give only one position on this question.')).toBeNull();
  });

  it('shows the dataset version and calls back to hide the mention or close', async () => {
    const user = userEvent.setup();
    const onHide = vi.fn();
    const onClose = vi.fn();
    renderPopover(cardFor('senkata'), { onHide, onClose });
    expect(screen.getByText('Dataset v1.2.0, as of 1 December 2026')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Don’t link ‘Senkata’ on this page' }));
    expect(onHide).toHaveBeenCalledTimes(1);
    expect(onClose).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it.each([
    [
      'en',
      'Related',
      'Senkata killings',
      '(Event)',
      'President of Bolivia, 2006–2019',
      'Coca growers’ leader, since 1996',
      'Party leader, until 2024',
    ],
    [
      'es',
      'Relacionado',
      'Senkata killings',
      '(Acontecimiento)',
      'President of Bolivia, 2006–2019',
      'Coca growers’ leader, desde 1996',
      'Party leader, hasta 2024',
    ],
  ] as const)(
    'lists related entities by name and kind, and dated roles (%s)',
    (ui, heading, name, kind, span, since, until) => {
      renderPopover(cardFor('evo-morales'), { ui });
      const list = screen.getByRole('list', { name: heading });
      const item = within(list).getByText(name, { exact: false }).closest('li');
      expect(item?.textContent).toBe(`${name} ${kind}`);
      expect(item?.getAttribute('data-entity-id')).toBe('senkata-killings');
      // Without a way to open it, a related entity is a name, not a control.
      expect(within(list).queryByRole('button')).toBeNull();
      expect(screen.getByText(span)).toBeTruthy();
      expect(screen.getByText(since)).toBeTruthy();
      expect(screen.getByText(until)).toBeTruthy();
    },
  );

  it('opens a related entity through the controller when it can', async () => {
    const user = userEvent.setup();
    const onOpenRelated = vi.fn();
    renderPopover(cardFor('evo-morales'), { onOpenRelated });
    await user.click(screen.getByRole('button', { name: 'Senkata killings' }));
    expect(onOpenRelated).toHaveBeenCalledWith('senkata-killings');
  });

  it('has no Related list and no roles where the entity has none', () => {
    renderPopover(cardFor('qaqachaka'));
    expect(screen.queryByRole('list', { name: 'Related' })).toBeNull();
    expect(document.querySelector('.roles')).toBeNull();
  });

  it('gives the controller a focusable root', () => {
    const rootRef = createRef<HTMLDivElement>();
    renderPopover(cardFor('senkata'), { rootRef });
    expect(rootRef.current).toBe(screen.getByRole('dialog', { name: 'Senkata' }));
    expect(rootRef.current?.tabIndex).toBe(-1);
    rootRef.current?.focus();
    expect(document.activeElement).toBe(rootRef.current);
  });

  it('speaks Spanish with a Spanish t and locale, while quotes stay in their language', async () => {
    const user = userEvent.setup();
    renderPopover(cardFor('senkata'), { ui: 'es', matchedText: 'Senkata', index: 3, total: 12 });
    expect(
      screen.getByRole('tab', { name: /^Soldiers fired on protesters 1 versión 1 medio$/ }),
    ).toBeTruthy();
    await user.click(screen.getByRole('tab', { name: /^Security forces deny firing/ }));
    const dialog = screen.getByRole('dialog', { name: 'Senkata' });
    expect(dialog.getAttribute('lang')).toBe('es');
    expect(screen.getByText('Acontecimiento')).toBeTruthy();
    expect(screen.getByText('detectado como «Senkata»')).toBeTruthy();
    expect(screen.getByText('Mención 3 de 12')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Contexto' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Versiones enfrentadas' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Mostrar 2 más' })).toBeTruthy();
    const figure = within(quoteFigure('Not a single shot was fired by the security forces.'));
    expect(figure.getByText('citado textualmente por Reuters, que lo rebate')).toBeTruthy();
    expect(figure.getByText('por Daniel Ramos y Monica Machicao')).toBeTruthy();
    expect(figure.getByText('19 de noviembre de 2019')).toBeTruthy();
    expect(figure.getByRole('link', { name: 'Fuente' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'No enlazar «Senkata» en esta página' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Cerrar' })).toBeTruthy();
    expect(screen.getByText('Datos v1.2.0, al 1 de diciembre de 2026')).toBeTruthy();
  });

  it.each(['senkata', 'decree-4078', 'qaqachaka', 'evo-morales'])(
    'has no axe violations (%s)',
    async (entityId) => {
      const user = userEvent.setup();
      const { container } = renderPopover(cardFor(entityId), { matchedText: 'x', index: 1, total: 2 });
      // Expand every list so hidden quotes are checked too.
      for (const more of screen.queryAllByRole('button', { name: /^Show \d+ more$/ })) await user.click(more);
      const results = await axe.run(container, {
        // happy-dom has no layout: rules that measure rendered boxes cannot run here (e2e covers them).
        rules: { 'color-contrast': { enabled: false }, 'target-size': { enabled: false } },
      });
      expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
      // The run checked something: the dialog's name and the buttons' names among others.
      expect(results.passes.map((pass) => pass.id)).toEqual(
        expect.arrayContaining(['aria-dialog-name', 'button-name']),
      );
    },
  );
});
