/**
 * The knowledge pack format, as a zod schema: the single source of the pack's TypeScript types
 * (`pack-types.ts`) and of the JSON Schema that curators' editors check against
 * (`assets/knowledge/pack.schema.json`). What a schema cannot say (ids that refer to each other,
 * names two entities claim) `checkPack` checks after it.
 *
 * Objects are strict: a key the format does not know is an error, so a curator's typo ("nmae")
 * shows instead of being silently ignored.
 */
import { z } from 'zod';
import { isCalendarDate, PACK_DATE_PATTERN } from './pack-dates';
import {
  MAX_ALIASES_PER_LANGUAGE,
  MAX_FORMS_PER_ALIAS,
  MAX_ID_LENGTH,
  MAX_ITEMS,
  MAX_LANGUAGES,
  MAX_NAME_LENGTH,
  MAX_PARTICIPANTS,
  MAX_ROLES,
  MAX_TEXT_LENGTH,
  MAX_URL_LENGTH,
} from './pack-limits';
import { findLinkProblem } from './pack-links';
import { quoteValue } from './pack-problem';

/** The format this version of Kontext reads. A change that breaks old packs raises it. */
export const PACK_FORMAT = 1;

/** The languages Kontext speaks, in its UI and in its packs. Add one here and nowhere else. */
export const LANGUAGES = ['de', 'en'] as const;

/** The kinds of things a pack knows. The matcher highlights each kind in its own colour. */
export const ENTITY_TYPES = ['person', 'organization', 'state', 'place'] as const;

/**
 * full: a complete name; short: a part of it (a surname); epithet: a description of one entity;
 * adjective: the adjective of a state ("russisch", "Russian"), a mention of its own kind that
 * pages draw only where the reader asks for it.
 */
export const ALIAS_KINDS = ['full', 'short', 'epithet', 'adjective'] as const;

/** Ids: lowercase words joined by single hyphens, "kim-jong-un". */
const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** One of Kontext's languages: a key of every text, and an entry of a pack's `languages`. */
export const languageSchema = z.enum(LANGUAGES);

/** What an entity is; the UI names and colours each type. */
export const entityTypeSchema = z.enum(ENTITY_TYPES);

/** The id of an entity, statement, event, source or pack, and every reference to one. */
export const idSchema = z
  .string()
  .max(MAX_ID_LENGTH)
  .regex(KEBAB_CASE, {
    error: (issue) =>
      `${quoteValue(issue.input)} is not a valid id: use lowercase letters and digits joined by single hyphens, like "kim-jong-un"`,
  })
  .describe('An id: lowercase letters and digits joined by hyphens, "kim-jong-un".');

/** A date of the pack, "2023", "2023-09" or "2023-09-14", that the calendar has. */
export const dateSchema = z
  .string()
  .regex(PACK_DATE_PATTERN, {
    error: (issue) =>
      `${quoteValue(issue.input)} is not a date: write "2023", "2023-09" or "2023-09-14"`,
  })
  .refine(isCalendarDate, {
    error: (issue) => `${quoteValue(issue.input)} is not a day of the calendar`,
  })
  .describe('A date as precise as known: "2023", "2023-09" or "2023-09-14".');

/** A language a source or a quote is in: any language, not only those Kontext speaks ("ru"). */
export const languageCodeSchema = z.string().regex(/^[a-z]{2,3}$/, {
  error: 'is not a language code: use two or three lowercase letters, like "de", "en" or "ru"',
});

/** Prose: descriptions, statements, quotes, titles. */
export const textSchema = z
  .string()
  .max(MAX_TEXT_LENGTH)
  .regex(/\S/, { error: 'is empty: write the text, or leave the field out where it is optional' });

/** A name as a page writes it, with no space at either end (the matcher looks for it as is). */
export const nameSchema = z
  .string()
  .max(MAX_NAME_LENGTH)
  .regex(/^\S(?:[\s\S]*\S)?$/, {
    error: (issue) =>
      issue.input === '' ? 'is empty' : 'starts or ends with a space: remove the space',
  });

/** A link Kontext may open: https: only (see `findLinkProblem` for why). */
export const linkSchema = z
  .string()
  .max(MAX_URL_LENGTH)
  .refine((value) => findLinkProblem(value) === undefined, {
    error: (issue) => findLinkProblem(String(issue.input)) ?? 'is not a valid link',
  })
  // For editors: the JSON Schema cannot run findLinkProblem, but it can show the rule.
  .meta({ pattern: '^https://', description: 'A link that starts with https://.' });

