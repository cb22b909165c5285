import type { EntityType, Language } from '../knowledge/pack-types';
import type { PageAnalysis } from './analyze-text';

/** One entity found on a page, as the popup lists it. */
export interface EntitySummary {
  id: string;
  name: string;
  type: EntityType;
  count: number;
}

/** What a page names, by number of mentions. */
export interface PageSummary {
  total: number;
  entities: EntitySummary[];
}

/** The popup's view of an analysis, naming each entity in `language`. */
export function summarizeAnalysis(analysis: PageAnalysis, language: Language): PageSummary {
  const entities = analysis.entities.map((entity) => ({
    id: entity.entityId,
    name: entity.names[language],
    type: entity.type,
    count: entity.count,
  }));
  return { total: analysis.mentions.length, entities };
}
