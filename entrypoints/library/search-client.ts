/**
 * The page's side of the search worker: `search(query)` posts the query and the latest
 * answer wins. Where a worker cannot start, the same engine runs on the page.
 */
import { HighlightSearch, type SearchDocument, type SearchHit } from '../../core/highlights/search';
import SearchWorker from './search-worker?worker';

export type SearchRequest =
  | { type: 'documents'; documents: SearchDocument[]; first: boolean; last: boolean }
  | { type: 'search'; seq: number; query: string };

export interface SearchReply {
  seq: number;
  query: string;
  hits: SearchHit[];
  ms: number;
}

export interface SearchClient {
  /**
   * Hands over the library's documents a slice at a time (one message of 10,000 is a long
   * task to copy): the first slice starts a new set, the last one replaces the index.
   */
  addDocuments(documents: SearchDocument[], first: boolean, last: boolean): void;
  search(query: string): void;
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
    running.onmessage = (event: MessageEvent<SearchReply>) => {
      // An answer to an older query arrived after a newer one was sent: drop it.
      if (event.data.seq === latest) onReply(event.data);
    };
    return {
      addDocuments: (documents, first, last) =>
        running.postMessage({ type: 'documents', documents, first, last } satisfies SearchRequest),
      search: (query) => {
        latest = ++seq;
        running.postMessage({ type: 'search', seq: latest, query } satisfies SearchRequest);
      },
      dispose: () => running.terminate(),
    };
  }
  let engine = new HighlightSearch([]);
  let pending: SearchDocument[] = [];
  return {
    addDocuments: (documents, first, last) => {
      pending = first ? [...documents] : [...pending, ...documents];
      if (last) engine = new HighlightSearch(pending);
    },
    search: (query) => {
      const started = performance.now();
      latest = ++seq;
      const result = engine.search(query);
      onReply({ seq: latest, query, hits: result.hits, ms: performance.now() - started });
    },
    dispose: () => undefined,
  };
}
