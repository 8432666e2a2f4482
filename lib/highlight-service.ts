/**
 * The background's answers to the content script's highlight messages. Built from a
 * database (and the dataset's entities) so it runs in node tests on fake-indexeddb;
 * `entrypoints/background.ts` only wires it up.
 *
 * A content script is the least trusted of Glosa's contexts: a page's own scripts run
 * beside it. So every request is read against the sender's page, whose address comes
 * from the browser (`sender.pageUrl`), never from the payload: a page may read and
 * change only the highlights filed under its own addresses, and is refused, with the
 * database untouched, for anything else.
 */
import { pageAddresses } from '../core/highlights/address';
import { type Highlight, highlightSchema } from '../core/highlights/highlight';
import type { MessageKey, Translate } from '../core/i18n/ui-strings';
import { database, type GlosaDatabase } from './db/database';
import {
  deleteHighlights,
  highlightsAt,
  putHighlight,
  recordAnchoring,
  restoreHighlights,
  tagsByUse,
  updateHighlightBody,
} from './db/highlights';
import { describeStorageError } from './db/storage-errors';
import type { EntitySummary, Handlers, Request, Sender } from './messages';

type HighlightMessage =
  | 'save-highlight'
  | 'highlights-for-page'
  | 'update-highlight'
  | 'delete-highlight'
  | 'restore-highlight'
  | 'report-anchoring'
  | 'tag-suggestions'
  | 'entity-summaries';

export type HighlightHandlers = Required<Pick<Handlers, HighlightMessage>>;

export interface HighlightServiceOptions {
  /** Defaults to this context's shared database, looked up on every call (it reopens after a failed open). */
  db?: GlosaDatabase;
  /** The bundled dataset's entities, for the note editor's picker. */
  entities: readonly EntitySummary[];
  /** Tells the other tabs showing a page that its highlights changed (`notifyPageTabs`). */
  notify?: (addresses: string[], exceptTabId?: number) => unknown;
  /** The UI strings (`t`): refusals and storage failures are shown to the reader. English without it. */
  translate?: Translate;
  now?: () => Date;
  newId?: () => string;
}

/** A request the sender may not make. Its message is shown as is; the database was not touched. */
export class RefusedError extends Error {
  override name = 'RefusedError';
}

