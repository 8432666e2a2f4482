/**
 * The library's search engine, off the main thread: typing never waits for a search.
 * The page sends the documents when the library changes and each query as it is typed;
 * every answer carries its query's number, and the page keeps only the latest.
 */
import { HighlightSearch, type SearchDocument } from '../../core/highlights/search';
import type { SearchReply, SearchRequest } from './search-client';

let engine = new HighlightSearch([]);
let pending: SearchDocument[] = [];

self.onmessage = (event: MessageEvent<SearchRequest>) => {
  const request = event.data;
  if (request.type === 'documents') {
    if (request.first) pending = [];
    pending.push(...request.documents);
    if (request.last) {
      engine = new HighlightSearch(pending);
      pending = [];
    }
    return;
  }
  const started = performance.now();
  const result = engine.search(request.query);
  const reply: SearchReply = {
    seq: request.seq,
    query: request.query,
    hits: result.hits,
    ms: performance.now() - started,
  };
  self.postMessage(reply);
};
