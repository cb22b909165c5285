/**
 * The format of the world pack's curated files (assets/knowledge/world/README.md): strict zod
 * schemas, so that a field the format does not know, a malformed id or Wikidata id stops the
 * generator instead of being ignored. What a schema cannot say (ids that refer to each other,
 * names two entities claim, the order of records) `build-world-pack.ts` checks after it.
 */
import { z } from 'zod';
import {
  aliasSchema,
  dateSchema,
  idSchema,
  linkSchema,
  localizedNameSchema,
  localizedTextSchema,
  nameSchema,
  refsSchema,
} from '../../lib/knowledge/pack-schema';

const wikidataSchema = refsSchema.shape.wikidata.unwrap();
const wikipediaSchema = refsSchema.shape.wikipedia.unwrap();

/** A name: a string is a full name; an object is an alias of the pack format. */
const curatedAliasSchema = z.union([nameSchema, aliasSchema]);

const aliasesSchema = z
  .strictObject({ de: z.array(curatedAliasSchema), en: z.array(curatedAliasSchema) })
  .partial();

/** A note for reviewers: kept in the curated file, never shipped. */
const noteSchema = z.string().min(1);

const sourcesSchema = z.array(linkSchema).min(1);

/** Names in each language, at least one. */
const namesSchema = z.array(nameSchema).min(1);

/**
 * The short forms the press puts before a holder's title: "US" in "US-Präsident" (German joins
 * them with a hyphen) and "US", "U.S." in "US President".
 */
const prefixesSchema = z.strictObject({ de: namesSchema, en: namesSchema }).partial();

/** A state's capital (or seat of government), as a place of its own. */
export const curatedCapitalSchema = z.strictObject({
  id: idSchema,
  wikidata: wikidataSchema.optional(),
  names: z.strictObject({ de: nameSchema, en: nameSchema.optional() }),
  aliases: aliasesSchema.optional(),
  title: localizedTextSchema.optional(),
  note: noteSchema.optional(),
});

/** One state: what the packages lack or get wrong, keyed by its ISO 3166-1 alpha-2 code. */
export const curatedStateSchema = z.strictObject({
  iso: z.string().regex(/^[A-Z]{2}$/, { error: 'is not an ISO 3166-1 alpha-2 code, like "RU"' }),
  id: idSchema,
  wikidata: wikidataSchema,
  wikipedia: wikipediaSchema.optional(),
  names: localizedNameSchema.partial().optional(),
  aliases: aliasesSchema.optional(),
  exclude: z.array(nameSchema).optional(),
  adjective: z
    .strictObject({ de: nameSchema.nullable(), en: nameSchema.nullable() })
    .partial()
    .optional(),
  /**
   * The German genitive before a title ("Russlands Präsident"): where the generator's
   * (the name and -s) is wrong, the right one; `null` where the name takes an article and no
   * such genitive is written ("der Ukraine").
   */
  genitive: z.strictObject({ de: nameSchema }).nullable().optional(),
  prefixes: prefixesSchema.optional(),
  capital: curatedCapitalSchema.nullable(),
  note: noteSchema.optional(),
  sources: sourcesSchema,
});

/** What an organization is; each file of organizations holds some of these. */
export const ORGANIZATION_CATEGORIES = [
  'international-organization',
  'institution',
  'news-agency',
  'parliament',
  'party',
  'seat-of-power',
] as const;

export type OrganizationCategory = (typeof ORGANIZATION_CATEGORIES)[number];

/** One organization, institution, agency, parliament, party or seat of power. */
export const curatedOrganizationSchema = z.strictObject({
  id: idSchema,
  category: z.enum(ORGANIZATION_CATEGORIES),
  /** Only where checked against a second source; the record's note says so where it is missing. */
  wikidata: wikidataSchema.optional(),
  of: idSchema.optional(),
  names: localizedNameSchema,
  aliases: aliasesSchema,
  prefixes: prefixesSchema.optional(),
  description: localizedTextSchema,
  wikipedia: wikipediaSchema.optional(),
  note: noteSchema.optional(),
  sources: sourcesSchema,
});

