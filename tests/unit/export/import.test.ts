import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serialiseWebAnnotationCollection, toWebAnnotation } from '../../../core/export/web-annotation.ts';
import { uuidV5 } from '../../../core/highlights/stable-id.ts';
import { parseImport, parseImportAsync } from '../../../core/import/parse-import.ts';
import {
  entityName,
  exported,
  generator,
  hostileHighlight,
  sampleHighlights,
  senkataHighlight,
} from './fixtures.ts';

const fixtures = join(import.meta.dirname, '../../fixtures/import');
const readFixture = (name: string) => readFileSync(join(fixtures, name), 'utf8');
const options = { importedAt: '2026-12-02T10:00:00.000Z' };
const exportOptions = { entityName, generator, exported };

function parsed(text: string) {
  const result = parseImport(text, options);
  if (!result.ok) throw new Error(`import refused: ${result.error}`);
  return result;
}

describe('parseImport: Glosa JSON-LD', () => {
  it('reads its own export back to the same highlights', () => {
    const result = parsed(serialiseWebAnnotationCollection(sampleHighlights, exportOptions));
    expect(result.format).toBe('glosa');
    expect(result.invalid).toEqual([]);
    expect(result.valid).toHaveLength(3);
    for (const highlight of sampleHighlights) expect(result.valid).toContainEqual(highlight);
  });

  it('keeps a note holding HTML or a script as the plain text it is', () => {
    const result = parsed(serialiseWebAnnotationCollection([hostileHighlight], exportOptions));
    expect(result.valid[0]?.body.note).toBe(
      '<script>alert("x")</script>\n# not a heading, "quoted", with, commas',
    );
  });

  it('reads a single annotation and a bare list of annotations', () => {
    const annotation = toWebAnnotation(senkataHighlight, exportOptions);
    expect(parsed(JSON.stringify(annotation))).toMatchObject({ format: 'glosa', valid: [senkataHighlight] });
    expect(parsed(JSON.stringify([annotation]))).toMatchObject({
      format: 'glosa',
      valid: [senkataHighlight],
    });
  });

  it('merges repeated ids inside one file, keeping the newer copy, and says how many', () => {
    const older = {
      ...senkataHighlight,
      body: { ...senkataHighlight.body, note: 'old' },
      modified: '2026-11-20T10:00:00.000Z',
    };
    const newer = {
      ...senkataHighlight,
      body: { ...senkataHighlight.body, note: 'new' },
      modified: '2026-11-25T10:00:00.000Z',
    };
    for (const order of [
      [older, newer],
      [newer, older],
    ]) {
      const result = parsed(
        JSON.stringify(order.map((highlight) => toWebAnnotation(highlight, exportOptions))),
      );
      expect(result.valid.map((highlight) => highlight.body.note)).toEqual(['new']);
      expect(result.duplicates).toBe(1);
    }
  });
});

