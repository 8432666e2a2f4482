/**
 * Who may send what: the checks every received message passes before its handler runs.
 * Pure (no `browser` global), so the policy is unit-tested with forged senders.
 *
 * A web page cannot call `runtime.sendMessage` to Glosa (no `externally_connectable`),
 * but a page can run code next to a content script, and a content script is the least
 * trusted of Glosa's contexts. So content scripts may only ask for their own page's
 * data, and what only Glosa's own pages may do refuses any sender that lives in a web page.
 */
import type { z } from 'zod/mini';

export type SenderKind = 'content' | 'extension';

/** The parts of `runtime.MessageSender` the policy reads. */
export interface RawSender {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

export interface CheckedSender {
  kind: SenderKind;
  pageUrl?: string;
  tabId?: number;
  frameId?: number;
}

interface Spec {
  from: readonly SenderKind[];
  to: 'background' | 'content';
  request: z.ZodMiniType;
}

export interface ReceiveContext<Handlers> {
  answerer: 'background' | 'content';
  handlers: Handlers;
  specs: Record<string, Spec>;
  runtimeId: string;
  /** `runtime.getURL('/')`, e.g. `chrome-extension://<id>/`: where Glosa's own pages live. */
  extensionBase: string;
}

type AnyReply = { ok: true; value: unknown } | { ok: false; error: string };

/**
 * Compared as text: `URL.origin` is "null" for `moz-extension:` addresses (and in
 * node), so it cannot tell extension pages apart.
 */
function isExtensionAddress(url: string | undefined, extensionBase: string): boolean {
  return url?.startsWith(extensionBase) === true;
}

/**
 * What kind of sender this is, or why it is refused. An extension page opened in a tab
 * (the library) has a `tab`, but that tab shows an extension address; a content
 * script's tab shows a web page.
 */
export function classifySender(
  sender: RawSender,
  runtimeId: string,
  extensionBase: string,
): CheckedSender | { refused: string } {
  if (sender.id !== runtimeId) return { refused: 'sender is not Glosa' };
  const fromExtensionPage = isExtensionAddress(sender.url, extensionBase);
  const tabIsExtensionPage = !sender.tab || isExtensionAddress(sender.tab.url, extensionBase);
  if (fromExtensionPage && tabIsExtensionPage) return { kind: 'extension' };
  const pageUrl = sender.tab?.url;
  if (!sender.tab || sender.tab.id === undefined || !pageUrl) {
    return { refused: 'a content script message must come from a tab with an address' };
  }
  return { kind: 'content', pageUrl, tabId: sender.tab.id, frameId: sender.frameId ?? 0 };
}

/**
 * Checks and answers one message. Returns undefined when the message is not Glosa's or
 * is meant for another receiver (so another listener may answer it), otherwise the reply.
 */
export function receive<Handlers extends object>(
  message: unknown,
  rawSender: RawSender,
  context: ReceiveContext<Handlers>,
): Promise<AnyReply> | undefined {
  if (typeof message !== 'object' || message === null || !('glosa' in message)) return undefined;
  const { glosa: type, payload } = message as { glosa: unknown; payload: unknown };
  if (typeof type !== 'string' || !Object.hasOwn(context.specs, type)) {
    return context.answerer === 'background' ? refuse(`unknown message "${String(type)}"`) : undefined;
  }
  const spec = context.specs[type];
  if (!spec || spec.to !== context.answerer) return undefined;
  const handler = (context.handlers as Record<string, unknown>)[type] as
    | ((request: unknown, sender: CheckedSender) => unknown)
    | undefined;
  if (!handler) return undefined;

  const sender = classifySender(rawSender, context.runtimeId, context.extensionBase);
  if ('refused' in sender) return refuse(`"${type}" refused: ${sender.refused}`);
  if (!spec.from.includes(sender.kind)) {
    return refuse(
      `"${type}" refused: it may not be sent from a ${sender.kind === 'content' ? 'web page' : 'Glosa page'}`,
    );
  }
  const parsed = spec.request.safeParse(payload);
  if (!parsed.success) {
    const reasons = parsed.error.issues.map(
      (issue) => `${issue.path.join('.') || 'request'}: ${issue.message}`,
    );
    return refuse(`"${type}" is malformed: ${reasons.join('; ')}`);
  }
  return Promise.resolve()
    .then(() => handler(parsed.data, sender))
    .then(
      (value): AnyReply => ({ ok: true, value }),
      (error: unknown): AnyReply => ({
        ok: false,
        error: error instanceof Error ? error.message : String(error),
      }),
    );
}

function refuse(error: string): Promise<AnyReply> {
  return Promise.resolve({ ok: false, error });
}
