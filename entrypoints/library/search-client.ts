/**
 * The page's side of the search worker: `search(query)` posts the query with the filters
 * and the latest answer wins. Where a worker cannot start, the same engine runs on the
 * page (loaded only then: the page's first chunk holds no Fuse.js).
 */
import type { HighlightSearch } from '../../core/highlights/search';
import type { FilterFields, LibraryQuery } from '../../core/library/library-query';
import { answerSearch, type CappedHits } from '../../core/library/search-answer';
import type { SearchDocument } from '../../core/library/search-text';
import { createBoard, readBoard } from './answer-board';
import SearchWorker from './search-worker?worker';

export type SearchRequest =
  | {
      type: 'documents';
      documents: SearchDocument[];
      /** The filters' view of each document, in the same order. */
      fields: FilterFields[];
      first: boolean;
      last: boolean;
    }
  | { type: 'search'; seq: number; key: string; query: LibraryQuery }
  /** Warm the engine up (core/library/warm-up.ts), once: sent when the page is idle. */
  | { type: 'warm-up' }
  /** Where to leave each answer as well (answer-board.ts): sent first, where shared memory can be. */
  | { type: 'board'; board: SharedArrayBuffer };

export interface SearchReply extends CappedHits {
  seq: number;
  /** The query and filters answered (`formatLibraryQuery`), to tell a stale answer. */
  key: string;
  /** The search text answered: the cards mark what this answer matched, not what is typed since. */
  q: string;
  /** The engine's time in the worker. */
  ms: number;
}

export interface SearchClient {
  /**
   * Hands over the library's documents a slice at a time (one message of 10,000 is a long
   * task to copy): the first slice starts a new set, the last one replaces the index.
   */
  addDocuments(documents: SearchDocument[], fields: FilterFields[], first: boolean, last: boolean): void;
  search(key: string, query: LibraryQuery): void;
  /**
   * Has the worker type a few of the library's words to itself, so the first query typed
   * does not run cold code. Sent when the page is idle: on two cores, the warm-up's few
   * hundred milliseconds made the library's opening tasks longer.
   */
  warmUp(): void;
  /**
   * Hands the latest query's answer to `onReply` now if the worker has left it on the
   * shared board (answer-board.ts): called at the start of a frame, before Chromium lets
   * the answer's message through.
   */
  collectReady(): void;
  dispose(): void;
}

export function createSearchClient(onReply: (reply: SearchReply) => void): SearchClient {
  let seq = 0;
  let latest = 0;
  let worker: Worker | undefined;
  try {
    worker = new SearchWorker();
  } catch {
    worker = undefined;
  }
  if (worker) {
    const running = worker;
    const board = createBoard((shared) =>
      running.postMessage({ type: 'board', board: shared } satisfies SearchRequest),
    );
    // The answer already handed over from the board: its message is not handed over again.
    let delivered = 0;
    const deliver = (reply: SearchReply) => {
      delivered = reply.seq;
      onReply(reply);
    };
    running.onmessage = (event: MessageEvent<SearchReply>) => {
      // An answer to an older query arrived after a newer one was sent: drop it.
      if (event.data.seq === latest && event.data.seq !== delivered) deliver(event.data);
    };
    return {
      addDocuments: (documents, fields, first, last) =>
        running.postMessage({ type: 'documents', documents, fields, first, last } satisfies SearchRequest),
      search: (key, query) => {
        latest = ++seq;
        running.postMessage({ type: 'search', seq: latest, key, query } satisfies SearchRequest);
      },
      warmUp: () => running.postMessage({ type: 'warm-up' } satisfies SearchRequest),
      collectReady: () => {
        if (!board || latest === 0 || delivered === latest) return;
        const ready = readBoard<SearchReply>(board, latest);
        if (ready) deliver(ready);
      },
      dispose: () => running.terminate(),
    };
  }
  return onPageClient(onReply);
}

/** The engine on the page, for a browser that refuses the worker. */
function onPageClient(onReply: (reply: SearchReply) => void): SearchClient {
  let seq = 0;
  let pending: SearchDocument[] = [];
  let pendingFields: FilterFields[] = [];
  let fieldsById = new Map<string, FilterFields>();
  let engine: Promise<HighlightSearch> | undefined;
  return {
    addDocuments: (documents, fields, first, last) => {
      pending = first ? [...documents] : [...pending, ...documents];
      pendingFields = first ? [...fields] : [...pendingFields, ...fields];
      if (!last) return;
      const all = pending;
      fieldsById = new Map(all.map((document, i) => [document.id, pendingFields[i] as FilterFields]));
      engine = import('../../core/highlights/search').then((module) => new module.HighlightSearch(all));
    },
    search: (key, query) => {
      const mine = ++seq;
      void engine?.then((ready) => {
        if (mine !== seq) return;
        const started = performance.now();
        const capped = answerSearch(ready, query, (id) => fieldsById.get(id));
        onReply({ seq: mine, key, q: query.q, ...capped, ms: performance.now() - started });
      });
    },
    // On the page, a warm-up would be the page's own long task.
    warmUp: () => undefined,
    // Answers here are handed over as soon as they are found.
    collectReady: () => undefined,
    dispose: () => undefined,
  };
}
