/**
 * The knowledge packs a reader has: the bundled ones and the ones they imported, each with its
 * whole pack, how many aliases recognition has of it, and which of them are on.
 */
import type { KnowledgePack, LocalizedText, Source } from '../knowledge/pack-types';

/** Where a pack came from: with Kontext, or from a file the reader imported. */
export type PackSource = 'bundled' | 'imported';

export interface InstalledPack {
  pack: KnowledgePack;
  /** Its aliases as recognition counts them (irregular forms each one). */
  aliasCount: number;
  source: PackSource;
}

/** A pack as the options page lists it. */
export interface PackRow {
  id: string;
  title: LocalizedText;
  version: string;
  asOf: string;
  entities: number;
  aliases: number;
  source: PackSource;
  enabled: boolean;
  /** The publications and data the pack's claims rest on, for "Sources and licences". */
  sources: readonly Source[];
}

/** Every pack, bundled first, each once: an imported pack never hides a bundled one of its id. */
export function mergePacks(
  bundled: readonly InstalledPack[],
  imported: readonly InstalledPack[],
): InstalledPack[] {
  const ids = new Set(bundled.map(({ pack }) => pack.id));
  return [...bundled, ...imported.filter(({ pack }) => !ids.has(pack.id))];
}

/** The packs the reader has not turned off. */
export function pickEnabledPacks(
  packs: readonly InstalledPack[],
  packsOff: readonly string[],
): InstalledPack[] {
  return packs.filter(({ pack }) => !packsOff.includes(pack.id));
}

/** The rows of the options page's pack list. */
export function listPackRows(
  packs: readonly InstalledPack[],
  packsOff: readonly string[],
): PackRow[] {
  return packs.map(({ pack, aliasCount, source }) => ({
    id: pack.id,
    title: pack.title,
    version: pack.version,
    asOf: pack.asOf,
    entities: pack.entities.length,
    aliases: aliasCount,
    source,
    enabled: !packsOff.includes(pack.id),
    sources: pack.sources,
  }));
}

/** A pack as a file to save: the JSON a curator wrote, which imports again as it is. */
export function exportPackJson(pack: KnowledgePack): string {
  return `${JSON.stringify(pack, null, 2)}\n`;
}
