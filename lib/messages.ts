/**
 * Every message between Glosa's contexts, in one map. For each message the map says
 * what the request looks like, what the answer looks like, who may send it and who
 * answers it. The receiver validates the request with zod and checks the sender
 * (`message-policy.ts`): a message from the wrong context, or one that does not fit,
 * is answered with an error and never acted on.
 *
 * Senders:
 * - `content`: Glosa's content script in a web page. The page's address is taken from
 *   `sender.tab.url`, never from the payload, so a page cannot claim to be another.
 * - `extension`: Glosa's own pages (popup, library, options) and the background.
 */

import { type Browser, browser } from 'wxt/browser';
// zod/mini keeps the content script small; the schemas are the same.
import { z } from 'zod/mini';
import { anchorStateSchema, passageSelectorsSchema } from '../core/anchoring/selectors';
import { highlightBodySchema, highlightSchema } from '../core/highlights/highlight';
import type { EntityCard } from '../core/popover/entity-card';
import { extensionAlive, goneShortly, never, whileAlive } from './extension-alive';
import { type CheckedSender, receive, type SenderKind } from './message-policy';

const entityId = z.string().check(z.minLength(1), z.maxLength(200));
const highlightId = z.uuid();
const empty = z.object({});
/**
 * The page's declared `<link rel=canonical>`, as the content script read it. Only
 * trusted as far as `pageAddresses` trusts it (same site as the tab): it lets a page
 * reached by another address (mobile, AMP) find and edit its own highlights.
 */
const canonical = z.optional(z.string().check(z.maxLength(4_000)));

/** Defines one message; `satisfies` keeps each entry's exact types. */
interface MessageSpec {
  /** Who may send it. */
  from: readonly SenderKind[];
  /** Who answers it: the background, or the content script of the addressed tab. */
  to: 'background' | 'content';
  request: z.ZodMiniType;
  response: z.ZodMiniType;
}

