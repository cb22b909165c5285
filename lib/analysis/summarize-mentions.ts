import type { NameMatch } from '../matching/find-names';
import type { EntityType, KnowledgePack, Language } from '../knowledge/pack-types';

/** One entity found on a page, as the popup lists it. */
export interface EntitySummary {
  id: string;
  name: string;
  type: EntityType;
  count: number;
}

/** What a page names, in the order of first mention. */
export interface PageSummary {
  total: number;
  entities: EntitySummary[];
}

/** Counts the mentions per entity, naming each entity in `language`. */
export function summarizeMentions(
  matches: readonly NameMatch[],
  pack: KnowledgePack,
  language: Language,
): PageSummary {
  const entities = new Map(pack.entities.map((entity) => [entity.id, entity]));
  const byId = new Map<string, EntitySummary>();
  for (const match of matches) {
    const known = byId.get(match.entityId);
    if (known) {
      known.count += 1;
      continue;
    }
    const entity = entities.get(match.entityId);
    if (!entity) continue;
    byId.set(entity.id, {
      id: entity.id,
      name: entity.names[language],
      type: entity.type,
      count: 1,
    });
  }
  const list = [...byId.values()];
  return { total: list.reduce((sum, entity) => sum + entity.count, 0), entities: list };
}
