/**
 * Highlights as a W3C Web Annotation collection (JSON-LD, https://www.w3.org/TR/annotation-model/).
 * This is Glosa's lossless format: `core/import/` reads it back to the same highlights.
 *
 * Mapping, chosen so that every annotation also passes the W3C model's MUST assertions
 * on its own (each one repeats `@context`, which those assertions require):
 * - the page is the target's `source`, an External Web Resource with the page title as
 *   `label` and the page's `<link rel=canonical>` as `canonical`;
 * - the note is a `TextualBody` (purpose `commenting`, `text/plain`), each tag a
 *   `TextualBody` (purpose `tagging`);
 * - each linked entity is a `SpecificResource` (purpose `identifying`) whose source is
 *   `urn:glosa:entity:<id>` labelled with the entity's name. The model forbids `value`
 *   on a Specific Resource and `source` on a Textual Body, so the name goes in `label`;
 * - the last anchoring result is kept on the target as `glosa:anchorState` and
 *   `glosa:anchorChecked`, terms in Glosa's own vocabulary declared in the context.
 */
import type { TextPositionSelector, TextQuoteSelector } from '../anchoring/selectors.ts';
import type { Highlight } from '../highlights/highlight.ts';
import { uuidV5 } from '../highlights/stable-id.ts';
import { sortForExport } from './order.ts';

export const webAnnotationContextUrl = 'http://www.w3.org/ns/anno.jsonld';
/** Glosa's vocabulary: a URN, because Glosa has no web address of its own to mint terms under. */
export const glosaVocabulary = 'urn:glosa:vocab:';
export const glosaEntityPrefix = 'urn:glosa:entity:';
export const webAnnotationContext = [webAnnotationContextUrl, { glosa: glosaVocabulary }] as const;

export type WebAnnotationContext = typeof webAnnotationContext;

export interface SoftwareAgent {
  type: 'Software';
  name: string;
}

export interface TextualBody {
  type: 'TextualBody';
  purpose: 'commenting' | 'tagging';
  value: string;
  format?: 'text/plain';
}

export interface EntityBody {
  type: 'SpecificResource';
  purpose: 'identifying';
  source: { id: string; label?: string };
}

export type WebAnnotationBody = TextualBody | EntityBody;

export interface WebAnnotationTarget {
  type: 'SpecificResource';
  source: { id: string; label?: string; canonical?: string };
  selector: [TextQuoteSelector, TextPositionSelector];
  'glosa:anchorState'?: NonNullable<Highlight['anchoring']>['state'];
  'glosa:anchorChecked'?: string;
}

export interface WebAnnotation {
  '@context': WebAnnotationContext;
  id: string;
  type: 'Annotation';
  motivation: 'highlighting' | 'commenting';
  created: string;
  modified: string;
  generator: SoftwareAgent;
  body?: WebAnnotationBody[];
  target: WebAnnotationTarget;
}

export interface WebAnnotationCollection {
  '@context': WebAnnotationContext;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  created: string;
  generator: SoftwareAgent;
  first: { id: string; type: 'AnnotationPage'; partOf: string; startIndex: 0; items: WebAnnotation[] };
  /** The one page is also the last: readers that page through stop there. */
  last: string;
}

export interface WebAnnotationExportOptions {
  /** The dataset's name for an entity id; unknown ids are exported without a name. */
  entityName: (id: string) => string | undefined;
  generator: { name: string; version: string };
  exported: Date;
}

export function toWebAnnotationCollection(
  highlights: readonly Highlight[],
  options: WebAnnotationExportOptions,
): WebAnnotationCollection {
  const items = sortForExport(highlights).map((highlight) => toWebAnnotation(highlight, options));
  const created = options.exported.toISOString();
  // Derived, not random: the same export has the same ids, and this module stays pure.
  const collectionId = uuidV5(`collection\n${created}\n${items.map((item) => item.id).join('\n')}`);
  const pageId = `urn:uuid:${uuidV5(`page 1\n${collectionId}`)}`;
  return {
    '@context': webAnnotationContext,
    id: `urn:uuid:${collectionId}`,
    type: 'AnnotationCollection',
    label: 'Glosa highlights',
    total: items.length,
    created,
    generator: softwareAgent(options.generator),
    first: { id: pageId, type: 'AnnotationPage', partOf: `urn:uuid:${collectionId}`, startIndex: 0, items },
    last: pageId,
  };
}

/** The collection as the text of a `.jsonld` file. */
export function serialiseWebAnnotationCollection(
  highlights: readonly Highlight[],
  options: WebAnnotationExportOptions,
): string {
  return `${JSON.stringify(toWebAnnotationCollection(highlights, options), null, 2)}\n`;
}

export function toWebAnnotation(
  highlight: Highlight,
  options: Pick<WebAnnotationExportOptions, 'entityName' | 'generator'>,
): WebAnnotation {
  const body = bodiesOf(highlight, options.entityName);
  return {
    '@context': webAnnotationContext,
    id: `urn:uuid:${highlight.id}`,
    type: 'Annotation',
    motivation: highlight.body.note === '' ? 'highlighting' : 'commenting',
    created: highlight.created,
    modified: highlight.modified,
    generator: softwareAgent(options.generator),
    ...(body.length > 0 ? { body } : {}),
    target: targetOf(highlight),
  };
}

function bodiesOf(highlight: Highlight, entityName: (id: string) => string | undefined): WebAnnotationBody[] {
  const bodies: WebAnnotationBody[] = [];
  if (highlight.body.note !== '') {
    bodies.push({
      type: 'TextualBody',
      purpose: 'commenting',
      value: highlight.body.note,
      format: 'text/plain',
    });
  }
  for (const tag of highlight.body.tags) bodies.push({ type: 'TextualBody', purpose: 'tagging', value: tag });
  for (const entityId of highlight.body.entityIds) {
    const name = entityName(entityId);
    bodies.push({
      type: 'SpecificResource',
      purpose: 'identifying',
      source: { id: entityUrn(entityId), ...(name === undefined ? {} : { label: name }) },
    });
  }
  return bodies;
}

function targetOf(highlight: Highlight): WebAnnotationTarget {
  const { source, canonical, title, selector } = highlight.target;
  return {
    type: 'SpecificResource',
    source: {
      id: source,
      ...(title === '' ? {} : { label: title }),
      ...(canonical === undefined ? {} : { canonical }),
    },
    selector: [selector.quote, selector.position],
    ...(highlight.anchoring === undefined
      ? {}
      : {
          'glosa:anchorState': highlight.anchoring.state,
          'glosa:anchorChecked': highlight.anchoring.checked,
        }),
  };
}

function softwareAgent(generator: WebAnnotationExportOptions['generator']): SoftwareAgent {
  return { type: 'Software', name: `${generator.name} ${generator.version}` };
}

/** Entity ids are dataset slugs; encoding keeps any other character from breaking the URN. */
export function entityUrn(entityId: string): string {
  return `${glosaEntityPrefix}${encodeURIComponent(entityId)}`;
}

export function entityIdFromUrn(urn: string): string | undefined {
  if (!urn.startsWith(glosaEntityPrefix)) return undefined;
  try {
    return decodeURIComponent(urn.slice(glosaEntityPrefix.length));
  } catch {
    return undefined;
  }
}