describe('parseImport: other tools', () => {
  it('reads a Hypothesis export, reporting page notes and replies', () => {
    const result = parsed(readFixture('hypothesis-export.json'));
    expect(result.format).toBe('hypothesis');
    expect(result.valid).toEqual([
      {
        id: uuidV5('hypothesis:Xq9ZbF7mEe-7r0Nq3k1Lmw'),
        target: {
          source: 'https://news.example.org/2019/11/senkata',
          title: 'What happened at Senkata',
          selector: {
            quote: {
              type: 'TextQuoteSelector',
              exact: 'Ten people died at the Senkata fuel plant',
              prefix: 'on 19 November 2019, witnesses s',
              suffix: ' as soldiers opened fire, accord',
            },
            position: { type: 'TextPositionSelector', start: 1200, end: 1241 },
          },
        },
        body: {
          note: 'Army says soldiers did not fire. <b>Check</b> the autopsy reports.',
          tags: ['Senkata', 'military'],
          entityIds: [],
        },
        created: '2026-11-03T14:21:09.312418+00:00',
        modified: '2026-11-05T08:02:44.100003+00:00',
      },
      expect.objectContaining({
        id: uuidV5('hypothesis:b3F0ZW4Fh-2kq9aX8Kx1sA'),
        // The fragment goes: Glosa finds highlights by the page's address without one.
        target: expect.objectContaining({ source: 'https://news.example.org/2019/11/senkata' }),
      }),
    ]);
    expect(result.invalid).toEqual([
      {
        index: 2,
        label: '#3 “A page note: the whole article is one-sided.”',
        reasons: ['target: no TextQuoteSelector, so there is no quoted passage to find again (a page note?)'],
      },
      {
        index: 3,
        label: '#4 “Agreed.”',
        reasons: ['target: no TextQuoteSelector, so there is no quoted passage to find again (a reply?)'],
      },
    ]);
  });

  it('reads annotations saved from the Hypothesis API, as a search answer or a bare list', () => {
    const { annotations } = JSON.parse(readFixture('hypothesis-export.json')) as { annotations: unknown[] };
    for (const text of [JSON.stringify({ total: 4, rows: annotations }), JSON.stringify(annotations)]) {
      const result = parsed(text);
      expect(result.format).toBe('hypothesis');
      expect(result.valid).toHaveLength(2);
      expect(result.invalid).toHaveLength(2);
    }
  });

  it('reads a foreign W3C collection: HTML notes as text, tags, position hints and their absence', () => {
    const result = parsed(readFixture('w3c-foreign.jsonld'));
    expect(result.format).toBe('w3c');
    const [ombudsman, keyDate] = result.valid;
    expect(ombudsman).toMatchObject({
      id: uuidV5('https://annotations.example.net/anno/8841'),
      target: { source: 'https://news.example.org/2019/11/senkata', title: '' },
      body: {
        note: '<p>Contrast with the <em>Ombudsman</em> report.</p>',
        tags: ['ombudsman'],
        entityIds: [],
      },
      created: '2026-10-01T12:00:00Z',
      modified: '2026-10-02T08:30:00Z',
    });
    // No TextPositionSelector: the position is only a hint, and 0–0 sends anchoring to the quote.
    expect(ombudsman?.target.selector.position).toEqual({ type: 'TextPositionSelector', start: 0, end: 0 });
    expect(keyDate).toMatchObject({
      body: { note: 'Key date' },
      modified: '2026-10-03T12:00:00+02:00',
      target: {
        selector: {
          quote: { exact: '19 November 2019', prefix: '', suffix: '' },
          position: { start: 402, end: 418 },
        },
      },
    });
    expect(result.invalid).toEqual([
      {
        index: 2,
        label: '#3 (https://annotations.example.net/anno/8843)',
        reasons: ['target: no TextQuoteSelector, so there is no quoted passage to find again'],
      },
    ]);
  });

  it('gives a foreign record the same id on every import, so importing twice merges', () => {
    const text = readFixture('w3c-foreign.jsonld');
    expect(parsed(text).valid.map((highlight) => highlight.id)).toEqual(
      parsed(text).valid.map((highlight) => highlight.id),
    );
    const anonymous = JSON.stringify({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'Annotation',
      target: { source: 'https://a.example/p', selector: { type: 'TextQuoteSelector', exact: 'words' } },
    });
    const first = parsed(anonymous).valid[0];
    expect(first?.id).toBe(parsed(anonymous).valid[0]?.id);
    expect(first?.created).toBe(options.importedAt);
  });
});

