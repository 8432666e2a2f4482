/**
 * One highlight in the library: its quote, note, tags and entities with the search's
 * matches marked, its anchoring state, and the actions on it. The note and tags are
 * edited in place and saved on Enter or when the field loses focus; Escape cancels.
 * Everything the user wrote is rendered as text (never as HTML). Its height is fixed by
 * its data (`card-layout.ts`), the text clamped; "Show more" lifts the clamp.
 */
import { type KeyboardEvent, type MouseEvent, memo, useRef, useState } from 'react';
import type { Highlight, HighlightBody } from '../../core/highlights/highlight';
import { textFragmentUrl } from '../../core/highlights/text-fragment';
import { markedParts, type SearchField, type SearchMark } from '../../core/library/search-text';
import { useT } from '../i18n-context';
import { mayBeClamped } from './card-layout';

export interface HighlightCardProps {
  highlight: Highlight;
  /** The search's marks for this highlight; undefined when nothing is searched. */
  marks: SearchMark[] | undefined;
  /** Marks for a field the engine left unmarked (far down a long list of hits). */
  fallbackMarks: (text: string) => [number, number][];
  /** Null until the dataset's names are loaded (after the first screen). */
  entityName: ((id: string) => string) | null;
  selected: boolean;
  /** Shown whole rather than clamped. */
  expanded: boolean;
  onExpand: (id: string, expanded: boolean) => void;
  onSelect: (id: string, selected: boolean, range: boolean) => void;
  onSave: (id: string, body: HighlightBody) => Promise<void>;
  onDelete: (id: string) => void;
}

/** Not in React's attribute types; an unknown lowercase attribute is passed through to the DOM. */
const elementTiming = { elementtiming: 'card-quote' } as Record<string, string>;

export function Marked({ text, ranges }: { text: string; ranges: [number, number][] }) {
  if (ranges.length === 0) return <>{text}</>;
  return (
    <>
      {markedParts(text, ranges).map((part, index) =>
        part.marked ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts of one fixed text, in order.
          <mark key={index}>{part.text}</mark>
        ) : (
          part.text
        ),
      )}
    </>
  );
}

export function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((tag) => tag.trim().slice(0, 100))
        .filter((tag) => tag !== ''),
    ),
  ].slice(0, 50);
}

