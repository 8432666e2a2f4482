/**
 * A shared-memory board where the search worker also leaves each answer, so the page can
 * take it at the start of the frame that draws the typed letter.
 *
 * Why: after a key, Chromium runs none of the page's queued tasks (timers, messages)
 * until it has drawn the frame for that key. Measured on the library bench: a worker
 * answer posted 4 ms after the key, or a 3 ms timer set at the key, ran only after that
 * frame, 9-10 ms after the key. Animation-frame callbacks do run before it, so the page
 * looks at the board there (`use-search.ts`), and an answer that is ready is drawn in the
 * same frame as the letter, one frame sooner. An answer not ready then still arrives as
 * a message; the board is only a shortcut.
 *
 * Chrome lets an extension page share memory with its worker without cross-origin
 * isolation. Isolating the library (the manifest's `cross_origin_embedder_policy` and
 * `cross_origin_opener_policy`) was tried: its first render took 30-50 ms longer (144 ->
 * 173 ms, 128/109 -> 160/159 ms in interleaved bench runs). Where a browser refuses the
 * board (Firefox, which has no `SharedArrayBuffer` outside isolated pages, or a later
 * Chrome), posting it throws, there is no board, and every answer comes as a message.
 *
 * Layout: two int32 slots (the answer's number, its length in UTF-16 units), then the
 * answer as JSON text. The writer sets the number to 0 while it writes; the reader reads
 * the number before and after the text and drops a read the writer overlapped.
 */

const seqSlot = 0;
const lengthSlot = 1;
const headerBytes = 8;
/** Room for a 1,000-hit answer with marks (about 150,000 characters); a larger one goes by message only. */
const textUnits = 1 << 20;

/**
 * A new board, handed to the worker by `post`; undefined where shared memory is missing
 * or cannot be posted.
 */
export function createBoard(post: (board: SharedArrayBuffer) => void): SharedArrayBuffer | undefined {
  if (typeof SharedArrayBuffer !== 'function') return undefined;
  try {
    const board = new SharedArrayBuffer(headerBytes + textUnits * 2);
    post(board);
    return board;
  } catch {
    return undefined;
  }
}

/** The worker's side: leaves `answer` numbered `seq` (> 0); false when it does not fit. */
export function writeBoard(board: SharedArrayBuffer, seq: number, answer: unknown): boolean {
  const header = new Int32Array(board, 0, 2);
  const text = new Uint16Array(board, headerBytes);
  const json = JSON.stringify(answer);
  Atomics.store(header, seqSlot, 0);
  if (json.length > text.length) return false;
  for (let i = 0; i < json.length; i++) text[i] = json.charCodeAt(i);
  Atomics.store(header, lengthSlot, json.length);
  Atomics.store(header, seqSlot, seq);
  return true;
}

/** The page's side: the answer numbered `seq` if it is on the board whole, else undefined. */
export function readBoard<T>(board: SharedArrayBuffer, seq: number): T | undefined {
  const header = new Int32Array(board, 0, 2);
  if (Atomics.load(header, seqSlot) !== seq) return undefined;
  const length = Atomics.load(header, lengthSlot);
  // A copy out of shared memory: TextDecoder refuses shared views.
  const units = new Uint16Array(board, headerBytes, length).slice();
  if (Atomics.load(header, seqSlot) !== seq) return undefined;
  return JSON.parse(new TextDecoder('utf-16le').decode(units)) as T;
}