describe('parseImport: malformed files', () => {
  it.each([
    ['', /empty/],
    ['   \n', /empty/],
    ['not json at all', /not JSON/],
    ['{"type": "AnnotationCollection", "first": {"items": [', /ends too early/],
    ['42', /not an export/],
    ['{"hello": "world"}', /not an export/],
    [
      '{"type": "AnnotationCollection", "total": 2, "first": "https://example.net/page1"}',
      /links to its pages/,
    ],
    ['{"type": "AnnotationCollection", "total": 2}', /no pages/],
    ['{"type": "AnnotationPage", "items": 3}', /no list of "items"/],
  ])('refuses %j as a whole', (text, message) => {
    const result = parseImport(text, options);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it('refuses a file cut off in the middle of an export', () => {
    const text = serialiseWebAnnotationCollection(sampleHighlights, exportOptions);
    const result = parseImport(text.slice(0, Math.floor(text.length * 0.6)), options);
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/^The file ends too early/) });
  });

  it('accepts a file that starts with a byte-order mark', () => {
    expect(
      parsed(`\uFEFF${JSON.stringify([toWebAnnotation(senkataHighlight, exportOptions)])}`).valid,
    ).toHaveLength(1);
  });

  it('reports records with wrong types, one by one, and keeps the good ones', () => {
    const good = toWebAnnotation(senkataHighlight, exportOptions);
    const records = [
      good,
      { ...good, id: 'urn:uuid:7d444840-9dc0-41d2-883f-0016d3cca427', created: 'yesterday' },
      {
        ...good,
        id: 'urn:uuid:8d444840-9dc0-41d2-883f-0016d3cca427',
        target: { ...good.target, source: { id: 'not a url' } },
      },
      { ...good, id: 'urn:uuid:9d444840-9dc0-41d2-883f-0016d3cca427', target: 17 },
      {
        ...good,
        id: 'urn:uuid:ad444840-9dc0-41d2-883f-0016d3cca427',
        target: { ...good.target, selector: [{ type: 'TextQuoteSelector', exact: 5 }] },
      },
      'https://example.org/anno/1',
      { ...good, type: 'Note' },
      { ...good, target: { selector: good.target.selector } },
    ];
    const result = parsed(JSON.stringify(records));
    expect(result.valid).toEqual([senkataHighlight]);
    expect(result.invalid.map(({ index, reasons }) => [index, reasons.join(' | ')])).toEqual([
      [1, expect.stringMatching(/^created: /)],
      [2, expect.stringMatching(/^target\.source: /)],
      [3, expect.stringMatching(/^target: /)],
      [4, 'TextQuoteSelector.exact: Invalid input: expected string, received number'],
      [5, expect.stringMatching(/expected object/)],
      [6, 'type: not an Annotation'],
      [7, 'target.source: no page address'],
    ]);
    expect(result.invalid.at(-1)?.label).toBe('#8 “Ten people died at the Senkata fuel plant”');
    expect(result.invalid[1]?.label).toBe('#3 “Ten people died at the Senkata fuel plant”');
  });

  it('reports a quote longer than Glosa stores instead of cutting it', () => {
    const long = { ...senkataHighlight, target: { ...senkataHighlight.target } };
    const annotation = toWebAnnotation(long, exportOptions);
    annotation.target.selector[0] = { ...annotation.target.selector[0], exact: 'x'.repeat(20_001) };
    const result = parsed(JSON.stringify(annotation));
    expect(result.valid).toEqual([]);
    expect(result.invalid[0]?.reasons).toEqual([
      expect.stringMatching(/^target\.selector\.quote\.exact: Too big/),
    ]);
  });
});

describe('parseImportAsync', () => {
  it('reports progress in chunks and gives the same result as parseImport', async () => {
    const many = Array.from({ length: 25 }, (_, i) =>
      toWebAnnotation({ ...senkataHighlight, id: uuidV5(`progress ${i}`) }, exportOptions),
    );
    const text = JSON.stringify(many);
    const progress: [number, number][] = [];
    const result = await parseImportAsync(text, {
      ...options,
      chunkSize: 10,
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(progress).toEqual([
      [10, 25],
      [20, 25],
      [25, 25],
    ]);
    expect(result).toEqual(parseImport(text, options));
  });

  it('stops when the signal is aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const text = JSON.stringify([toWebAnnotation(senkataHighlight, exportOptions)]);
    expect(await parseImportAsync(text, { ...options, signal: controller.signal })).toEqual({
      ok: false,
      error: 'Import cancelled.',
    });
  });
});