/**
 * The noun a holder is called by, without whose office it is ("Präsident", "Außenminister",
 * "President", "Foreign Minister"): the generator puts the office's state or organization before
 * it, as adjective ("der russische Präsident", "Russian President"), genitive ("Russlands
 * Präsident", "Präsident Russlands") or prefix ("US-Präsident", "US President"). `declined`: the
 * German noun's other forms after an adjective ("Präsidenten"), beside the genitive -s the
 * matcher adds itself.
 */
const holderSchema = z.strictObject({
  de: nameSchema,
  en: nameSchema,
  declined: namesSchema.optional(),
});

/**
 * An office: what its holders are called, in the entity of part 1 it is an office of. Its
 * epithets are the words the press names the holder by ("Bundeskanzler", "Kanzler", "German
 * Chancellor"): generated from `holder` and the entity's adjectives, genitive and prefixes, and
 * those no rule gives (`epithets`, "Kremlchef"). Each holder gets them for the dates of their role
 * only. German has feminine forms for holders whose record asks for them.
 */
export const curatedOfficeSchema = z
  .strictObject({
    id: idSchema,
    of: idSchema,
    /** The office's Wikidata item (a position, "President of Russia" Q218295), for the cross-check. */
    wikidata: wikidataSchema.optional(),
    title: localizedNameSchema,
    holder: holderSchema.optional(),
    epithets: z
      .strictObject({ de: z.array(nameSchema), en: z.array(nameSchema) })
      .partial()
      .optional(),
    feminine: z
      .strictObject({
        title: z.strictObject({ de: nameSchema }),
        holder: z.strictObject({ de: nameSchema }).optional(),
        epithets: z.strictObject({ de: namesSchema }).optional(),
      })
      .optional(),
    note: noteSchema.optional(),
    sources: sourcesSchema,
  })
  .refine((office) => office.holder !== undefined || office.epithets !== undefined, {
    error: 'has neither holder nor epithets: give the noun its holders are called by',
  })
  .refine((office) => !office.holder || !office.feminine || office.feminine.holder, {
    error: 'has a holder and feminine forms, but no feminine.holder: give the feminine noun',
    path: ['feminine', 'holder'],
  });

/** A month at least: an office's dates say when it changed hands. */
const roleDateSchema = dateSchema.refine((date) => date.length >= 7, {
  error: 'gives a year only: write the month at least, "2021-12", or the day, "2021-12-08"',
});

/** A time a person held an office, with the link that says so. */
export const curatedRoleSchema = z.strictObject({
  office: idSchema,
  from: roleDateSchema,
  to: roleDateSchema.optional(),
  source: linkSchema,
  note: noteSchema.optional(),
});

/** One person: names as the press writes them, the offices held, and a description. */
export const curatedPersonSchema = z.strictObject({
  id: idSchema,
  /** Only where checked against a second source; the record's note says so where it is missing. */
  wikidata: wikidataSchema.optional(),
  wikipedia: wikipediaSchema.optional(),
  names: localizedNameSchema,
  aliases: aliasesSchema,
  /** German titles and epithets in their feminine form: "Bundeskanzlerin", "Kanzlerin". */
  feminine: z.literal(true).optional(),
  description: localizedTextSchema,
  roles: z.array(curatedRoleSchema).min(1),
  note: noteSchema.optional(),
  sources: sourcesSchema,
});

export type CuratedOffice = z.infer<typeof curatedOfficeSchema>;
export type CuratedPerson = z.infer<typeof curatedPersonSchema>;
export type CuratedState = z.infer<typeof curatedStateSchema>;
export type CuratedCapital = z.infer<typeof curatedCapitalSchema>;
export type CuratedOrganization = z.infer<typeof curatedOrganizationSchema>;
export type CuratedAlias = z.infer<typeof curatedAliasSchema>;
