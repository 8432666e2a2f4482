import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { highlightSchema } from '../../core/highlights/highlight';
import { createTranslator, type LocaleMessages, type Translate } from '../../core/i18n/ui-strings';
import { type GlosaDatabase, openDatabase } from '../../lib/db/database';
import { allHighlights } from '../../lib/db/highlights';
import { createHighlightService, entitySummaries, refusals } from '../../lib/highlight-service';
import { receive } from '../../lib/message-policy';
import { messages, type Request, type Sender } from '../../lib/messages';

let db: GlosaDatabase | undefined;
let counter = 0;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

const pageA = 'https://news.example/2019/senkata?utm_source=newsletter&id=7#comments';
const pageB = 'https://news.example/2019/sacaba';
const senderOf = (pageUrl: string, tabId = 1): Sender => ({ kind: 'content', pageUrl, tabId, frameId: 0 });
const selector = {
  quote: { type: 'TextQuoteSelector' as const, exact: 'Senkata', prefix: 'in ', suffix: ', on' },
  position: { type: 'TextPositionSelector' as const, start: 3, end: 10 },
};
const saveRequest = (overrides: Partial<Request<'save-highlight'>> = {}): Request<'save-highlight'> => ({
  title: 'What happened at Senkata',
  selector,
  body: { note: 'See the ombudsman’s report', tags: ['senkata'], entityIds: ['senkata'] },
  ...overrides,
});
const ids = ['11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222'];

const translator = (locale: string) =>
  createTranslator(
    JSON.parse(
      readFileSync(new URL(`../../public/_locales/${locale}/messages.json`, import.meta.url), 'utf8'),
    ) as LocaleMessages,
  );

function service(
  options: { notify?: (addresses: string[], except?: number) => void; translate?: Translate } = {},
) {
  counter += 1;
  db = openDatabase(`glosa-service-${counter}`);
  let next = 0;
  return createHighlightService({
    db,
    entities: [
      { id: 'senkata', name: 'Senkata', kind: 'place' },
      { id: 'evo-morales', name: 'Evo Morales', kind: 'person' },
      { id: 'adriana-salvatierra', name: 'Adriana Salvatierra', kind: 'person' },
    ],
    now: () => new Date('2026-12-02T10:00:00.000Z'),
    newId: () => ids[next++] ?? crypto.randomUUID(),
    ...options,
  });
}

/** The database's full content, to show a refused request changed nothing. */
async function snapshot() {
  if (!db) throw new Error('no database');
  return { highlights: await db.highlights.toArray(), trash: await db.trash.toArray() };
}

describe('save-highlight', () => {
  it('files the highlight under the address without tracking parameters or fragment', async () => {
    const handlers = service();
    const saved = await handlers['save-highlight'](
      saveRequest({ canonical: 'https://www.news.example/2019/senkata?id=7' }),
      senderOf(pageA),
    );
    expect(highlightSchema.safeParse(saved).success).toBe(true);
    expect(saved).toMatchObject({
      id: ids[0],
      target: {
        source: 'https://news.example/2019/senkata?id=7',
        canonical: 'https://www.news.example/2019/senkata?id=7',
        title: 'What happened at Senkata',
      },
      created: '2026-12-02T10:00:00.000Z',
      modified: '2026-12-02T10:00:00.000Z',
    });
    expect(await allHighlights(db)).toEqual([saved]);
    const mobileCopy = await handlers['highlights-for-page'](
      { canonical: 'https://news.example/2019/senkata?id=7' },
      senderOf('https://www.news.example/2019/senkata?id=7&fbclid=x'),
    );
    expect(mobileCopy.map((h) => h.id)).toEqual([ids[0]]);
  });

  it('drops a canonical on another site, so a page cannot file highlights elsewhere', async () => {
    const handlers = service();
    const saved = await handlers['save-highlight'](
      saveRequest({ canonical: 'https://other.example/2019/senkata' }),
      senderOf(pageA),
    );
    expect(saved.target.canonical).toBeUndefined();
    expect(await handlers['highlights-for-page']({}, senderOf('https://other.example/2019/senkata'))).toEqual(
      [],
    );
    expect((await db?.highlights.get(saved.id))?.addresses).toEqual([
      'https://news.example/2019/senkata?id=7',
    ]);
  });

  it('refuses a page that is not a web page, storing nothing', async () => {
    const handlers = service();
    await expect(
      handlers['save-highlight'](saveRequest(), senderOf('file:///home/me/a.html')),
    ).rejects.toThrow(/only for web pages/);
    expect(await snapshot()).toEqual({ highlights: [], trash: [] });
  });

  it('tells the other tabs of the page, not the one that saved', async () => {
    const notify = vi.fn();
    const handlers = service({ notify });
    await handlers['save-highlight'](saveRequest(), senderOf(pageA, 4));
    expect(notify).toHaveBeenCalledWith(['https://news.example/2019/senkata?id=7'], 4);
  });
});

