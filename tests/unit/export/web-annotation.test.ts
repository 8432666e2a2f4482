import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../../core/export/file-name.ts';
import {
  entityIdFromUrn,
  entityUrn,
  serialiseWebAnnotationCollection,
  toWebAnnotationCollection,
} from '../../../core/export/web-annotation.ts';
import { entityName, exported, generator, sampleHighlights, senkataHighlight } from './fixtures.ts';
import { assertionsOf, failedAssertions, meets } from './w3c-assertions.ts';

const options = { entityName, generator, exported };
const collection = toWebAnnotationCollection(sampleHighlights, options);

describe('toWebAnnotationCollection', () => {
  it('maps a highlight to an annotation with note, tags, entities, selectors and canonical address', () => {
    const annotation = collection.first.items.find((item) => item.id === `urn:uuid:${senkataHighlight.id}`);
    expect(annotation).toEqual({
      '@context': ['http://www.w3.org/ns/anno.jsonld', { glosa: 'urn:glosa:vocab:' }],
      id: 'urn:uuid:1b4e28ba-2fa1-41d2-883f-0016d3cca427',
      type: 'Annotation',
      motivation: 'commenting',
      created: '2026-11-20T09:15:00.000Z',
      modified: '2026-11-21T10:00:00.000Z',
      generator: { type: 'Software', name: 'Glosa 0.1.0' },
      body: [
        {
          type: 'TextualBody',
          purpose: 'commenting',
          value: 'Compare with the army’s account.',
          format: 'text/plain',
        },
        { type: 'TextualBody', purpose: 'tagging', value: 'senkata' },
        { type: 'TextualBody', purpose: 'tagging', value: 'deaths' },
        {
          type: 'SpecificResource',
          purpose: 'identifying',
          source: { id: 'urn:glosa:entity:senkata', label: 'Senkata' },
        },
      ],
      target: {
        type: 'SpecificResource',
        source: {
          id: 'https://news.example.org/2019/11/senkata',
          label: 'What happened at Senkata',
          canonical: 'https://news.example.org/senkata-deaths',
        },
        selector: [senkataHighlight.target.selector.quote, senkataHighlight.target.selector.position],
        'glosa:anchorState': 'anchored',
        'glosa:anchorChecked': '2026-11-30T08:00:00.000Z',
      },
    });
  });

  it('marks a highlight without a note as highlighting and leaves unknown entity names out', () => {
    const annotation = collection.first.items.find((item) =>
      item.id.endsWith('6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b'),
    );
    expect(annotation?.motivation).toBe('highlighting');
    expect(annotation?.body).toEqual([
      {
        type: 'SpecificResource',
        purpose: 'identifying',
        source: { id: 'urn:glosa:entity:evo-morales', label: 'Evo Morales' },
      },
      { type: 'SpecificResource', purpose: 'identifying', source: { id: 'urn:glosa:entity:unknown-entity' } },
    ]);
  });

  it('describes the collection with its total and one embedded page, in page then position order', () => {
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.total).toBe(3);
    expect(collection.created).toBe('2026-12-02T10:00:00.000Z');
    expect(collection.first.type).toBe('AnnotationPage');
    expect(collection.first.items.map((item) => item.target.selector[1].start)).toEqual([310, 1200, 0]);
    expect(collection.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
  });

  it('is the same text whatever order the highlights come in', () => {
    const reversed = serialiseWebAnnotationCollection([...sampleHighlights].reverse(), options);
    expect(reversed).toBe(serialiseWebAnnotationCollection(sampleHighlights, options));
    expect(reversed.endsWith('}\n')).toBe(true);
  });

  it('keeps entity ids with any characters readable back from their URN', () => {
    for (const id of ['evo-morales', 'a b/c?d#e', 'ñandú']) expect(entityIdFromUrn(entityUrn(id))).toBe(id);
    expect(entityIdFromUrn('https://example.org/entity/1')).toBeUndefined();
  });
});