/** One schema per language, in a strict object: `{ "de": …, "en": … }`. */
function byLanguage<T extends z.ZodType>(schema: T) {
  const shape = {} as Record<(typeof LANGUAGES)[number], T>;
  for (const language of LANGUAGES) shape[language] = schema;
  return z.strictObject(shape);
}

/** A text in each of Kontext's languages. */
export const localizedTextSchema = byLanguage(textSchema);

/** A name in each of Kontext's languages. */
export const localizedNameSchema = byLanguage(nameSchema);

/** Where a claim comes from: a source of the pack, or general knowledge any reference work has. */
export const provenanceSchema = z.union(
  [z.strictObject({ source: idSchema }), z.strictObject({ background: z.literal(true) })],
  {
    error: (issue) =>
      `${issue.input === undefined ? 'is missing' : 'must hold one thing'}: either "source" with the id of one of the pack's sources, or "background": true for general knowledge`,
  },
);

/**
 * A name a page may use for an entity, in its base form: the matcher adds regular endings itself,
 * `forms` lists the irregular ones. `from`/`to` limit an epithet to the time it was true.
 */
export const aliasSchema = z.strictObject({
  text: nameSchema.describe('The name in its base form, as a page writes it.'),
  kind: z
    .enum(ALIAS_KINDS)
    .describe(
      'full: a complete name; short: a part of it; epithet: a description such as "Kremlchef"; adjective: a state\'s adjective, "russisch", drawn only where the reader turns adjectives on.',
    ),
  standalone: z
    .boolean()
    .optional()
    .describe('For short names: whether to link it where the full name is absent.'),
  shared: z
    .boolean()
    .optional()
    .describe('Whether another entity of the pack may carry the same name.'),
  inOtherNames: z
    .boolean()
    .optional()
    .describe(
      'A word that other names are made of too, "Chad", "Jordan", "Washington": on an English page, no mention where a capitalized word other than a title stands right before or after it ("Michael Jordan", "Chad Smith", "Washington Post").',
    ),
  mention: z
    .literal(false)
    .optional()
    .describe(
      'false: a phrase with a name of the entity in it that does not mention the entity, "US-Dollar", "Niger Delta": matched so that the name inside it is not.',
    ),
  forms: z
    .array(nameSchema)
    .min(1)
    .max(MAX_FORMS_PER_ALIAS)
    .optional()
    .describe('Irregular inflected forms the matcher cannot derive, "Sicherheitsrates".'),
  from: dateSchema.describe('The name points to this entity from this date on.').optional(),
  to: dateSchema.describe('The name points to this entity until this date.').optional(),
});

/** An office an entity holds or held, in the entity `of`, from and to a date. */
export const roleSchema = z.strictObject({
  title: localizedTextSchema.describe('The office, "President of Russia".'),
  of: idSchema.optional().describe('The id of the entity the role is in.'),
  from: dateSchema.optional(),
  to: dateSchema.optional(),
  provenance: provenanceSchema,
});

/** Where to read more: the Wikidata item, and the Wikipedia article per language. */
export const refsSchema = z.strictObject({
  wikidata: z
    .string()
    .regex(/^Q[1-9]\d{0,11}$/, {
      error: 'is not a Wikidata id: write "Q" and the number, like "Q7747"',
    })
    .optional(),
  wikipedia: byLanguage(
    nameSchema.refine((title) => !/^[a-z][a-z\d+.-]*:\/\//i.test(title), {
      error: 'is a link: give the article title only, like "Wladimir Putin"',
    }),
  )
    .partial()
    .optional()
    .describe('The title of the Wikipedia article, per language.'),
});

/** A person, organization, state or place: its names, what the card says, its roles. */
export const entitySchema = z.strictObject({
  id: idSchema,
  type: entityTypeSchema,
  names: localizedNameSchema.describe('The name the card shows, per language.'),
  aliases: byLanguage(z.array(aliasSchema).max(MAX_ALIASES_PER_LANGUAGE))
    .partial()
    .describe('The names a page may use, per language, in their base form.'),
  description: localizedTextSchema.describe('One or two sentences for the card, per language.'),
  roles: z.array(roleSchema).max(MAX_ROLES).optional(),
  refs: refsSchema.optional(),
});

