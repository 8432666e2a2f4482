// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { savableSelection } from '../../../entrypoints/content/selection';

function select(node: Node, start: number, end: number, endNode: Node = node) {
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(endNode, end);
  const selection = document.getSelection() as Selection;
  selection.removeAllRanges();
  selection.addRange(range);
}

const text = (selector: string) => (document.querySelector(selector) as Element).firstChild as Text;

describe('savableSelection', () => {
  beforeEach(() => {
    document.body.innerHTML = [
      '<p id="prose">The blockade lasted eleven days.</p>',
      '<p id="blank">   </p>',
      '<div contenteditable="true"><p id="editable">Draft text being written.</p></div>',
      '<div contenteditable="false"><p id="not-editable">Fixed text.</p></div>',
      '<textarea id="field">Typed text</textarea>',
      '<div data-glosa-ui="page-ui"><p id="own">Glosa note text</p></div>',
    ].join('');
    (document.activeElement as HTMLElement | null)?.blur?.();
  });

  it('takes a selection of page prose', () => {
    select(text('#prose'), 4, 12);
    expect(savableSelection(document)?.toString()).toBe('blockade');
  });

  it('takes text where contenteditable is false', () => {
    select(text('#not-editable'), 0, 5);
    expect(savableSelection(document)?.toString()).toBe('Fixed');
  });

  it('refuses a collapsed selection and one of blank space', () => {
    select(text('#prose'), 4, 4);
    expect(savableSelection(document)).toBeUndefined();
    select(text('#blank'), 0, 3);
    expect(savableSelection(document)).toBeUndefined();
  });

  it('refuses text in editable content, even when the selection only ends there', () => {
    select(text('#editable'), 0, 5);
    expect(savableSelection(document)).toBeUndefined();
    select(text('#prose'), 4, 5, text('#editable'));
    expect(savableSelection(document)).toBeUndefined();
  });

  it('refuses text inside Glosa’s own UI', () => {
    select(text('#own'), 0, 5);
    expect(savableSelection(document)).toBeUndefined();
  });

  it('refuses while a form field has focus (its selection is the field’s)', () => {
    (document.querySelector('#field') as HTMLTextAreaElement).focus();
    select(text('#prose'), 4, 12);
    expect(savableSelection(document)).toBeUndefined();
  });
});
