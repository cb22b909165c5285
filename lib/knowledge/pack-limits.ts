/**
 * The limits a knowledge pack must stay within. A pack may come from anyone (a curator's typo, a
 * download, a hostile file), and Kontext reads it inside every news page: the limits keep one bad
 * file from stalling the page or exhausting memory. They sit far above what an honest pack needs
 * (the first pack has 17 entities and no text over 300 characters).
 */

/** The whole file, in bytes: twenty times a pack with 100,000 short entities still fits. */
export const MAX_PACK_BYTES = 20 * 1024 * 1024;

/** Nesting of brackets: a pack needs 8 levels; deeper is a broken or hostile file. */
export const MAX_NESTING_DEPTH = 32;

/** Descriptions, statements, quotes, titles: a few paragraphs at most. */
export const MAX_TEXT_LENGTH = 2_000;

/** Names, aliases, inflected forms, publishers, article titles. */
export const MAX_NAME_LENGTH = 200;

/** Ids of entities, statements, events, sources, and the pack's own id. */
export const MAX_ID_LENGTH = 100;

/** Links to sources. */
export const MAX_URL_LENGTH = 2_000;

/** Entities, statements, events and sources, each. */
export const MAX_ITEMS = 100_000;

/** Aliases of one entity in one language. */
export const MAX_ALIASES_PER_LANGUAGE = 50;

/** Irregular forms of one alias. */
export const MAX_FORMS_PER_ALIAS = 20;

/** Roles of one entity, and participants of one event. */
export const MAX_ROLES = 100;
export const MAX_PARTICIPANTS = 1_000;

/** Languages a pack lists: more than Kontext will speak, so a duplicate shows as a duplicate. */
export const MAX_LANGUAGES = 20;

/** Problems reported for one file: past these, a curator fixes the first ones and checks again. */
export const MAX_PROBLEMS = 200;
