/**
 * The dataset's shape: the single source of its types.
 *
 * Files under `data/` are parsed with these schemas by the maintainer tooling
 * (`scripts/dataset/`) and by the build. Nothing here touches the file system or a
 * browser API, so the same schemas run in node tests, the build and the extension.
 */
import { z } from 'zod';

/** Lower-case words joined by hyphens: `evo-morales`, `decree-4078`. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, single hyphens)');

const nonEmpty = z.string().trim().min(1, 'must not be empty');

/** `2019`, `2019-12` or `2019-12-24`: sources sometimes give only a month. */
export const partialDateSchema = z
  .string()
  .regex(/^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD');

/** An address is https or absent (empty string): never guessed, never plain http. */
export const addressSchema = z.union([
  z.literal(''),
  z
    .string()
    .url('must be an absolute address')
    .refine((value) => value.startsWith('https://'), 'must be an https address'),
]);

export const languageSchema = z.enum(['en', 'es']);

/**
 * Glosa's own words (descriptions, role titles, questions, position labels, summaries,
 * speaker roles), written in both languages the extension speaks. Quotes are never
 * translated: they stay verbatim in their source's `language`.
 */
export const localisedTextSchema = z
  .object(
    { en: nonEmpty, es: nonEmpty },
    {
      // A plain string is the usual slip (text written before it was bilingual): say what is expected.
      error: (issue) =>
        issue.input === undefined
          ? undefined
          : 'must give the text in both languages: { "en": "…", "es": "…" }',
    },
  )
  .strict();

/** A name that reads the same in both languages (`Evo Morales`), or one per language. */
export const localisedNameSchema = z.union([nonEmpty, localisedTextSchema]);

/** One article or document. Its archived text lives beside it as `<id>.txt`. */
export const sourceSchema = z
  .object({
    id: idSchema,
    title: nonEmpty,
    outlet: nonEmpty,
    /** Who republished or translated it, when that is not the outlet (shown as "via"). */
    via: z.string().optional(),
    authors: z.array(nonEmpty).min(1, 'must name at least one author'),
    published: partialDateSchema,
    language: languageSchema,
    url: addressSchema,
  })
  .strict();

export const entityKindSchema = z.enum(['person', 'place', 'event', 'law', 'organisation', 'group']);

/**
 * One way a page may name an entity. Matching folds case and diacritics and treats
 * digit group separators (`4,078`, `4.078`) as absent, unless a rule says otherwise.
 */
export const aliasSchema = z
  .object({
    text: nonEmpty,
    /** Match only with this exact capitalisation (`MAS`, never `más` or `Mas`). */
    caseSensitive: z.boolean().optional(),
    /**
     * A bare surname or short form: it links only with evidence from the page (the
     * entity's full name, or a page that strongly mentions other dataset entities).
     */
    needsContext: z.boolean().optional(),
    /** Longer phrases containing this alias that name someone else (`Esther Morales Ayma`). */
    exclude: z.array(nonEmpty).optional(),
  })
  .strict();

/**
 * An office or position held, with its dates (partial dates: `2020-11-08`, `2025`).
 * `start` alone means it is still held as of the dataset's `asOf` date.
 */
export const bilingualRoleSchema = z
  .object({
    title: localisedTextSchema,
    start: partialDateSchema.optional(),
    end: partialDateSchema.optional(),
  })
  .strict();

export const bilingualEntitySchema = z
  .object({
    id: idSchema,
    kind: entityKindSchema,
    name: localisedNameSchema,
    /** Short, neutral, written by the curators: what it is, not who is right about it. */
    description: localisedTextSchema,
    aliases: z.array(aliasSchema).min(1, 'must have at least one alias'),
    /** A person's offices, oldest first; each dated (data:check flags undated roles of the living). */
    roles: z.array(bilingualRoleSchema).optional(),
    /** A person's date of death: without it, the person is treated as living. */
    died: partialDateSchema.optional(),
    /**
     * Entities a reader of this card may want next, by id: a place's events, an event's
     * place. Shown as a list; the bare place name never opens the event itself.
     */
    related: z.array(idSchema).optional(),
  })
  .strict();

/** Who is speaking in a quote: the author, or a person or body the source quotes or reports. */
export const bilingualSpeakerSchema = z
  .object({
    /** A person's name (`Augusto Russo`), or Glosa's words for a body or group, in both languages. */
    name: localisedNameSchema,
    /** `Bolivian Police Commander`, `departmental assembly member from Potosí`. */
    role: localisedTextSchema.optional(),
  })
  .strict();

/** Which question an account answers, and which of that question's positions it takes. */
export const answerSchema = z
  .object({
    question: idSchema,
    position: idSchema,
  })
  .strict();

/** A missing enum field says "is required" rather than listing the values it lacks. */
function requiredWhenMissing(issue: { input?: unknown }): string | undefined {
  return issue.input === undefined ? 'is required' : undefined;
}

/**
 * Whose words the quote is: the author's own (`own`), the speaker's words quoted
 * directly (`quote`), or the author's words reporting what the speaker said or holds
 * (`paraphrase`). Quotation marks around the words that carry the claim make a quote;
 * a scare-quoted word inside the author's sentence does not.
 */
export const voiceSchema = z.enum(['own', 'quote', 'paraphrase'], { error: requiredWhenMissing });

/**
 * The reporting author's stance on what the account claims, read from the text around
 * the quote: `endorses` (states it or relies on it), `disputes` (rejects, mocks or
 * contradicts it), `neutral` (reports it without taking a side). An author's own words
 * are `endorses`.
 */
export const stanceSchema = z.enum(['endorses', 'disputes', 'neutral'], { error: requiredWhenMissing });

export const bilingualAccountSchema = z
  .object({
    id: idSchema,
    source: idSchema,
    /** Verbatim from the source's archived text (whitespace and typographic quotes aside). */
    quote: nonEmpty,
    speaker: bilingualSpeakerSchema,
    voice: voiceSchema,
    stance: stanceSchema,
    entities: z.array(idSchema).min(1, 'must concern at least one entity'),
    answers: z.array(answerSchema).optional(),
    /** One neutral line: what the account says, not whether it is true. */
    summary: localisedTextSchema.optional(),
  })
  .strict();

export const bilingualPositionSchema = z
  .object({
    id: idSchema,
    /** A neutral label for the position: `Describes a coup`, `Describes a resignation`. */
    label: localisedTextSchema,
  })
  .strict();

/** The competing-accounts unit: a neutral question and the positions accounts take on it. */
export const bilingualQuestionSchema = z
  .object({
    id: idSchema,
    text: localisedTextSchema,
    entities: z.array(idSchema).min(1, 'must concern at least one entity'),
    positions: z.array(bilingualPositionSchema).min(1, 'must list at least one position'),
  })
  .strict();

export const datasetMetaSchema = z
  .object({
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a semantic version (1.2.3)'),
    /** The date the dataset's facts (roles, counts, descriptions) are correct as of: `YYYY-MM-DD`. */
    asOf: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'must be a date (YYYY-MM-DD)'),
  })
  .strict();

