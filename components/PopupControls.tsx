import type { EntityType } from '../lib/knowledge/pack-types';
import type { PopupText } from './popup-text';
import { PopupSection } from './PopupSection';

/** The site of the tab, as the site switch shows it. */
export interface PopupSite {
  /** The page's host. */
  host: string;
  /** Whether Kontext runs there when a page loads. */
  on: boolean;
  /** Whether turning it on asks the browser for access (a site beyond the news list). */
  needsPermission: boolean;
}

export interface PopupControlsProps {
  text: PopupText;
  /** The tab's site, where the popup knows it. */
  site?: PopupSite;
  entityTypes: Record<EntityType, boolean>;
  /** Whether the browser refused access to the site the last time it was asked. */
  permissionDenied: boolean;
  /** Whether there is an options page to link to. */
  hasOptions: boolean;
  onToggleSite: (on: boolean) => void;
  onToggleType: (type: EntityType, shown: boolean) => void;
  onOpenOptions: () => void;
}

const TYPES: readonly EntityType[] = ['person', 'organization', 'state', 'place'];

/** Kontext on or off for the site, entity types on or off, and the way to the options. */
export function PopupControls(props: PopupControlsProps) {
  const { text, site, entityTypes } = props;
  return (
    <PopupSection id="controls" title={text.controlsHeading}>
      {site && (
        <div class="control">
          <label class="switch">
            <input
              type="checkbox"
              role="switch"
              name="site"
              checked={site.on}
              aria-describedby={site.needsPermission && !site.on ? 'site-note' : undefined}
              onChange={(event) => props.onToggleSite(event.currentTarget.checked)}
            />{' '}
            {text.siteToggle(site.host)}
          </label>
          {site.needsPermission && !site.on && (
            <p id="site-note" class="meta">
              {text.needsPermission}
            </p>
          )}
          {props.permissionDenied && (
            <p class="meta" role="alert">
              {text.permissionDenied}
            </p>
          )}
        </div>
      )}
      <fieldset class="types">
        <legend>{text.typesLegend}</legend>
        {TYPES.map((type) => (
          <label key={type}>
            <input
              type="checkbox"
              name="type"
              value={type}
              checked={entityTypes[type]}
              onChange={(event) => props.onToggleType(type, event.currentTarget.checked)}
            />{' '}
            <span class={`swatch ${type}`} aria-hidden="true" />
            {text.typeGroups[type]}
          </label>
        ))}
      </fieldset>
      {props.hasOptions && (
        <p>
          <button type="button" class="link" onClick={props.onOpenOptions}>
            {text.options}
          </button>
        </p>
      )}
    </PopupSection>
  );
}