describe('page isolation', () => {
  async function twoPages() {
    const handlers = service();
    const onA = await handlers['save-highlight'](saveRequest(), senderOf(pageA));
    const onB = await handlers['save-highlight'](saveRequest({ title: 'Sacaba' }), senderOf(pageB));
    return { handlers, onA, onB };
  }

  it('lists only the sender page’s highlights', async () => {
    const { handlers, onA } = await twoPages();
    expect(await handlers['highlights-for-page']({}, senderOf(pageA))).toEqual([onA]);
  });

  it('refuses page A’s edit, delete and anchoring report of page B’s highlight, changing nothing', async () => {
    const { handlers, onB } = await twoPages();
    const before = await snapshot();
    const body = { note: 'overwritten', tags: [], entityIds: [] };
    await expect(handlers['update-highlight']({ id: onB.id, body }, senderOf(pageA))).rejects.toThrow(
      /belongs to another page/,
    );
    // Refused as such, not reported as a storage failure.
    await expect(handlers['delete-highlight']({ id: onB.id }, senderOf(pageA))).rejects.toMatchObject({
      name: 'RefusedError',
      message: refusals.backgroundRefusedOtherPage,
    });
    await expect(
      handlers['report-anchoring']({ results: [{ id: onB.id, state: 'orphan' }] }, senderOf(pageA)),
    ).rejects.toThrow(/belongs to another page/);
    // A canonical naming page B does not help: it is only trusted for the page's own site,
    // and page B's highlight is filed under page B's address, which page A is not.
    await expect(
      handlers['update-highlight'](
        { id: onB.id, body, canonical: 'https://evil.example/2019/sacaba' },
        senderOf(pageA),
      ),
    ).rejects.toThrow(/belongs to another page/);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses page A’s restore of page B’s deleted highlight, leaving it in the trash', async () => {
    const { handlers, onB } = await twoPages();
    expect(await handlers['delete-highlight']({ id: onB.id }, senderOf(pageB))).toEqual({ deleted: true });
    const before = await snapshot();
    await expect(handlers['restore-highlight']({ id: onB.id }, senderOf(pageA))).rejects.toThrow(
      /belongs to another page/,
    );
    expect(await snapshot()).toEqual(before);
    expect(await handlers['restore-highlight']({ id: onB.id }, senderOf(pageB))).toEqual({ restored: true });
    expect((await handlers['highlights-for-page']({}, senderOf(pageB))).map((h) => h.id)).toEqual([onB.id]);
  });

  it('lets a page edit, delete, restore and report its own highlights', async () => {
    const { handlers, onA } = await twoPages();
    const body = { note: 'עדות · شهادة · 🕯️', tags: ['testimony'], entityIds: [] };
    const updated = await handlers['update-highlight']({ id: onA.id, body }, senderOf(pageA));
    expect(updated.body).toEqual(body);
    expect(
      await handlers['report-anchoring']({ results: [{ id: onA.id, state: 'uncertain' }] }, senderOf(pageA)),
    ).toEqual({ recorded: 1 });
    expect(await handlers['delete-highlight']({ id: onA.id }, senderOf(pageA))).toEqual({ deleted: true });
    expect(await handlers['delete-highlight']({ id: onA.id }, senderOf(pageA))).toEqual({ deleted: false });
    expect(await handlers['restore-highlight']({ id: onA.id }, senderOf(pageA))).toEqual({ restored: true });
    expect(await handlers['restore-highlight']({ id: onA.id }, senderOf(pageA))).toEqual({ restored: false });
    const [restored] = await handlers['highlights-for-page']({}, senderOf(pageA));
    expect(restored?.body).toEqual(body);
    expect(restored?.anchoring?.state).toBe('uncertain');
  });

  it('keeps an embedded frame out: the browser names only its tab’s page, not the frame’s', async () => {
    const { handlers, onA } = await twoPages();
    const frame: Sender = { ...senderOf(pageA), frameId: 3 };
    expect(await handlers['highlights-for-page']({}, frame)).toEqual([]);
    const before = await snapshot();
    await expect(handlers['save-highlight'](saveRequest(), frame)).rejects.toThrow(/not in a frame/);
    await expect(
      handlers['report-anchoring']({ results: [{ id: onA.id, state: 'orphan' }] }, frame),
    ).rejects.toThrow(/not in a frame/);
    expect(await snapshot()).toEqual(before);
  });

  it('answers the refusal as an error reply through the message policy', async () => {
    const { handlers, onB } = await twoPages();
    const reply = await receive(
      { glosa: 'delete-highlight', payload: { id: onB.id } },
      { id: 'glosa', url: pageA, frameId: 0, tab: { id: 9, url: pageA } },
      {
        answerer: 'background',
        handlers,
        specs: messages,
        runtimeId: 'glosa',
        extensionBase: 'chrome-extension://glosa/',
      },
    );
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/belongs to another page/) });
    expect((await snapshot()).highlights).toHaveLength(2);
  });
});