/** Words someone (`speaker`) said, as a `channel` passed them on, with translations. */
export const quoteSchema = z.strictObject({
  speaker: idSchema.describe('The id of the entity that said it.'),
  channel: idSchema.optional().describe('The id of the entity that passed it on, a news agency.'),
  language: languageCodeSchema.describe('The language of the quote as the source gives it.'),
  text: textSchema.describe('The words as the source gives them.'),
  translation: byLanguage(textSchema)
    .partial()
    .describe("The quote in each of the pack's other languages.")
    .optional(),
});

/** The fields every statement has; its kind adds the rest. */
const statementFields = {
  id: idSchema,
  subject: idSchema.describe('The id of the entity the statement is about.'),
  object: idSchema.describe('The id of a second entity the statement concerns.').optional(),
  date: dateSchema.describe('When it happened or was said.'),
  text: localizedTextSchema.describe('The statement in a sentence, per language.'),
  event: idSchema.optional().describe('The id of the event it belongs to.'),
  provenance: provenanceSchema,
};

/** A dated claim about an entity; its `kind` decides the fields beyond the common ones. */
export const statementSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    ...statementFields,
    kind: z.literal('relation'),
    object: idSchema.describe('The id of the other entity of the relation.'),
    relation: z
      .string()
      .regex(KEBAB_CASE, {
        error:
          'is not a relation: use lowercase words joined by hyphens, like "met" or "leader-of"',
      })
      .describe('What the subject did to or is to the object: "met", "leader-of".'),
  }),
  z.strictObject({ ...statementFields, kind: z.literal('fact') }),
  z.strictObject({ ...statementFields, kind: z.literal('quote'), quote: quoteSchema }),
  z.strictObject({ ...statementFields, kind: z.literal('event') }),
]);

/** Something that happened, at a date or over days, that statements can belong to. */
export const eventSchema = z.strictObject({
  id: idSchema,
  title: localizedTextSchema,
  date: dateSchema,
  end: dateSchema.describe('The last day, for an event over several days.').optional(),
  place: idSchema.describe('The id of the place or state where it happened.').optional(),
  participants: z
    .array(idSchema)
    .max(MAX_PARTICIPANTS)
    .describe('The ids of the entities that took part.')
    .optional(),
  description: localizedTextSchema.optional(),
  provenance: provenanceSchema,
});

/** A publication the pack's claims rest on. */
export const sourceSchema = z.strictObject({
  id: idSchema,
  publisher: nameSchema.describe('Who published it: "tagesschau.de".'),
  title: textSchema.describe('The headline, in the language of the source.'),
  date: dateSchema,
  language: languageCodeSchema.describe('The language of the source: "de", "en", "ko".'),
  url: linkSchema.optional(),
});

/** A whole knowledge pack, as one JSON file. */
export const packSchema = z
  .strictObject({
    $schema: z.string().max(MAX_URL_LENGTH).optional(),
    format: z.literal(PACK_FORMAT, {
      error: (issue) =>
        issue.input === undefined
          ? `is missing: write "format": ${PACK_FORMAT}`
          : `is ${quoteValue(issue.input)}, but this version of Kontext reads format ${PACK_FORMAT} only`,
    }),
    id: idSchema.describe('The pack’s id, and its file name: kim-putin-2023.json.'),
    version: z
      .string()
      .regex(/^\d{1,6}\.\d{1,6}\.\d{1,6}$/, {
        error: 'is not a version: write three numbers, like "1.0.0"',
      })
      .describe('The pack’s own version, three numbers: "1.0.0".'),
    title: localizedTextSchema.describe('The pack’s name, per language.'),
    description: localizedTextSchema.optional(),
    languages: z
      .array(languageSchema)
      .min(1)
      .max(MAX_LANGUAGES)
      .describe('The languages the pack covers: every entity needs names in each.'),
    asOf: dateSchema.describe('The day the pack’s knowledge was last checked.'),
    sources: z.array(sourceSchema).max(MAX_ITEMS).describe('The publications the claims rest on.'),
    entities: z
      .array(entitySchema)
      .max(MAX_ITEMS)
      .describe('The people, organizations, states and places.'),
    statements: z
      .array(statementSchema)
      .max(MAX_ITEMS)
      .describe('Dated claims about the entities: relations, facts, quotes, events.'),
    events: z
      .array(eventSchema)
      .max(MAX_ITEMS)
      .describe('What happened, for statements to belong to.'),
  })
  .meta({
    title: 'Kontext knowledge pack',
    description: 'People, organizations, states and places Kontext recognizes on news pages.',
  });
