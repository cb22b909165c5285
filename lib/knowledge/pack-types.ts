/**
 * The shape of a knowledge pack as the extension reads it, derived from the pack schema
 * (`pack-schema.ts`): the schema is the one place the format is written down.
 */
import type { z } from 'zod';
import type {
  aliasSchema,
  entitySchema,
  entityTypeSchema,
  eventSchema,
  languageSchema,
  localizedTextSchema,
  packSchema,
  provenanceSchema,
  quoteSchema,
  roleSchema,
  sourceSchema,
  statementSchema,
} from './pack-schema';

/** A language Kontext speaks, in its UI and in its packs. */
export type Language = z.infer<typeof languageSchema>;

/** A text in every language Kontext speaks. */
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** person, organization, state or place. */
export type EntityType = z.infer<typeof entityTypeSchema>;

/** One way a page may name an entity: a full name, a short form or an epithet. */
export type Alias = z.infer<typeof aliasSchema>;

/** An office or position an entity holds or held, in another entity ("of"). */
export type Role = z.infer<typeof roleSchema>;

/** Where a claim comes from: a source of the pack, or background knowledge. */
export type Provenance = z.infer<typeof provenanceSchema>;

/** A person, organization, state or place the pack knows. */
export type Entity = z.infer<typeof entitySchema>;

/** Words someone said, as a source reports them. */
export type Quote = z.infer<typeof quoteSchema>;

/** A dated claim about an entity: a relation, a fact, a quote or an event. */
export type Statement = z.infer<typeof statementSchema>;

/**
 * Something that happened, which statements can belong to. Shadows the DOM's `Event` in a module
 * that imports it; import it `as PackEvent` where both are needed.
 */
export type Event = z.infer<typeof eventSchema>;

/** A publication the pack's claims rest on. */
export type Source = z.infer<typeof sourceSchema>;

/** A whole knowledge pack. */
export type KnowledgePack = z.infer<typeof packSchema>;
