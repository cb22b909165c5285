import type { NameEntry } from '../matching/find-names';
import type { KnowledgePack } from './pack-types';

/**
 * The names of a pack that may be linked on their own, in every language of the pack: full names,
 * epithets, and short forms the pack lets stand alone. Short forms that need the full name nearby
 * ("Kim") wait for the Recognition engine, which resolves them against the page.
 */
export function listLinkableNames(pack: KnowledgePack): NameEntry[] {
  const names: NameEntry[] = [];
  for (const entity of pack.entities) {
    for (const aliases of Object.values(entity.aliases)) {
      for (const alias of aliases ?? []) {
        if (alias.kind === 'short' && alias.standalone !== true) continue;
        names.push({ text: alias.text, entityId: entity.id });
      }
    }
  }
  return names;
}
