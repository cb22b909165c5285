/**
 * The shape of a knowledge pack as the extension reads it. A first cut: the Knowledge pack issue
 * replaces it with types derived from the pack schema.
 */

/** A language Kontext speaks, in its UI and in its packs. */
export type Language = 'de' | 'en';

/** A text in every language of the pack. */
export type LocalizedText = Record<Language, string>;

export type EntityType = 'person' | 'organization' | 'state' | 'place';

export interface Alias {
  text: string;
  /** full: a complete name; short: a part of it (a surname); epithet: a description that points to one entity. */
  kind: 'full' | 'short' | 'epithet';
  /** For short forms: whether it may be linked on a page that never names the entity in full. */
  standalone?: boolean;
  /** Whether another entity of the pack legitimately claims the same text. */
  shared?: boolean;
}

export interface Entity {
  id: string;
  type: EntityType;
  names: LocalizedText;
  aliases: Partial<Record<Language, Alias[]>>;
  description: LocalizedText;
}

export interface KnowledgePack {
  id: string;
  title: LocalizedText;
  asOf: string;
  entities: Entity[];
}
