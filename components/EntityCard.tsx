import { formatPackDate } from '../lib/i18n/format-date';
import type { UiText } from '../lib/i18n/ui-text';
import type { Entity, KnowledgePack, Language } from '../lib/knowledge/pack-types';

export interface EntityCardProps {
  entity: Entity;
  pack: KnowledgePack;
  language: Language;
  text: UiText;
}

/** The card a reader sees for a name: who or what this is, in the pack's words. */
export function EntityCard({ entity, pack, language, text }: EntityCardProps) {
  const headingId = `kontext-card-${entity.id}`;
  return (
    <section class="card" aria-labelledby={headingId} data-entity={entity.id}>
      <header>
        <span class={`swatch ${entity.type}`} aria-hidden="true" />
        <h2 id={headingId}>{entity.names[language]}</h2>
        <span class="type">{text.entityTypes[entity.type]}</span>
      </header>
      <p class="description">{entity.description[language]}</p>
      <footer>
        {text.knowledgeAsOf(formatPackDate(pack.asOf, language), pack.title[language])}
      </footer>
    </section>
  );
}
