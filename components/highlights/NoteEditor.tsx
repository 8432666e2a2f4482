/**
 * A saved highlight's note editor, shown next to the passage in the page-UI host's
 * closed shadow root: the note, tags (chips, Enter or comma adds, Backspace in the empty
 * field removes the last), linked dataset entities (prefilled on save, removable, more
 * found with a filter), and delete with an Undo that lasts `undoMs`.
 *
 * Presentational with callbacks: it never calls a browser API. The content script's
 * saved-highlights feature saves (`onSave`, on leaving the dialog and on close), deletes,
 * restores and closes, and moves focus to `rootRef`.
 */
import { type KeyboardEvent, type Ref, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { HighlightBody } from '../../core/highlights/highlight.ts';
import { useLocale, useT } from '../i18n-context.tsx';

export interface EntityChoice {
  id: string;
  name: string;
  kind: string;
}

export interface NoteEditorProps {
  quote: string;
  body: HighlightBody;
  /** Anchored only approximately: the page's words differ from the saved quote. */
  uncertain: boolean;
  tagSuggestions: () => Promise<string[]>;
  entities: () => Promise<EntityChoice[]>;
  /** Saves the body; rejects with a message a person can act on. */
  onSave: (body: HighlightBody) => Promise<void>;
  onDelete: () => Promise<void>;
  onRestore: () => Promise<void>;
  onClose: () => void;
  rootRef?: Ref<HTMLDivElement>;
  /** How long Undo is offered after a delete. */
  undoMs?: number;
}

const maxSuggestions = 6;
const maxEntityChoices = 8;

function sameBody(a: HighlightBody, b: HighlightBody): boolean {
  return (
    a.note === b.note &&
    a.tags.length === b.tags.length &&
    a.tags.every((tag, i) => tag === b.tags[i]) &&
    a.entityIds.length === b.entityIds.length &&
    a.entityIds.every((id, i) => id === b.entityIds[i])
  );
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message.replace(/^Glosa: "[^"]+" failed: /, '') : String(error);
}

export function NoteEditor({
  quote,
  body,
  uncertain,
  tagSuggestions,
  entities,
  onSave,
  onDelete,
  onRestore,
  onClose,
  rootRef,
  undoMs = 8000,
}: NoteEditorProps) {
  const t = useT();
  const locale = useLocale();
  const titleId = useId();
  const noteId = useId();
  const tagsId = useId();
  const tagsHintId = useId();
  const filterId = useId();
  const [note, setNote] = useState(body.note);
  const [tags, setTags] = useState(body.tags);
  const [entityIds, setEntityIds] = useState(body.entityIds);
  const [tagDraft, setTagDraft] = useState('');
  const [filter, setFilter] = useState('');
  const [knownTags, setKnownTags] = useState<string[]>([]);
  const [knownEntities, setKnownEntities] = useState<EntityChoice[]>([]);
  const [error, setError] = useState('');
  const [deleted, setDeleted] = useState(false);
  const saved = useRef<HighlightBody>(body);
  const undoButton = useRef<HTMLButtonElement>(null);
  // A removed chip or a picked suggestion takes its button away: focus goes back to the field.
  const tagsInput = useRef<HTMLInputElement>(null);
  const filterInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    let live = true;
    tagSuggestions().then(
      (list) => live && setKnownTags(list),
      () => undefined,
    );
    entities().then(
      (list) => live && setKnownEntities(list),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [tagSuggestions, entities]);

  useEffect(() => {
    if (!deleted) return;
    undoButton.current?.focus();
    const timer = setTimeout(onClose, undoMs);
    return () => clearTimeout(timer);
  }, [deleted, onClose, undoMs]);

  const current = (): HighlightBody => {
    const draft = tagDraft.trim();
    const withDraft = draft && !tags.includes(draft) ? [...tags, draft] : tags;
    return { note, tags: withDraft, entityIds };
  };

  const save = async (): Promise<void> => {
    const next = current();
    if (deleted || sameBody(next, saved.current)) return;
    try {
      await onSave(next);
      saved.current = next;
      setError('');
    } catch (failure) {
      setError(t('noteEditorSaveFailed', messageOf(failure)));
    }
  };

  const close = () => {
    void save().finally(onClose);
  };

  const addTag = (value: string) => {
    const tag = value.trim().replace(/,+$/, '').trim();
    setTagDraft('');
    if (tag && !tags.includes(tag)) setTags([...tags, tag]);
  };

  const onTagKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      addTag(tagDraft);
    } else if (event.key === 'Backspace' && tagDraft === '' && tags.length > 0) {
      event.preventDefault();
      setTags(tags.slice(0, -1));
    }
  };

  const suggestions = useMemo(() => {
    const draft = tagDraft.trim().toLocaleLowerCase(locale);
    if (!draft) return [];
    return knownTags
      .filter((tag) => !tags.includes(tag) && tag.toLocaleLowerCase(locale).includes(draft))
      .slice(0, maxSuggestions);
  }, [tagDraft, knownTags, tags, locale]);

  const names = useMemo(
    () => new Map(knownEntities.map((entity) => [entity.id, entity.name])),
    [knownEntities],
  );
  const choices = useMemo(() => {
    const query = filter.trim().toLocaleLowerCase(locale);
    if (!query) return [];
    return knownEntities
      .filter(
        (entity) => !entityIds.includes(entity.id) && entity.name.toLocaleLowerCase(locale).includes(query),
      )
      .slice(0, maxEntityChoices);
  }, [filter, knownEntities, entityIds, locale]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close();
    }
  };

  return (
    <div
      ref={rootRef}
      className="popover note-editor"
      role="dialog"
      aria-labelledby={titleId}
      tabIndex={-1}
      lang={locale}
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        // Leaving the dialog (a click on the page, Tab out) saves.
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) void save();
      }}
    >
      <div className="body">
        <div className="title-row">
          <h2 id={titleId} className="name">
            {t('noteEditorTitle')}
          </h2>
          <button type="button" className="close" aria-label={t('noteEditorClose')} onClick={close}>
            <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
              <path d="M3.5 3.5l9 9m0-9l-9 9" fill="none" stroke="currentColor" strokeWidth="1.75" />
            </svg>
          </button>
        </div>

        {deleted ? (
          <div className="editor-status" role="status">
            <span className="editor-status-text">{t('noteEditorDeleted')}</span>
            <button
              ref={undoButton}
              type="button"
              className="hide"
              onClick={() => {
                void onRestore().then(
                  () => setDeleted(false),
                  (failure: unknown) => setError(t('noteEditorSaveFailed', messageOf(failure))),
                );
              }}
            >
              {t('noteEditorUndo')}
            </button>
          </div>
        ) : (
          <>
            {uncertain ? (
              <div className="editor-changed">
                <p className="editor-changed-text">{t('noteEditorChanged')}</p>
              </div>
            ) : null}
            <figure className="editor-quote">
              <figcaption className="editor-label">{t('noteEditorQuoteLabel')}</figcaption>
              <blockquote className="editor-quote-text">{quote}</blockquote>
            </figure>

            <label className="editor-label" htmlFor={noteId}>
              {t('noteEditorNoteLabel')}
            </label>
            <textarea
              id={noteId}
              className="editor-note"
              value={note}
              rows={4}
              onChange={(event) => setNote(event.target.value)}
            />

            <label className="editor-label" htmlFor={tagsId}>
              {t('noteEditorTagsLabel')}
            </label>
            <div className="editor-chips">
              <ul className="editor-chip-list">
                {tags.map((tag) => (
                  <li key={tag} className="editor-chip">
                    <span className="editor-chip-text">{tag}</span>
                    <button
                      type="button"
                      className="editor-chip-remove"
                      aria-label={t('noteEditorRemoveTag', tag)}
                      onClick={() => {
                        setTags(tags.filter((other) => other !== tag));
                        tagsInput.current?.focus();
                      }}
                    >
                      ×
                    </button>
                  </li>
                ))}
              </ul>
              <input
                ref={tagsInput}
                id={tagsId}
                className="editor-input"
                value={tagDraft}
                aria-describedby={tagsHintId}
                autoComplete="off"
                onChange={(event) => {
                  const value = event.target.value;
                  if (value.endsWith(',')) addTag(value);
                  else setTagDraft(value);
                }}
                onKeyDown={onTagKey}
              />
            </div>
            <p id={tagsHintId} className="muted small">
              {t('noteEditorTagsHint')}
            </p>
            {suggestions.length > 0 ? (
              <ul className="editor-suggestions">
                {suggestions.map((tag) => (
                  <li key={tag} className="editor-suggestion">
                    <button
                      type="button"
                      className="more"
                      onClick={() => {
                        addTag(tag);
                        tagsInput.current?.focus();
                      }}
                    >
                      {tag}
                    </button>
                  </li>
                ))}
              </ul>
            ) : null}

            <h3 className="editor-label">{t('noteEditorEntitiesLabel')}</h3>
            <ul className="editor-chip-list">
              {entityIds.map((id) => (
                <li key={id} className="editor-chip">
                  <span className="editor-chip-text">{names.get(id) ?? id}</span>
                  <button
                    type="button"
                    className="editor-chip-remove"
                    aria-label={t('noteEditorUnlinkEntity', names.get(id) ?? id)}
                    onClick={() => {
                      setEntityIds(entityIds.filter((other) => other !== id));
                      filterInput.current?.focus();
                    }}
                  >
                    ×
                  </button>
                </li>
              ))}
            </ul>
            <label className="editor-label" htmlFor={filterId}>
              {t('noteEditorEntityFilter')}
            </label>
            <input
              ref={filterInput}
              id={filterId}
              className="editor-input editor-filter"
              type="search"
              value={filter}
              autoComplete="off"
              onChange={(event) => setFilter(event.target.value)}
            />
            {filter.trim() ? (
              choices.length > 0 ? (
                <ul className="editor-suggestions">
                  {choices.map((entity) => (
                    <li key={entity.id} className="editor-suggestion">
                      <button
                        type="button"
                        className="more"
                        onClick={() => {
                          setEntityIds([...entityIds, entity.id]);
                          setFilter('');
                          filterInput.current?.focus();
                        }}
                      >
                        {entity.name}
                      </button>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="muted small">{t('noteEditorNoEntityMatch')}</p>
              )
            ) : null}
          </>
        )}
        {error ? (
          <p className="editor-error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
      {deleted ? null : (
        <div className="footer">
          <button
            type="button"
            className="hide"
            onClick={() => {
              void onDelete().then(
                () => setDeleted(true),
                (failure: unknown) => setError(t('noteEditorSaveFailed', messageOf(failure))),
              );
            }}
          >
            {t('noteEditorDelete')}
          </button>
        </div>
      )}
    </div>
  );
}