// Ajv compiles each assertion with the large shared definitions: seconds on a busy machine.
describe('W3C Web Annotation model assertions', { timeout: 60_000 }, () => {
  const annotationMusts = assertionsOf('annotations/annotationMusts.test');
  const collectionMusts = assertionsOf('collections/collectionMusts.test');
  const pageMusts = assertionsOf('collections/pages/pageMusts.test');

  it('loads every MUST assertion the three test files list', () => {
    expect(annotationMusts).toHaveLength(54);
    expect(collectionMusts).toHaveLength(10);
    expect(pageMusts).toHaveLength(15);
    for (const assertion of [...annotationMusts, ...collectionMusts, ...pageMusts]) {
      expect(assertion.assertionType).toBe('must');
    }
  });

  it('every exported annotation meets every annotation MUST assertion, standing alone', () => {
    for (const annotation of collection.first.items)
      expect(failedAssertions(annotationMusts, annotation)).toEqual([]);
  });

  it('the collection meets every collection MUST and, with its embedded page, every page MUST', () => {
    expect(failedAssertions(collectionMusts, collection)).toEqual([]);
    expect(failedAssertions(pageMusts, collection)).toEqual([]);
  });

  it('an empty export is still a valid collection', () => {
    const empty = toWebAnnotationCollection([], options);
    expect(failedAssertions(collectionMusts, empty)).toEqual([]);
    expect(failedAssertions(pageMusts, empty)).toEqual([]);
  });

  it('catches broken documents, so these checks can fail', () => {
    const annotation = structuredClone(collection.first.items[0]);
    const broken = {
      ...annotation,
      '@context': 'http://example.org/other.jsonld',
      body: [{ type: 'TextualBody', value: 'x', source: 'urn:x' }],
    };
    expect(failedAssertions(annotationMusts, broken)).toEqual([
      expect.stringMatching(/^annotations\/3\.1-annotationContextValidated\.json: /),
      // A body with both `value` and `source` is neither a Textual Body nor a Specific Resource.
      expect.stringMatching(/^annotations\/bodiesTargets\/4-bodyEmbeddedTextualNoSource\.json: /),
      expect.stringMatching(/^annotations\/bodiesTargets\/4-bodySpecificResourceNoValue\.json: /),
    ]);
    const badCollection = { ...collection, total: 3, first: undefined, id: 'not a uri' };
    expect(failedAssertions(collectionMusts, badCollection).map((line) => line.split(':')[0])).toEqual([
      'collections/5.1-collectionIdValidated.json',
      'collections/5.1-collectionFirstValidated.json',
    ]);
    const badPage = { ...collection, first: { ...collection.first, items: [{ type: 'Note' }] } };
    expect(failedAssertions(pageMusts, badPage).map((line) => line.split(':')[0])).toEqual([
      'collections/pages/5.2-pageItemsValidated.json',
    ]);
  });

  it('meets these SHOULD and MAY assertions too', () => {
    const annotation = collection.first.items.find((item) => item.id.endsWith(senkataHighlight.id));
    const met = (testFile: string, document: unknown) =>
      assertionsOf(testFile)
        .filter((assertion) => meets(assertion, document))
        .map((assertion) => `${assertion.assertionType} ${assertion.file.split('/').pop()}`);
    expect(met('annotations/annotationOptionals.test', annotation)).toMatchSnapshot();
    expect(met('annotations/annotationsAgentOptionals.test', annotation)).toMatchSnapshot();
    expect(met('collections/collectionOptionals.test', collection)).toMatchSnapshot();
    expect(met('collections/pages/pageOptionals.test', collection)).toMatchSnapshot();
  });
});

describe('exportFileName', () => {
  it('names each format by the local day', () => {
    const day = new Date(2026, 11, 2, 23, 59);
    expect(exportFileName('jsonld', day)).toBe('glosa-highlights-2026-12-02.jsonld');
    expect(exportFileName('markdown', day)).toBe('glosa-highlights-2026-12-02.md');
    expect(exportFileName('csv', new Date(2027, 0, 9))).toBe('glosa-highlights-2027-01-09.csv');
  });
});
