/**
 * The reader's settings: which sites Kontext stays off on, which sites the reader added to the
 * news list, and which entity types it marks. Stored as one JSON value (`SETTINGS_STORAGE_KEY`);
 * the schema is the one place its shape is written down, and `readSettings` the one place it is
 * read.
 *
 * To add a setting: add a field with a default here (old data without it still reads). A change
 * that old data cannot be read as raises `SETTINGS_VERSION` and adds a step to `MIGRATIONS`
 * (`migrate-settings.ts`) that brings the previous version forward.
 */
import { z } from '../messages/zod-mini';
import type { EntityType } from '../knowledge/pack-types';

/** The version of the settings' shape this Kontext reads and writes. */
export const SETTINGS_VERSION = 2;

/** Where the settings live: their key in `browser.storage.local`… */
export const SETTINGS_AREA_KEY = 'settings';
/** … and the same key as WXT storage spells it. */
export const SETTINGS_STORAGE_KEY = `local:${SETTINGS_AREA_KEY}`;

/** More sites than any reader turns off or adds by hand; a longer list is no settings of ours. */
export const MAX_SITES = 1000;
/** Longer than any host name (DNS allows 253). */
const MAX_HOST_LENGTH = 253;

/** A host name as Kontext keys sites: lower case, no port, no trailing dot. */
const hostSchema = z
  .string()
  .check(
    z.maxLength(MAX_HOST_LENGTH),
    z.regex(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$/),
  );

const sitesSchema = z.array(hostSchema).check(z.maxLength(MAX_SITES));

/** Whether a string is a site key Kontext stores (see `siteKeyOf`). */
export function isSiteKey(value: string): boolean {
  return hostSchema.safeParse(value).success;
}

// Spelled out rather than taken from the pack schema, which would bring all of zod into the
// content script; `satisfies` keeps the list complete.
function allTypesShown(): Record<EntityType, boolean> {
  return { person: true, organization: true, state: true, place: true } satisfies Record<
    EntityType,
    boolean
  >;
}

/**
 * The highlight colours a reader who changed nothing sees: the underlines of
 * assets/public/kontext.css.
 */
function defaultColors(): Record<EntityType, string> {
  return {
    person: '#d68c00',
    organization: '#0078c8',
    state: '#148c50',
    place: '#8c46c8',
  } satisfies Record<EntityType, string>;
}

/** A colour as `<input type="color">` gives it: `#rrggbb`, lower case. */
const colorSchema = z.string().check(z.regex(/^#[0-9a-f]{6}$/));

/** The keys a reader can hold to open cards. */
export const CARD_MODIFIERS = ['Alt', 'Shift', 'Control'] as const;
export type CardModifier = (typeof CARD_MODIFIERS)[number];

/** Bounds of the delay before a card opens on hover. */
export const MIN_HOVER_DELAY_MS = 0;
export const MAX_HOVER_DELAY_MS = 2000;

/** The card language choices: the page's, the browser's, or one fixed language. */
export const CARD_LANGUAGES = ['page', 'browser', 'de', 'en'] as const;
export type CardLanguage = (typeof CARD_LANGUAGES)[number];

function defaultCardOpening(): CardOpening {
  return { mode: 'hover', delayMs: 250, modifier: 'Alt' };
}

const cardOpeningSchema = z.object({
  /** `hover`: after the pointer rests `delayMs`; `modifier`: only while `modifier` is held. */
  mode: z.enum(['hover', 'modifier']),
  delayMs: z.number().check(z.int(), z.gte(MIN_HOVER_DELAY_MS), z.lte(MAX_HOVER_DELAY_MS)),
  modifier: z.enum(CARD_MODIFIERS),
});
export type CardOpening = z.infer<typeof cardOpeningSchema>;

/** A pack id as packs spell theirs (lib/knowledge/pack-schema.ts). */
const packIdSchema = z.string().check(z.minLength(1), z.maxLength(100));

/** More packs than any reader installs. */
export const MAX_PACKS = 200;

/** The settings as stored. Fields left out read as their defaults. */
export const settingsSchema = z.object({
  version: z.literal(SETTINGS_VERSION),
  /** Sites (see `siteKeyOf`) where Kontext does nothing, news sites and added ones alike. */
  sitesOff: z._default(sitesSchema, () => []),
  /** Sites beyond the news list where Kontext runs; each has its host permission. */
  sitesAdded: z._default(sitesSchema, () => []),
  /** Which entity types are marked on pages. A type left out is shown. */
  entityTypes: z._default(
    z.object({
      person: z._default(z.boolean(), true),
      organization: z._default(z.boolean(), true),
      state: z._default(z.boolean(), true),
      place: z._default(z.boolean(), true),
    }),
    allTypesShown,
  ),
  /** The highlight colour of each type, as the options page shows and stores it. */
  colors: z._default(
    z.object({
      person: z._default(colorSchema, defaultColors().person),
      organization: z._default(colorSchema, defaultColors().organization),
      state: z._default(colorSchema, defaultColors().state),
      place: z._default(colorSchema, defaultColors().place),
    }),
    defaultColors,
  ),
  /** How cards open. */
  cardOpening: z._default(cardOpeningSchema, defaultCardOpening),
  /** The language cards speak. */
  cardLanguage: z._default(z.enum(CARD_LANGUAGES), 'page'),
  /** Knowledge packs (bundled or imported, by id) the reader turned off. */
  packsOff: z._default(z.array(packIdSchema).check(z.maxLength(MAX_PACKS)), () => []),
  /**
   * Whether a state's adjective ("russische Truppen") is marked on pages. Recognized and counted
   * either way; off, as it is by default, it is not drawn.
   */
  adjectivesShown: z._default(z.boolean(), false),
});

export type Settings = z.infer<typeof settingsSchema>;

/** The settings of a reader who changed nothing. */
export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  sitesOff: [],
  sitesAdded: [],
  entityTypes: allTypesShown(),
  colors: defaultColors(),
  cardOpening: defaultCardOpening(),
  cardLanguage: 'page',
  packsOff: [],
  adjectivesShown: false,
};
