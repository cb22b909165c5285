import type { Entity, Language } from '../knowledge/pack-types';

/**
 * The Wikipedia article of an entity in `language`: by the title the pack gives, else a search
 * for its name (a wrong article is worse than a search). Always `https:`.
 */
export function toWikipediaLink(
  entity: Entity,
  language: Language,
): { label: string; url: string } {
  const base = `https://${language}.wikipedia.org`;
  const title = entity.refs?.wikipedia?.[language];
  const url = title
    ? `${base}/wiki/${encodeURIComponent(title.replaceAll(' ', '_'))}`
    : `${base}/w/index.php?search=${encodeURIComponent(entity.names[language])}`;
  return { label: 'Wikipedia', url };
}