export const HighlightCard = memo(function HighlightCard({
  highlight,
  marks,
  fallbackMarks,
  entityName,
  selected,
  expanded,
  onExpand,
  onSelect,
  onSave,
  onDelete,
}: HighlightCardProps) {
  const t = useT();
  const [editing, setEditing] = useState<'note' | 'tags' | null>(null);
  const [draft, setDraft] = useState('');
  // Shift+Space on the checkbox selects a range, as Shift-click does.
  const spaceWithShift = useRef(false);
  const { id, body } = highlight;
  const quote = highlight.target.selector.quote.exact;
  const state = highlight.anchoring?.state;
  const headingId = `quote-${id}`;

  const rangesOf = (field: SearchField, item: number, text: string): [number, number][] => {
    if (!marks) return [];
    if (marks.length === 0) return fallbackMarks(text);
    return marks.filter((mark) => mark.field === field && mark.item === item).flatMap((mark) => mark.ranges);
  };

  const start = (field: 'note' | 'tags') => {
    setDraft(field === 'note' ? body.note : body.tags.join(', '));
    setEditing(field);
  };

  const commit = async () => {
    if (!editing) return;
    const next: HighlightBody =
      editing === 'note' ? { ...body, note: draft.slice(0, 100_000) } : { ...body, tags: parseTags(draft) };
    setEditing(null);
    const changed =
      editing === 'note' ? next.note !== body.note : next.tags.join('\n') !== body.tags.join('\n');
    if (changed) await onSave(id, next);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement | HTMLInputElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      setEditing(null);
    } else if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      void commit();
    }
  };

  const snippet = quote.length > 60 ? `${quote.slice(0, 57)}…` : quote;

  return (
    <article
      className={`card${selected ? ' selected' : ''}${expanded ? ' expanded' : ''}`}
      aria-labelledby={headingId}
    >
      <div className="card-head">
        <input
          type="checkbox"
          checked={selected}
          aria-label={t('librarySelectOne', snippet)}
          onChange={() => undefined}
          onKeyUp={(event) => {
            spaceWithShift.current = event.key === ' ' && event.shiftKey;
          }}
          onClick={(event: MouseEvent<HTMLInputElement>) => {
            // Space's click carries no modifier keys in Chromium: Shift+Space is read from the key.
            const range = event.shiftKey || (event.detail === 0 && spaceWithShift.current);
            spaceWithShift.current = false;
            onSelect(id, event.currentTarget.checked, range);
          }}
        />
        {state === 'orphan' ? (
          <span className="badge orphan">{t('libraryOrphan')}</span>
        ) : state === 'uncertain' ? (
          <span className="badge uncertain">{t('libraryUncertain')}</span>
        ) : null}
        {expanded || mayBeClamped(highlight) ? (
          <button
            type="button"
            className="link more"
            aria-expanded={expanded}
            aria-describedby={headingId}
            onClick={() => onExpand(id, !expanded)}
          >
            {expanded ? t('libraryShowLess') : t('libraryShowMore')}
          </button>
        ) : null}
      </div>
      {/* Element Timing: the bench reads when the first card's text was painted. */}
      <blockquote id={headingId} className="quote" {...elementTiming}>
        <Marked text={quote} ranges={rangesOf('quote', 0, quote)} />
      </blockquote>
      {state === 'orphan' ? <p className="hint orphan-hint">{t('libraryOrphanHint')}</p> : null}

      {editing === 'note' ? (
        <textarea
          className="edit note-edit"
          aria-label={t('libraryNoteLabel')}
          value={draft}
          // biome-ignore lint/a11y/noAutofocus: the user just asked to edit this note.
          autoFocus
          rows={2}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={() => void commit()}
          onKeyDown={onKeyDown}
        />
      ) : (
        <div className="field note-field">
          {body.note ? (
            <p className="note">
              <Marked text={body.note} ranges={rangesOf('note', 0, body.note)} />
            </p>
          ) : (
            <p className="hint">{t('libraryNoNote')}</p>
          )}
          <button type="button" className="link" onClick={() => start('note')}>
            {t('libraryEditNote')}
          </button>
        </div>
      )}

      {editing === 'tags' ? (
        <input
          className="edit tags-edit"
          aria-label={t('libraryTagsLabel')}
          value={draft}
          // biome-ignore lint/a11y/noAutofocus: the user just asked to edit these tags.
          autoFocus
          onChange={(event) => setDraft(event.target.value)}
          onBlur={() => void commit()}
          onKeyDown={onKeyDown}
        />
      ) : (
        <div className="field tags-field">
          {body.tags.length > 0 ? (
            <ul className="tags" aria-label={t('libraryTagsHeading')}>
              {body.tags.map((tag, index) => (
                <li key={tag}>
                  <Marked text={tag} ranges={rangesOf('tags', index, tag)} />
                </li>
              ))}
            </ul>
          ) : null}
          <button type="button" className="link" onClick={() => start('tags')}>
            {t('libraryEditTags')}
          </button>
        </div>
      )}

      {body.entityIds.length > 0 ? (
        <p className="entities">
          <span className="label">{t('libraryEntitiesLabel')} </span>
          {(entityName ? body.entityIds : []).map((entityId, index) => {
            const name = entityName?.(entityId) ?? entityId;
            return (
              <span key={entityId} className="entity">
                {index > 0 ? ', ' : ''}
                <Marked text={name} ranges={rangesOf('entities', index, name)} />
              </span>
            );
          })}
        </p>
      ) : null}

      <div className="actions">
        <a
          href={textFragmentUrl(highlight.target.source, highlight.target.selector.quote)}
          target="_blank"
          rel="noreferrer"
          aria-describedby={headingId}
        >
          {t('libraryOpen')}
        </a>
        <button type="button" onClick={() => onDelete(id)} aria-describedby={headingId}>
          {t('libraryDelete')}
        </button>
      </div>
    </article>
  );
});
