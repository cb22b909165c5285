import { useRef, useState } from 'preact/hooks';
import { formatPackDate } from '../lib/i18n/format-date';
import type { EntityType, Language } from '../lib/knowledge/pack-types';
import type { EntityView, PageView } from '../lib/messages/page-view';
import type { PopupText } from './popup-text';
import { PopupSection } from './PopupSection';

export interface PopupEntitiesProps {
  view: PageView;
  text: PopupText;
  language: Language;
  /** Which types the page marks (a hidden type is still listed here). */
  entityTypes: Record<EntityType, boolean>;
  onReveal: (packId: string, entityId: string, index: number) => void;
}

/**
 * Who the page names, by type and by number of mentions: each with the role held on the article's
 * date, the count, and a strip of where the mentions stand. The name goes to the first mention;
 * each tick of the strip to its own.
 */
export function PopupEntities({ view, text, language, entityTypes, onReveal }: PopupEntitiesProps) {
  return (
    <PopupSection id="entities" title={text.whoHeading}>
      {view.groups.some((group) => group.entities.some((entity) => entity.role)) && (
        <p class="meta">{text.rolesOn(formatPackDate(view.page.date, language))}</p>
      )}
      {view.groups.map((group) => (
        <section key={group.type} class="group" aria-labelledby={`group-${group.type}`}>
          <h3 id={`group-${group.type}`}>
            <span class={`swatch ${group.type}`} aria-hidden="true" />
            {text.typeGroups[group.type]}
            {!entityTypes[group.type] && <span class="meta"> · {text.notMarked}</span>}
          </h3>
          <ul class="entities">
            {group.entities.map((entity) => (
              <EntityItem
                key={`${entity.packId}/${entity.entityId}`}
                entity={entity}
                text={text}
                adjectivesShown={view.adjectivesShown}
                onReveal={(index) => onReveal(entity.packId, entity.entityId, index)}
              />
            ))}
          </ul>
        </section>
      ))}
    </PopupSection>
  );
}

interface EntityItemProps {
  entity: EntityView;
  text: PopupText;
  /** Whether the page draws adjectives: then they are among the count, else beside it. */
  adjectivesShown: boolean;
  onReveal: (index: number) => void;
}

function EntityItem({ entity, text, adjectivesShown, onReveal }: EntityItemProps) {
  return (
    <li class={`entity ${entity.type}`} data-entity={entity.entityId}>
      <div class="entity-head">
        <button
          type="button"
          class="name"
          title={text.showOnPage(entity.name)}
          onClick={() => onReveal(0)}
        >
          {entity.name}
        </button>{' '}
        <span class="meta count">
          {text.mentions(entity.count)}
          {entity.adjectives !== undefined &&
            `, ${(adjectivesShown ? text.ofThemAdjectives : text.asAdjective)(entity.adjectives)}`}
          {entity.uncertain !== undefined && `, ${text.ofThemUncertain(entity.uncertain)}`}
        </span>
      </div>
      {entity.role && <p class="role">{entity.role}</p>}
      <MentionStrip entity={entity} text={text} onReveal={onReveal} />
    </li>
  );
}

const NEXT_KEYS = new Set(['ArrowRight', 'ArrowDown']);
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'ArrowUp']);

/**
 * Where an entity's mentions stand in the article, from its start (left) to its end (right): one
 * tick per mention. One stop for Tab; the arrow keys, Home and End move between the ticks.
 */
function MentionStrip({ entity, text, onReveal }: Omit<EntityItemProps, 'adjectivesShown'>) {
  const [active, setActive] = useState(0);
  const ticks = useRef<(HTMLButtonElement | null)[]>([]);
  const count = entity.positions.length;

  const moveTo = (index: number) => {
    const next = (index + count) % count;
    setActive(next);
    ticks.current[next]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (NEXT_KEYS.has(event.key)) moveTo(active + 1);
    else if (PREVIOUS_KEYS.has(event.key)) moveTo(active - 1);
    else if (event.key === 'Home') moveTo(0);
    else if (event.key === 'End') moveTo(count - 1);
    else return;
    event.preventDefault();
  };

  return (
    <div
      class="strip"
      role="toolbar"
      aria-orientation="horizontal"
      aria-label={text.stripLabel(entity.name)}
      onKeyDown={onKeyDown}
    >
      {entity.positions.map((position, index) => (
        <button
          key={index}
          type="button"
          class="tick"
          ref={(element) => {
            ticks.current[index] = element;
          }}
          style={{ left: `${(position * 100).toFixed(2)}%` }}
          tabIndex={index === active ? 0 : -1}
          aria-label={text.mentionOf(index + 1, count)}
          data-index={index}
          onFocus={() => setActive(index)}
          onClick={() => {
            setActive(index);
            onReveal(index);
          }}
        />
      ))}
    </div>
  );
}