const mentionCount = z.object({ entityId, count: z.int() });
const anchorReport = z.object({ id: highlightId, state: anchorStateSchema });
const entitySummary = z.object({ id: entityId, name: z.string(), kind: z.string() });
/** The reader's underline; only these values ever reach inserted CSS (core/underline-css.ts). */
const underline = z.object({
  underlineStyle: z.enum(['dotted', 'dashed', 'solid', 'wavy', 'double']),
  underlineColour: z.string().check(z.regex(/^#[0-9a-f]{6}$/)),
});
const localeMessages = z.record(
  z.string(),
  z.object({
    message: z.string(),
    placeholders: z.optional(z.record(z.string(), z.object({ content: z.string() }))),
  }),
);

export const messages = {
  /** What the popover shows for an entity. The card is built by the background from the checked dataset. */
  'entity-card': {
    from: ['content'],
    to: 'background',
    request: z.object({ entityId }),
    response: z.nullable(z.custom<EntityCard>((value) => typeof value === 'object' && value !== null)),
  },
  /**
   * Inject the page-UI host (its shadow root and placement) into the sender's frame, once:
   * at the first popover, cursor or save button, so pages that show none never compile it.
   */
  'load-page-host': {
    from: ['content'],
    to: 'background',
    request: empty,
    response: z.object({ loaded: z.boolean() }),
  },
  /** Inject the popover's React UI into the sender's frame, once. */
  'load-popover-ui': {
    from: ['content'],
    to: 'background',
    request: empty,
    response: z.object({ loaded: z.boolean() }),
  },
  /**
   * Insert Glosa's highlight rules into the sender's frame: sent once per document, at
   * its first draw, so pages with nothing to draw never carry them (issue 12). With
   * `underline` (the reader chose another than the default), its rule goes in the same
   * sheet, after them.
   */
  'inject-highlight-styles': {
    from: ['content'],
    to: 'background',
    request: z.object({ underline: z.optional(underline) }),
    response: z.object({ injected: z.boolean() }),
  },
  /**
   * Take Glosa's highlight rules back out of the sender's frame: its mentions stopped
   * (site switched off, paused) and it draws no saved highlight, so the page no longer
   * pays their per-element memory. `underline` is the reader's rule the frame has, if any
   * (it names the sheet to remove).
   */
  'remove-highlight-styles': {
    from: ['content'],
    to: 'background',
    request: z.object({ underline: z.optional(underline) }),
    response: z.object({ removed: z.boolean() }),
  },
  /**
   * Open the entity in the dataset browser, in a new tab: the popover's "more" link. A
   * web page cannot open an extension page itself, so the background does.
   */
  'open-atlas': {
    from: ['content'],
    to: 'background',
    request: z.object({ entityId }),
    response: z.object({ opened: z.boolean() }),
  },
  /**
   * The reader changed the underline: swap the frame's sheet with the underline rule `from`
   * for one with `to` (null: the default, no rule of its own). Sent only by a frame that has
   * the rules.
   */
  'restyle-mentions': {
    from: ['content'],
    to: 'background',
    request: z.object({ from: z.nullable(underline), to: z.nullable(underline) }),
    response: z.object({ restyled: z.boolean() }),
  },
  /** A bundled locale's UI strings: the reader chose an interface language other than the browser's. */
  'ui-messages': {
    from: ['content'],
    to: 'background',
    request: z.object({ locale: z.enum(['en', 'es']) }),
    response: localeMessages,
  },
  /** Every entity's id, name and kind: the note editor's picker of linked entities. */
  'entity-summaries': {
    from: ['content'],
    to: 'background',
    request: empty,
    response: z.array(entitySummary),
  },
  /** The keyboard shortcut for the mentions cursor was pressed. */
  'focus-mentions': {
    from: ['extension'],
    to: 'content',
    request: empty,
    response: z.object({ focused: z.boolean() }),
  },
  /**
   * Whether the tab's content script runs, and whether the page has text to read (the
   * popup). No answer means no content script: the tab was open before Glosa was
   * installed or updated, and needs a reload.
   */
  'page-status': {
    from: ['extension'],
    to: 'content',
    request: empty,
    response: z.object({ text: z.boolean() }),
  },
  /** Which entities this page mentions, and how often (the popup). */
  'page-mentions': {
    from: ['extension'],
    to: 'content',
    request: empty,
    response: z.object({ counts: z.array(mentionCount) }),
  },
  /** Scroll to an entity's first mention and open its popover (the popup). */
  'show-entity': {
    from: ['extension'],
    to: 'content',
    request: z.object({ entityId }),
    response: z.object({ shown: z.boolean() }),
  },

  /**
   * Save the passage the reader selected, with its selectors and the entities found in
   * and around it. The page address is the sender's tab; `canonical` is kept only when
   * it is on the same site.
   */
  'save-highlight': {
    from: ['content'],
    to: 'background',
    request: z.object({
      canonical,
      title: z.string().check(z.maxLength(2_000)),
      selector: passageSelectorsSchema,
      body: highlightBodySchema,
    }),
    response: highlightSchema,
  },
  /** The saved highlights of the sender's page, under any of its addresses. */
  'highlights-for-page': {
    from: ['content'],
    to: 'background',
    request: z.object({ canonical }),
    response: z.array(highlightSchema),
  },
  /** Change a highlight's note, tags or entities. A content script may only edit its own page's. */
  'update-highlight': {
    from: ['content'],
    to: 'background',
    request: z.object({ id: highlightId, body: highlightBodySchema, canonical }),
    response: highlightSchema,
  },
  /** Delete a highlight; it is kept aside so `restore-highlight` can undo. */
  'delete-highlight': {
    from: ['content'],
    to: 'background',
    request: z.object({ id: highlightId, canonical }),
    response: z.object({ deleted: z.boolean() }),
  },
  /** Undo a delete. */
  'restore-highlight': {
    from: ['content'],
    to: 'background',
    request: z.object({ id: highlightId, canonical }),
    response: z.object({ restored: z.boolean() }),
  },
  /** Where each of the page's highlights anchored, so the popup and library can list orphans. */
  'report-anchoring': {
    from: ['content'],
    to: 'background',
    request: z.object({ results: z.array(anchorReport).check(z.maxLength(10_000)), canonical }),
    response: z.object({ recorded: z.int() }),
  },
  /** Tags already used, most used first: the note editor's suggestions. */
  'tag-suggestions': { from: ['content'], to: 'background', request: empty, response: z.array(z.string()) },

  /** Save the current selection: the context menu item or the keyboard shortcut. */
  'save-selection': {
    from: ['extension'],
    to: 'content',
    request: empty,
    response: z.object({ saved: z.boolean() }),
  },
  /** Highlights of this page changed elsewhere (the library, another tab): draw them again. */
  'highlights-changed': {
    from: ['extension'],
    to: 'content',
    request: empty,
    response: z.object({ redrawn: z.boolean() }),
  },
  /** Where this page's highlights are anchored right now (the popup). */
  'page-highlight-states': {
    from: ['extension'],
    to: 'content',
    request: empty,
    response: z.object({ results: z.array(anchorReport) }),
  },
  /** Scroll to a saved highlight and open its note (the popup). */
  'show-highlight': {
    from: ['extension'],
    to: 'content',
    request: z.object({ id: highlightId }),
    response: z.object({ shown: z.boolean() }),
  },
} as const satisfies Record<string, MessageSpec>;

export type MessageType = keyof typeof messages;
export type Request<T extends MessageType> = z.infer<(typeof messages)[T]['request']>;
export type Response<T extends MessageType> = z.infer<(typeof messages)[T]['response']>;
export type PageMentionCount = z.infer<typeof mentionCount>;
export type AnchorReport = z.infer<typeof anchorReport>;
export type EntitySummary = z.infer<typeof entitySummary>;

export interface Envelope {
  glosa: MessageType;
  payload: unknown;
}

export type Reply<T extends MessageType> = { ok: true; value: Response<T> } | { ok: false; error: string };

/** What a handler knows about who sent the message, checked before it runs. */
export type Sender = CheckedSender;

export type Handlers = {
  [T in MessageType]?: (request: Request<T>, sender: Sender) => Promise<Response<T>> | Response<T>;
};

async function unwrap<T extends MessageType>(reply: Reply<T> | undefined, type: T): Promise<Response<T>> {
  if (!reply) throw new Error(`Glosa: no answer to "${type}"`);
  if (!reply.ok) throw new Error(`Glosa: "${type}" failed: ${reply.error}`);
  return reply.value;
}

export async function sendToBackground<T extends MessageType>(
  type: T,
  payload: Request<T>,
): Promise<Response<T>> {
  const envelope: Envelope = { glosa: type, payload };
  // A content script whose extension was updated or removed asks no more (extension-alive.ts).
  if (!extensionAlive()) return never();
  let reply: unknown;
  try {
    reply = await browser.runtime.sendMessage(envelope);
  } catch (error) {
    // A removal answers "Receiving end does not exist" a moment before runtime.id goes.
    if (!extensionAlive() || (await goneShortly())) return never();
    throw error;
  }
  return unwrap(reply as Reply<T> | undefined, type);
}

/** Sends to the content script of one frame of a tab: the top frame unless told otherwise. */
export async function sendToTab<T extends MessageType>(
  tabId: number,
  type: T,
  payload: Request<T>,
  frameId = 0,
): Promise<Response<T>> {
  const envelope: Envelope = { glosa: type, payload };
  return unwrap((await browser.tabs.sendMessage(tabId, envelope, { frameId })) as Reply<T> | undefined, type);
}

/**
 * Answers the message types in `handlers` in this context (`answerer`); returns a
 * function that stops listening. Messages meant for the other kind of receiver are
 * left alone, so the background and a content script never both answer.
 */
export function handleMessages(answerer: 'background' | 'content', handlers: Handlers): () => void {
  const extensionBase = browser.runtime.getURL('/');
  const listener = (
    message: unknown,
    sender: Browser.runtime.MessageSender,
    respond: (reply: unknown) => void,
  ) => {
    const reply = receive(message, sender, {
      answerer,
      handlers,
      specs: messages,
      runtimeId: browser.runtime.id,
      extensionBase,
    });
    if (!reply) return false;
    void reply.then(respond);
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return whileAlive(() => browser.runtime.onMessage.removeListener(listener));
}