export type Source = z.infer<typeof sourceSchema>;
export type Language = z.infer<typeof languageSchema>;
export type LocalisedText = z.infer<typeof localisedTextSchema>;
export type LocalisedName = z.infer<typeof localisedNameSchema>;
export type EntityKind = z.infer<typeof entityKindSchema>;
export type Alias = z.infer<typeof aliasSchema>;
export type Voice = z.infer<typeof voiceSchema>;
export type Stance = z.infer<typeof stanceSchema>;
export type Answer = z.infer<typeof answerSchema>;
export type DatasetMeta = z.infer<typeof datasetMetaSchema>;

/** The file shapes: Glosa's own text in both languages, as curators write it. */
export type BilingualRole = z.infer<typeof bilingualRoleSchema>;
export type BilingualEntity = z.infer<typeof bilingualEntitySchema>;
export type BilingualSpeaker = z.infer<typeof bilingualSpeakerSchema>;
export type BilingualAccount = z.infer<typeof bilingualAccountSchema>;
export type BilingualPosition = z.infer<typeof bilingualPositionSchema>;
export type BilingualQuestion = z.infer<typeof bilingualQuestionSchema>;

/** Everything the dataset files hold once read (archived texts excluded), in both languages. */
export interface BilingualDataset {
  version: string;
  /** The date its facts are correct as of (`YYYY-MM-DD`). */
  asOf: string;
  sources: Source[];
  entities: BilingualEntity[];
  accounts: BilingualAccount[];
  questions: BilingualQuestion[];
}

/*
 * The shapes readers see: the same records in one language (core/localise.ts), each
 * text a plain string, so the popover, popup, atlas and library need not know that the
 * files hold two.
 */
export type Role = Omit<BilingualRole, 'title'> & { title: string };
export type Entity = Omit<BilingualEntity, 'name' | 'description' | 'roles'> & {
  name: string;
  description: string;
  roles?: Role[];
};
export type Speaker = Omit<BilingualSpeaker, 'name' | 'role'> & { name: string; role?: string };
export type Account = Omit<BilingualAccount, 'speaker' | 'summary'> & { speaker: Speaker; summary?: string };
export type Position = Omit<BilingualPosition, 'label'> & { label: string };
export type Question = Omit<BilingualQuestion, 'text' | 'positions'> & {
  text: string;
  positions: Position[];
};

/** The dataset in one language: what the extension's pages and the background read. */
export interface Dataset {
  version: string;
  /** The date its facts are correct as of (`YYYY-MM-DD`). */
  asOf: string;
  sources: Source[];
  entities: Entity[];
  accounts: Account[];
  questions: Question[];
}
