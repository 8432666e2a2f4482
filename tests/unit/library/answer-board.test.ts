import { describe, expect, it } from 'vitest';
import { createBoard, readBoard, writeBoard } from '../../../entrypoints/library/answer-board.ts';

const answer = (seq: number) => ({
  seq,
  key: `q=senkata${seq}`,
  hits: [{ id: 'h1', score: 0.1, marks: [{ field: 'quote', item: 0, ranges: [[0, 7]] }] }],
  note: 'Ñandú, علم, 🦙 and "quotes"\n',
});

describe('the shared answer board', () => {
  it('is handed to the worker, or is not there when it cannot be posted', () => {
    const posted: SharedArrayBuffer[] = [];
    const board = createBoard((shared) => posted.push(shared));
    expect(posted).toEqual([board]);
    expect(
      createBoard(() => {
        throw new DOMException(
          'SharedArrayBuffer transfer requires self.crossOriginIsolated.',
          'DataCloneError',
        );
      }),
    ).toBeUndefined();
  });

  it('gives the page the answer the worker left, text outside ASCII included', () => {
    const board = createBoard(() => undefined) as SharedArrayBuffer;
    expect(writeBoard(board, 3, answer(3))).toBe(true);
    expect(readBoard(board, 3)).toEqual(answer(3));
  });

  it('gives nothing for another query’s number, or while the worker is writing', () => {
    const board = createBoard(() => undefined) as SharedArrayBuffer;
    expect(readBoard(board, 1)).toBeUndefined();
    writeBoard(board, 4, answer(4));
    expect(readBoard(board, 3)).toBeUndefined();
    expect(readBoard(board, 5)).toBeUndefined();
    // The worker marks the board as being written (number 0) before it writes.
    new Int32Array(board, 0, 2)[0] = 0;
    expect(readBoard(board, 4)).toBeUndefined();
  });

  it('refuses an answer too large for it, which then goes by message only', () => {
    const board = createBoard(() => undefined) as SharedArrayBuffer;
    writeBoard(board, 1, answer(1));
    expect(writeBoard(board, 2, { text: 'x'.repeat(1 << 21) })).toBe(false);
    // The refused answer is not on it, and neither is the one before it.
    expect(readBoard(board, 2)).toBeUndefined();
    expect(readBoard(board, 1)).toBeUndefined();
  });
});
