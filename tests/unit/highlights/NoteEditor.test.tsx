// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NoteEditor, type NoteEditorProps } from '../../../components/highlights/NoteEditor.tsx';
import { I18nProvider } from '../../../components/i18n-context.tsx';
import { translators } from '../popover/render-popover.tsx';

afterEach(cleanup);

const entities = [
  { id: 'evo-morales', name: 'Evo Morales', kind: 'person' },
  { id: 'esther-morales-ayma', name: 'Esther Morales Ayma', kind: 'person' },
  { id: 'senkata', name: 'Senkata', kind: 'event' },
];

function renderEditor(overrides: Partial<NoteEditorProps> = {}, ui: 'en' | 'es' = 'en') {
  const props: NoteEditorProps = {
    quote: 'The blockade lasted eleven days.',
    body: { note: '', tags: ['roads'], entityIds: ['evo-morales'] },
    uncertain: false,
    tagSuggestions: async () => ['blockade', 'bread prices', 'roads'],
    entities: async () => entities,
    onSave: vi.fn(async () => {}),
    onDelete: vi.fn(async () => {}),
    onRestore: vi.fn(async () => {}),
    onClose: vi.fn(),
    ...overrides,
  };
  render(
    <I18nProvider t={translators[ui]} locale={ui}>
      <NoteEditor {...props} />
    </I18nProvider>,
  );
  return props;
}

describe('NoteEditor', () => {
  it('is a dialog named “Highlight note” showing the saved passage, and passes axe', async () => {
    renderEditor();
    const dialog = screen.getByRole('dialog', { name: 'Highlight note' });
    expect(dialog.textContent).toContain('The blockade lasted eleven days.');
    expect(screen.queryByText('The text here has changed since you saved it.')).toBeNull();
    // Entity names arrive from the background.
    await screen.findByRole('button', { name: 'Unlink Evo Morales' });
    const results = await axe.run(dialog, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });

  it('says when the text changed since saving (an uncertain anchor)', () => {
    renderEditor({ uncertain: true });
    expect(screen.getByText('The text here has changed since you saved it.')).toBeTruthy();
  });

  it('adds tags with Enter and comma, removes the last with Backspace, and saves them on close', async () => {
    const user = userEvent.setup();
    const props = renderEditor();
    const tags = screen.getByRole('textbox', { name: 'Tags' });
    await user.type(tags, 'blockade{Enter}bread,typo{Enter}');
    expect(screen.getByRole('button', { name: 'Remove tag typo' })).toBeTruthy();
    await user.type(tags, '{Backspace}');
    expect(screen.queryByRole('button', { name: 'Remove tag typo' })).toBeNull();
    await user.type(screen.getByRole('textbox', { name: 'Note' }), 'A note');
    await user.click(screen.getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(props.onClose).toHaveBeenCalled());
    expect(props.onSave).toHaveBeenCalledWith({
      note: 'A note',
      tags: ['roads', 'blockade', 'bread'],
      entityIds: ['evo-morales'],
    });
  });

  it('suggests known tags as the reader types', async () => {
    const user = userEvent.setup();
    renderEditor();
    await user.type(screen.getByRole('textbox', { name: 'Tags' }), 'bre');
    await user.click(await screen.findByRole('button', { name: 'bread prices' }));
    expect(screen.getByRole('button', { name: 'Remove tag bread prices' })).toBeTruthy();
  });

  it('links an entity found with the filter and unlinks one', async () => {
    const user = userEvent.setup();
    const props = renderEditor();
    await user.type(screen.getByRole('searchbox', { name: 'Link an entity' }), 'senk');
    await user.click(await screen.findByRole('button', { name: 'Senkata' }));
    await user.click(screen.getByRole('button', { name: 'Unlink Evo Morales' }));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(props.onClose).toHaveBeenCalled());
    expect(props.onSave).toHaveBeenCalledWith({ note: '', tags: ['roads'], entityIds: ['senkata'] });
  });

  it('does not save when nothing changed', async () => {
    const user = userEvent.setup();
    const props = renderEditor();
    await user.click(screen.getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(props.onClose).toHaveBeenCalled());
    expect(props.onSave).not.toHaveBeenCalled();
  });

  it('shows a failed save as an alert and keeps the dialog open', async () => {
    const user = userEvent.setup();
    const props = renderEditor({
      onSave: vi.fn(async () => {
        throw new Error('Glosa: "update-highlight" failed: the disk is full');
      }),
    });
    await user.type(screen.getByRole('textbox', { name: 'Note' }), 'x');
    await user.tab({ shift: true });
    await user.click(document.body);
    expect((await screen.findByRole('alert')).textContent).toBe('Changes not saved: the disk is full');
    expect(props.onClose).not.toHaveBeenCalled();
  });

  it('deletes with an Undo in a status region, which restores', async () => {
    const user = userEvent.setup();
    const props = renderEditor();
    await user.click(screen.getByRole('button', { name: 'Delete highlight' }));
    expect(props.onDelete).toHaveBeenCalled();
    const status = await screen.findByRole('status');
    expect(status.textContent).toContain('Highlight deleted.');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(props.onRestore).toHaveBeenCalled();
    expect(await screen.findByRole('textbox', { name: 'Note' })).toBeTruthy();
  });

  it('closes by itself when Undo was not used in time', async () => {
    const user = userEvent.setup();
    const props = renderEditor({ undoMs: 1000 });
    await user.click(screen.getByRole('button', { name: 'Delete highlight' }));
    await screen.findByRole('status');
    expect(props.onClose).not.toHaveBeenCalled();
    await waitFor(() => expect(props.onClose).toHaveBeenCalled(), { timeout: 5000 });
    expect(props.onRestore).not.toHaveBeenCalled();
  });

  it('speaks Spanish', () => {
    renderEditor({ uncertain: true }, 'es');
    expect(screen.getByRole('dialog', { name: 'Nota del resaltado' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Eliminar resaltado' })).toBeTruthy();
  });
});
