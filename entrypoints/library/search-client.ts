/**
 * The page's side of the search worker: `search(query)` posts the query and the latest
 * answer wins. Where a worker cannot start, the same engine runs on the page.
 */
import { HighlightSearch, type SearchDocument, type SearchHit } from '../../core/highlights/search';
import SearchWorker from './search-worker?worker';

export type SearchRequest =
  | { type: 'documents'; documents: SearchDocument[] }
  | { type: 'search'; seq: number; query: string };

export interface SearchReply {
  seq: number;
  query: string;
  hits: SearchHit[];
  ms: number;
}

export interface SearchClient {
  setDocuments(documents: SearchDocument[]): void;
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
      setDocuments: (documents) =>
        running.postMessage({ type: 'documents', documents } satisfies SearchRequest),
      search: (query) => {
        latest = ++seq;
        running.postMessage({ type: 'search', seq: latest, query } satisfies SearchRequest);
      },
      dispose: () => running.terminate(),
    };
  }
  let engine = new HighlightSearch([]);
  return {
    setDocuments: (documents) => {
      engine = new HighlightSearch(documents);
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
