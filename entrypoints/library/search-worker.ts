/**
 * The library's search engine, off the main thread: typing never waits for a search.
 * The page sends the documents when the library changes and each query as it is typed;
 * every answer carries its query's number, and the page keeps only the latest. The
 * filters are applied here, before the answer is capped, so a capped answer still holds
 * the best hits that pass them.
 */
import { HighlightSearch } from '../../core/highlights/search';
import type { FilterFields } from '../../core/library/library-query';
import { answerSearch } from '../../core/library/search-answer';
import type { SearchDocument } from '../../core/library/search-text';
import { warmUpKeystrokes } from '../../core/library/warm-up';
import { writeBoard } from './answer-board';
import type { SearchReply, SearchRequest } from './search-client';

let engine = new HighlightSearch([]);
let fieldsById = new Map<string, FilterFields>();
let pending: SearchDocument[] = [];
let pendingFields: FilterFields[] = [];
/** The documents of the index: the warm-up types their words. */
let indexed: readonly SearchDocument[] = [];
let warmedUp = false;
/** Where each answer is also left for the page (answer-board.ts), where the page could share one. */
let board: SharedArrayBuffer | undefined;

/**
 * Types a few of the library's words to the index, one keystroke a task, so a search the
 * page sends meanwhile waits for one warm-up keystroke at most. Once: the compiled code
 * stays for the worker's life.
 */
function warmUp(): void {
  if (warmedUp) return;
  warmedUp = true;
  const keystrokes = warmUpKeystrokes(indexed);
  const next = (at: number) => {
    const query = keystrokes[at];
    if (query === undefined) return;
    setTimeout(() => {
      engine.search(query);
      next(at + 1);
    }, 0);
  };
  next(0);
}

self.onmessage = (event: MessageEvent<SearchRequest>) => {
  const request = event.data;
  if (request.type === 'documents') {
    if (request.first) {
      pending = [];
      pendingFields = [];
    }
    pending.push(...request.documents);
    pendingFields.push(...request.fields);
    if (request.last) {
      engine = new HighlightSearch(pending);
      fieldsById = new Map(pending.map((document, i) => [document.id, pendingFields[i] as FilterFields]));
      indexed = pending;
      pending = [];
      pendingFields = [];
    }
    return;
  }
  if (request.type === 'board') {
    board = request.board;
    return;
  }
  if (request.type === 'warm-up') {
    warmUp();
    return;
  }
  const started = performance.now();
  const capped = answerSearch(engine, request.query, (id) => fieldsById.get(id));
  const reply: SearchReply = {
    seq: request.seq,
    key: request.key,
    q: request.query.q,
    ...capped,
    ms: performance.now() - started,
  };
  // On the board first: the page looks there when its next frame starts.
  if (board) writeBoard(board, reply.seq, reply);
  self.postMessage(reply);
};
