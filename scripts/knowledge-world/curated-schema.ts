/**
 * The format of the world pack's curated files (assets/knowledge/world/README.md): strict zod
 * schemas, so that a field the format does not know, a malformed id or Wikidata id stops the
 * generator instead of being ignored. What a schema cannot say (ids that refer to each other,
 * names two entities claim, the order of records) `build-world-pack.ts` checks after it.
 */
import { z } from 'zod';
import {
  aliasSchema,
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
  description: localizedTextSchema,
  wikipedia: wikipediaSchema.optional(),
  note: noteSchema.optional(),
  sources: sourcesSchema,
});

export type CuratedState = z.infer<typeof curatedStateSchema>;
export type CuratedCapital = z.infer<typeof curatedCapitalSchema>;
export type CuratedOrganization = z.infer<typeof curatedOrganizationSchema>;
export type CuratedAlias = z.infer<typeof curatedAliasSchema>;
