/**
 * The search box's value after an edit, told from its `beforeinput` event: the search
 * worker can start on a keystroke before the browser has applied the edit and fired
 * `input`, which comes 1.5–2 ms later (it lays the box out first). Only plain typing and
 * deleting are predicted; anything else (a paste, an IME composition, undo) waits for
 * `input`. A wrong guess costs one search in the worker, and `input` sends the right one.
 */
export function predictedValue(
  box: Pick<HTMLInputElement, 'value' | 'selectionStart' | 'selectionEnd'>,
  { inputType, data }: Pick<InputEvent, 'inputType' | 'data'>,
): string | null {
  const { value, selectionStart: start, selectionEnd: end } = box;
  if (start === null || end === null) return null;
  const before = value.slice(0, start);
  const after = value.slice(end);
  if (inputType === 'insertText') return data === null ? null : before + data + after;
  if (start !== end && (inputType === 'deleteContentBackward' || inputType === 'deleteContentForward'))
    return before + after;
  // One character: both halves of a surrogate pair (an emoji) go together.
  if (inputType === 'deleteContentBackward')
    return before.slice(0, before.length - charBefore(before)) + after;
  if (inputType === 'deleteContentForward') return before + after.slice(charAfter(after));
  return null;
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

function charBefore(text: string): number {
  if (text.length === 0) return 0;
  return text.length >= 2 && isLowSurrogate(text.charCodeAt(text.length - 1)) ? 2 : 1;
}

function charAfter(text: string): number {
  if (text.length === 0) return 0;
  return text.length >= 2 && isHighSurrogate(text.charCodeAt(0)) ? 2 : 1;
}
