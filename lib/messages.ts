/**
 * Every message between Glosa's contexts, in one map. Requests are validated with zod
 * where they are received: a message from a page or a stale content script that does
 * not fit is answered with an error, never acted on.
 */

import { type Browser, browser } from 'wxt/browser';
// zod/mini keeps the content script small; the schemas are the same.
import { z } from 'zod/mini';
import type { EntityCard } from '../core/popover/entity-card';

export const requestSchemas = {
  /** Content script → background: what the popover shows for an entity. */
  'entity-card': z.object({ entityId: z.string().check(z.minLength(1), z.maxLength(200)) }),
  /** Content script → background: inject the popover's React UI into this frame, once. */
  'load-popover-ui': z.object({}),
  /** Background → content script: the keyboard shortcut was pressed. */
  'focus-mentions': z.object({}),
  /** Popup → content script: which entities this page mentions, and how often. */
  'page-mentions': z.object({}),
  /** Popup → content script: scroll to an entity's first mention and open its popover. */
  'show-entity': z.object({ entityId: z.string().check(z.minLength(1), z.maxLength(200)) }),
} as const;

export type MessageType = keyof typeof requestSchemas;
export type Request<T extends MessageType> = z.infer<(typeof requestSchemas)[T]>;

export interface PageMentionCount {
  entityId: string;
  count: number;
}

export interface Responses {
  'entity-card': EntityCard | null;
  'load-popover-ui': { loaded: boolean };
  'focus-mentions': { focused: boolean };
  'page-mentions': { counts: PageMentionCount[] };
  'show-entity': { shown: boolean };
}

interface Envelope {
  glosa: MessageType;
  payload: unknown;
}

type Reply<T extends MessageType> = { ok: true; value: Responses[T] } | { ok: false; error: string };

export type Handlers = {
  [T in MessageType]?: (
    request: Request<T>,
    sender: Browser.runtime.MessageSender,
  ) => Promise<Responses[T]> | Responses[T];
};

async function unwrap<T extends MessageType>(reply: Reply<T> | undefined, type: T): Promise<Responses[T]> {
  if (!reply) throw new Error(`Glosa: no answer to "${type}"`);
  if (!reply.ok) throw new Error(`Glosa: "${type}" failed: ${reply.error}`);
  return reply.value;
}

export async function sendToBackground<T extends MessageType>(
  type: T,
  payload: Request<T>,
): Promise<Responses[T]> {
  const envelope: Envelope = { glosa: type, payload };
  return unwrap((await browser.runtime.sendMessage(envelope)) as Reply<T> | undefined, type);
}

export async function sendToTab<T extends MessageType>(
  tabId: number,
  type: T,
  payload: Request<T>,
): Promise<Responses[T]> {
  const envelope: Envelope = { glosa: type, payload };
  return unwrap(
    (await browser.tabs.sendMessage(tabId, envelope, { frameId: 0 })) as Reply<T> | undefined,
    type,
  );
}

/** Answers the message types in `handlers`; returns a function that stops listening. */
export function handleMessages(handlers: Handlers): () => void {
  const listener = (
    message: unknown,
    sender: Browser.runtime.MessageSender,
    respond: (reply: unknown) => void,
  ) => {
    if (typeof message !== 'object' || message === null || !('glosa' in message)) return false;
    const { glosa: type, payload } = message as Envelope;
    const handler = handlers[type] as ((request: unknown, sender: unknown) => unknown) | undefined;
    const schema = requestSchemas[type];
    if (!handler || !schema) return false;
    const parsed = schema.safeParse(payload);
    if (!parsed.success) {
      respond({ ok: false, error: parsed.error.issues.map((issue) => issue.message).join('; ') });
      return false;
    }
    Promise.resolve()
      .then(() => handler(parsed.data, sender))
      .then(
        (value) => respond({ ok: true, value }),
        (error: unknown) => respond({ ok: false, error: String(error) }),
      );
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
