import { describe, expect, it } from 'vitest';
import { predictedValue as predicted } from '../../../entrypoints/library/predicted-input.ts';

/** The value after `inputType` (with `data`) in a box holding `value`, selected from `start` to `end`. */
function predictedValue(
  value: string,
  start: number | null,
  end: number | null,
  inputType: string,
  data: string | null,
) {
  return predicted({ value, selectionStart: start, selectionEnd: end }, { inputType, data });
}

describe('the search box’s value, predicted before the edit', () => {
  it('inserts typed text at the caret, or over the selection', () => {
    expect(predictedValue('senka', 5, 5, 'insertText', 't')).toBe('senkat');
    expect(predictedValue('snkata', 1, 1, 'insertText', 'e')).toBe('senkata');
    expect(predictedValue('evo morales', 4, 11, 'insertText', 'a')).toBe('evo a');
  });

  it('deletes a character either side of the caret, a whole emoji, or the selection', () => {
    expect(predictedValue('senkata', 7, 7, 'deleteContentBackward', null)).toBe('senkat');
    expect(predictedValue('senkata', 0, 0, 'deleteContentBackward', null)).toBe('senkata');
    expect(predictedValue('senkata', 0, 0, 'deleteContentForward', null)).toBe('enkata');
    expect(predictedValue('evo 🙂', 6, 6, 'deleteContentBackward', null)).toBe('evo ');
    expect(predictedValue('🙂 evo', 0, 0, 'deleteContentForward', null)).toBe(' evo');
    expect(predictedValue('evo morales', 3, 11, 'deleteContentBackward', null)).toBe('evo');
  });

  it('does not guess at pastes, compositions, undo, or a box without a caret', () => {
    expect(predictedValue('evo', 3, 3, 'insertFromPaste', ' morales')).toBeNull();
    expect(predictedValue('evo', 3, 3, 'insertCompositionText', 'm')).toBeNull();
    expect(predictedValue('evo', 3, 3, 'historyUndo', null)).toBeNull();
    expect(predictedValue('evo', null, null, 'insertText', 'm')).toBeNull();
    expect(predictedValue('evo', 3, 3, 'insertText', null)).toBeNull();
  });
});