describe('suggestions and storage errors', () => {
  it('suggests tags by use and lists every entity by name', async () => {
    const handlers = service();
    await handlers['save-highlight'](
      saveRequest({ body: { note: '', tags: ['bolivia', 'senkata'], entityIds: [] } }),
      senderOf(pageA),
    );
    await handlers['save-highlight'](
      saveRequest({ body: { note: '', tags: ['senkata'], entityIds: [] } }),
      senderOf(pageB),
    );
    expect(await handlers['tag-suggestions']({}, senderOf(pageA))).toEqual(['senkata', 'bolivia']);
    expect((await handlers['entity-summaries']({}, senderOf(pageA))).map((e) => e.name)).toEqual([
      'Adriana Salvatierra',
      'Evo Morales',
      'Senkata',
    ]);
    expect(
      entitySummaries([
        { id: 'b', name: 'Álvaro', kind: 'person' },
        { id: 'a', name: 'Zárate', kind: 'person' },
      ]).map((e) => e.id),
    ).toEqual(['b', 'a']);
  });

  it('answers a full disk with the sentence the content script shows, storing nothing', async () => {
    const handlers = service();
    if (!db) throw new Error('no database');
    const full = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    vi.spyOn(db.highlights, 'put').mockRejectedValue(full);
    await expect(handlers['save-highlight'](saveRequest(), senderOf(pageA))).rejects.toThrow(
      'The browser has no room left to store highlights. Free some disk space, or export and remove old highlights, then try again.',
    );
    vi.restoreAllMocks();
    expect(await snapshot()).toEqual({ highlights: [], trash: [] });
  });

  it('refuses in the reader’s language, and in English the words of the English locale', async () => {
    const english = translator('en');
    for (const [key, text] of Object.entries(refusals)) {
      expect(english(key as keyof typeof refusals, 'x')).toBe(text.replace('$1', 'x'));
    }
    const handlers = service({ translate: translator('es') });
    await expect(handlers['save-highlight'](saveRequest(), senderOf('about:blank'))).rejects.toThrow(
      'Glosa guarda resaltados solo de páginas web (direcciones http y https).',
    );
    if (!db) throw new Error('no database');
    vi.spyOn(db.highlights, 'put').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
    await expect(handlers['save-highlight'](saveRequest(), senderOf(pageA))).rejects.toThrow(
      /^El navegador no tiene espacio/,
    );
    vi.restoreAllMocks();
  });
});
