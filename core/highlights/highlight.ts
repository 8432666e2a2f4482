/**
 * A researcher's saved highlight, as stored and as passed between Glosa's contexts.
 * It follows the W3C Web Annotation model: a target (the page, under every address it
 * is known by, and the passage's selectors) and a body (note, tags, linked entities).
 *
 * zod/mini: the content script sends these, and every page pays for its size.
 */
import { z } from 'zod/mini';
import { anchorStateSchema, passageSelectorsSchema } from '../anchoring/selectors';
import { siteOf } from './address';

/** Longest note: a long comment, well inside IndexedDB's and the messaging limits. */
export const maxNoteLength = 100_000;
export const maxTagLength = 100;
export const maxTags = 50;

const isoDate = z.iso.datetime({ offset: true });

export const highlightTargetSchema = z.object({
  /** The page's normalised address (`normaliseAddress`): no fragment, no tracking parameters. */
  source: z.url(),
  /** The page's `<link rel=canonical>`, normalised, when it has one on the same site. */
  canonical: z.optional(z.url()),
  title: z.string().check(z.maxLength(2_000)),
  selector: passageSelectorsSchema,
});

export const highlightBodySchema = z.object({
  note: z.string().check(z.maxLength(maxNoteLength)),
  tags: z.array(z.string().check(z.minLength(1), z.maxLength(maxTagLength))).check(z.maxLength(maxTags)),
  /** Dataset entity ids inside or around the passage, filled in on save and editable. */
  entityIds: z.array(z.string().check(z.minLength(1), z.maxLength(200))).check(z.maxLength(200)),
});

export const highlightSchema = z.object({
  /** A stable UUID: the same highlight keeps it through export and import. */
  id: z.uuid(),
  target: highlightTargetSchema,
  body: highlightBodySchema,
  created: isoDate,
  modified: isoDate,
  /** The last anchoring result a tab reported, so the popup and library can list orphans. */
  anchoring: z.optional(z.object({ state: anchorStateSchema, checked: isoDate })),
});

export type HighlightTarget = z.infer<typeof highlightTargetSchema>;
export type HighlightBody = z.infer<typeof highlightBodySchema>;
export type Highlight = z.infer<typeof highlightSchema>;

/** The site a highlight belongs to, for grouping and filters. */
export function highlightSite(highlight: Highlight): string {
  return siteOf(highlight.target.source) ?? highlight.target.source;
}
