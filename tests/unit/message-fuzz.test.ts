/**
 * Every message handler's boundary, fuzzed: 1,000 generated payloads per message type.
 * None may crash the receiver, and each one that does not fit is refused with a
 * message that names where it is wrong, before any handler runs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { receive } from '../../lib/message-policy';
import { type Handlers, type MessageType, messages } from '../../lib/messages';

const runtimeId = 'glosaid';
const extensionBase = 'chrome-extension://glosaid/';
const senders = {
  content: {
    id: runtimeId,
    url: 'https://news.example/a',
    frameId: 0,
    tab: { id: 1, url: 'https://news.example/a' },
  },
  extension: { id: runtimeId, url: `${extensionBase}popup.html` },
};

describe.each(Object.keys(messages) as MessageType[])('"%s" under 1,000 malformed payloads', (type) => {
  const spec = messages[type];
  const sender = senders[spec.from[0] ?? 'content'];

  it('never crashes, and refuses what does not fit with the path of the problem', async () => {
    let handled = 0;
    const handlers = { [type]: () => (handled += 1) } as Handlers;
    await fc.assert(
      fc.asyncProperty(
        fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true }),
        async (payload) => {
          const fits = spec.request.safeParse(payload).success;
          const before = handled;
          const reply = await receive({ glosa: type, payload }, sender, {
            answerer: spec.to,
            handlers,
            specs: messages,
            runtimeId,
            extensionBase,
          });
          expect(reply).toBeDefined();
          if (fits) {
            expect(handled).toBe(before + 1);
          } else {
            expect(handled).toBe(before);
            expect(reply).toMatchObject({ ok: false });
            expect(reply && !reply.ok && reply.error).toMatch(new RegExp(`^"${type}" is malformed: \\S+: `));
          }
        },
      ),
      { numRuns: 1_000 },
    );
  });
});