/** Every entity as the picker lists it, by name in the reader-independent root collation. */
export function entitySummaries(entities: readonly EntitySummary[]): EntitySummary[] {
  return entities
    .map(({ id, name, kind }) => ({ id, name, kind }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en') || a.id.localeCompare(b.id));
}

/** Refusals in English, the same words as `public/_locales/en` (a test holds them equal). */
export const refusals = {
  backgroundRefusedNotWebPage: 'Glosa keeps highlights only for web pages (http and https addresses).',
  backgroundRefusedOtherPage:
    'This highlight belongs to another page: it can be changed only on its own page or in the library.',
  backgroundRefusedGone: 'This highlight no longer exists: it was deleted in another tab or in the library.',
  backgroundRefusedInvalid: 'The highlight is not valid: $1',
  backgroundRefusedFrame: 'Glosa saves highlights in the page itself, not in a frame embedded in it.',
} satisfies Partial<Record<MessageKey, string>>;

const isEmbeddedFrame = (sender: Sender) => sender.frameId !== undefined && sender.frameId !== 0;

function belongsTo(rowAddresses: readonly string[], page: readonly string[]): boolean {
  return rowAddresses.some((address) => page.includes(address));
}

export function createHighlightService(options: HighlightServiceOptions): HighlightHandlers {
  const db = () => options.db ?? database();
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? (() => crypto.randomUUID());
  const notify = (addresses: string[], sender: Sender) => {
    // Fire and forget: the answer to the sender must not wait on other tabs.
    Promise.resolve()
      .then(() => options.notify?.(addresses, sender.tabId))
      .catch(() => undefined);
  };
  let summaries: EntitySummary[] | undefined;

  const refusal = (key: keyof typeof refusals, detail = '') =>
    new RefusedError(options.translate?.(key, detail) || refusals[key].replace('$1', detail));
  /**
   * The addresses of the sender's page; refuses a page that is not http(s), and an
   * embedded frame: the browser names only the tab's page, and a frame's selectors
   * count its own text, so its highlights would be filed under, and anchored against,
   * the wrong page.
   */
  const senderPage = (sender: Sender, canonical?: string): string[] => {
    if (isEmbeddedFrame(sender)) throw refusal('backgroundRefusedFrame');
    const addresses = sender.pageUrl ? pageAddresses(sender.pageUrl, canonical) : [];
    if (addresses.length === 0) throw refusal('backgroundRefusedNotWebPage');
    return addresses;
  };
  /**
   * Runs a storage step; a storage failure becomes the sentence a researcher can act on
   * (the content script shows it and keeps the selection). Refusals pass through as they are.
   */
  const storing = async <T>(step: () => Promise<T>): Promise<T> => {
    try {
      return await step();
    } catch (error) {
      if (error instanceof RefusedError) throw error;
      throw new Error(describeStorageError(error, options.translate));
    }
  };

  const save = async (request: Request<'save-highlight'>, sender: Sender): Promise<Highlight> => {
    const addresses = senderPage(sender, request.canonical);
    const [source, canonical] = addresses as [string, string | undefined];
    const stamp = now().toISOString();
    const parsed = highlightSchema.safeParse({
      id: newId(),
      target: {
        source,
        ...(canonical ? { canonical } : {}),
        title: request.title,
        selector: request.selector,
      },
      body: request.body,
      created: stamp,
      modified: stamp,
    });
    if (!parsed.success) {
      const reasons = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
      throw refusal('backgroundRefusedInvalid', reasons.join('; '));
    }
    const saved = await storing(() => putHighlight(parsed.data, db()));
    notify(addresses, sender);
    return saved;
  };

  return {
    'save-highlight': save,

    // A frame has none of its own (see senderPage), and must not anchor the page's against its text.
    'highlights-for-page': async (request, sender) =>
      isEmbeddedFrame(sender) ? [] : storing(() => highlightsAt(senderPage(sender, request.canonical), db())),

    'update-highlight': async (request, sender) => {
      const page = senderPage(sender, request.canonical);
      const store = db();
      const { updated, addresses } = await storing(() =>
        store.transaction('rw', store.highlights, async () => {
          const row = await store.highlights.get(request.id);
          if (!row) throw refusal('backgroundRefusedGone');
          if (!belongsTo(row.addresses, page)) throw refusal('backgroundRefusedOtherPage');
          const changed = await updateHighlightBody(request.id, request.body, now(), store);
          return { updated: changed, addresses: row.addresses };
        }),
      );
      if (!updated) throw refusal('backgroundRefusedGone');
      notify(addresses, sender);
      return updated;
    },

    'delete-highlight': async (request, sender) => {
      const page = senderPage(sender, request.canonical);
      const store = db();
      const addresses = await storing(() =>
        store.transaction('rw', store.highlights, store.trash, async () => {
          const row = await store.highlights.get(request.id);
          if (!row) return undefined;
          if (!belongsTo(row.addresses, page)) throw refusal('backgroundRefusedOtherPage');
          await deleteHighlights([request.id], now(), store);
          return row.addresses;
        }),
      );
      if (addresses) notify(addresses, sender);
      return { deleted: addresses !== undefined };
    },

    'restore-highlight': async (request, sender) => {
      const page = senderPage(sender, request.canonical);
      const store = db();
      const addresses = await storing(() =>
        store.transaction('rw', store.highlights, store.trash, async () => {
          const row = await store.trash.get(request.id);
          if (!row) return undefined;
          if (!belongsTo(row.highlight.addresses, page)) throw refusal('backgroundRefusedOtherPage');
          await restoreHighlights([request.id], store);
          return row.highlight.addresses;
        }),
      );
      if (addresses) notify(addresses, sender);
      return { restored: addresses !== undefined };
    },

    'report-anchoring': async (request, sender) => {
      const page = senderPage(sender, request.canonical);
      const store = db();
      const recorded = await storing(() =>
        store.transaction('rw', store.highlights, async () => {
          const rows = await store.highlights.bulkGet(request.results.map((result) => result.id));
          // Highlights deleted meanwhile are skipped; another page's are refused outright.
          if (rows.some((row) => row !== undefined && !belongsTo(row.addresses, page)))
            throw refusal('backgroundRefusedOtherPage');
          return recordAnchoring(request.results, now(), store);
        }),
      );
      return { recorded };
    },

    'tag-suggestions': () => storing(() => tagsByUse(db())),

    'entity-summaries': () => {
      summaries ??= entitySummaries(options.entities);
      return summaries;
    },
  };
}
