import type { EntityType } from '../lib/knowledge/pack-types';
import type { Settings } from '../lib/settings/settings';
import { withTypeShown } from '../lib/settings/site-settings';
import type { OptionsText } from './options-text';
import { OptionsSection } from './OptionsSection';

export interface OptionsTypesProps {
  text: OptionsText;
  settings: Settings;
  onChange: (next: Settings) => void;
}

const TYPES: readonly EntityType[] = ['person', 'organization', 'state', 'place'];

/** Entity types on or off, each with its highlight colour. */
export function OptionsTypes({ text, settings, onChange }: OptionsTypesProps) {
  return (
    <OptionsSection id="types" title={text.typesHeading}>
      <p class="meta">{text.typesHint}</p>
      <ul class="rows">
        {TYPES.map((type) => (
          <li key={type} class="row">
            <label>
              <input
                type="checkbox"
                name="type"
                value={type}
                checked={settings.entityTypes[type]}
                onChange={(event) =>
                  onChange(withTypeShown(settings, type, event.currentTarget.checked))
                }
              />{' '}
              {text.typeNames[type]}
            </label>
            <input
              type="color"
              name={`color-${type}`}
              aria-label={text.colorOf(text.typeNames[type])}
              value={settings.colors[type]}
              onChange={(event) =>
                onChange({
                  ...settings,
                  colors: { ...settings.colors, [type]: event.currentTarget.value.toLowerCase() },
                })
              }
            />
          </li>
        ))}
      </ul>
      <p class="meta">{text.colorsNote}</p>
      <p class="row">
        <label>
          <input
            type="checkbox"
            name="adjectives"
            checked={settings.adjectivesShown}
            onChange={(event) =>
              onChange({ ...settings, adjectivesShown: event.currentTarget.checked })
            }
          />{' '}
          {text.adjectivesLabel}
        </label>
      </p>
      <p class="meta">{text.adjectivesHint}</p>
    </OptionsSection>
  );
}
