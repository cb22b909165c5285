/**
 * The reader's settings: which sites Kontext stays off on, which sites the reader added to the
 * news list, and which entity types it marks. Stored as one JSON value (`SETTINGS_STORAGE_KEY`);
 * the schema is the one place its shape is written down, and `readSettings` the one place it is
 * read.
 *
 * To add a setting: add a field with a default here (old data without it still reads, as
 * `version` 1). A change that old data cannot be read as raises `SETTINGS_VERSION` and teaches
 * `readSettings` to bring older versions forward.
 */
import { z } from '../messages/zod-mini';
import type { EntityType } from '../knowledge/pack-types';

/** The version of the settings' shape this Kontext reads and writes. */
export const SETTINGS_VERSION = 1;

/** Where the settings live: WXT storage's key for `browser.storage.local`'s "settings". */
export const SETTINGS_STORAGE_KEY = 'local:settings';

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
});

export type Settings = z.infer<typeof settingsSchema>;

/** The settings of a reader who changed nothing. */
export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  sitesOff: [],
  sitesAdded: [],
  entityTypes: allTypesShown(),
};
