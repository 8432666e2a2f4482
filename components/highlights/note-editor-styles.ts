/**
 * The note editor's styles, added after `popoverStyles` in the same shadow root: the
 * editor is a `.popover` (same reset, colours, dark and forced-colors themes) with form
 * fields, which the popover's reset does not cover. px only, as there.
 */
export const noteEditorStyles = `
.note-editor :where(label, textarea, input, ul, figure, figcaption, blockquote, h3) {
  all: unset;
  box-sizing: border-box;
}

.note-editor .title-row {
  align-items: center;
}

.editor-label {
  display: block;
  margin: 12px 0px 4px 0px;
  font-size: 12px;
  font-weight: 600;
  line-height: 16px;
  color: var(--glosa-fg);
}

.editor-quote {
  display: block;
  margin: 0px;
}

.editor-quote-text {
  display: block;
  max-height: 96px;
  overflow-y: auto;
  padding: 2px 0px 2px 10px;
  border-left: 3px solid var(--glosa-note-border);
  font-size: 13px;
  line-height: 19px;
  white-space: pre-wrap;
  color: var(--glosa-fg);
}

.editor-changed {
  display: block;
  margin-top: 8px;
  padding: 6px 8px;
  border: 1px solid var(--glosa-note-border);
  border-radius: 6px;
  background: var(--glosa-note-bg);
  color: var(--glosa-note-fg);
}

.editor-changed-text {
  display: block;
  font-size: 13px;
  line-height: 18px;
}

.editor-note,
.editor-input {
  display: block;
  width: 100%;
  padding: 6px 8px;
  border: 1px solid var(--glosa-control-border);
  border-radius: 6px;
  background: var(--glosa-bg);
  color: var(--glosa-fg);
  font-size: 14px;
  line-height: 20px;
  white-space: pre-wrap;
  cursor: text;
}

.editor-note {
  min-height: 80px;
  resize: vertical;
}

.editor-chips {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 4px;
}

.editor-chips .editor-input {
  flex: 1 1 120px;
  width: auto;
}

.editor-chip-list,
.editor-suggestions {
  display: flex;
  flex-wrap: wrap;
  gap: 4px;
  margin: 0px;
  padding: 0px;
  list-style: none;
}

.editor-suggestions {
  margin-top: 4px;
}

.editor-chip,
.editor-suggestion {
  display: inline-flex;
  align-items: center;
}

.editor-chip {
  gap: 2px;
  padding: 2px 2px 2px 8px;
  border: 1px solid var(--glosa-border);
  border-radius: 12px;
  background: var(--glosa-control-hover);
  font-size: 12px;
  line-height: 16px;
}

.editor-chip-remove {
  display: inline-flex;
  align-items: center;
  justify-content: center;
  width: 20px;
  height: 20px;
  border-radius: 10px;
  cursor: pointer;
  font-size: 14px;
  line-height: 14px;
  color: var(--glosa-fg);
}

.editor-chip-remove:hover {
  background: var(--glosa-border);
}

.editor-suggestion .more {
  margin-top: 0px;
}

.editor-status {
  display: flex;
  align-items: center;
  justify-content: space-between;
  gap: 8px;
  margin-top: 8px;
}

.editor-status-text {
  display: inline;
  font-size: 14px;
  line-height: 20px;
}

.editor-error {
  display: block;
  margin-top: 8px;
  font-size: 13px;
  line-height: 18px;
  color: #b3261e;
}

@media (prefers-color-scheme: dark) {
  .editor-error {
    color: #f2b8b5;
  }
}

@media (forced-colors: active) {
  .editor-note,
  .editor-input {
    border-color: CanvasText;
  }
  .editor-error {
    color: CanvasText;
  }
}
`;
