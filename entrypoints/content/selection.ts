/**
 * Which selections Glosa may save: page text only, never text in a form field, in
 * editable content (the reader is writing, not reading) or in Glosa's own UI.
 */
import { ownUiAttribute } from './text-blocks';

/** Selections Glosa must leave alone: form fields, editable regions, its own UI. */
function isEditableOrOwn(node: Node | null): boolean {
  const element = node?.nodeType === Node.ELEMENT_NODE ? (node as Element) : node?.parentElement;
  if (!element) return true;
  if (element.closest(`[${ownUiAttribute}]`)) return true;
  if ((element as HTMLElement).isContentEditable) return true;
  return (
    element.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])') !== null
  );
}

/** The selection's range when it is one Glosa may save, else undefined. */
export function savableSelection(document: Document): Range | undefined {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return undefined;
  // Text selected in an <input> or <textarea> leaves the page's selection on the field.
  const active = document.activeElement;
  if (active && (active.matches('input, textarea, select') || active.hasAttribute(ownUiAttribute)))
    return undefined;
  const range = selection.getRangeAt(0);
  if (isEditableOrOwn(range.startContainer) || isEditableOrOwn(range.endContainer)) return undefined;
  if (isEditableOrOwn(range.commonAncestorContainer)) return undefined;
  if (!/\S/.test(range.toString())) return undefined;
  return range;
}
