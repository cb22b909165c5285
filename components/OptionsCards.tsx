import {
  CARD_LANGUAGES,
  CARD_MODIFIERS,
  MAX_HOVER_DELAY_MS,
  MIN_HOVER_DELAY_MS,
  type CardLanguage,
  type CardModifier,
  type Settings,
} from '../lib/settings/settings';
import type { OptionsText } from './options-text';
import { OptionsSection } from './OptionsSection';

export interface OptionsCardsProps {
  text: OptionsText;
  settings: Settings;
  onChange: (next: Settings) => void;
}

/** How cards open (hover with a delay, or only with a key held) and the language they speak. */
export function OptionsCards({ text, settings, onChange }: OptionsCardsProps) {
  const opening = settings.cardOpening;
  const setOpening = (change: Partial<Settings['cardOpening']>) =>
    onChange({ ...settings, cardOpening: { ...opening, ...change } });
  return (
    <OptionsSection id="cards" title={text.cardsHeading}>
      <fieldset>
        <legend>{text.openLegend}</legend>
        <label>
          <input
            type="radio"
            name="opening"
            value="hover"
            checked={opening.mode === 'hover'}
            onChange={() => setOpening({ mode: 'hover' })}
          />{' '}
          {text.openHover}
        </label>
        <label class="indent">
          {text.delayLabel}{' '}
          <input
            type="number"
            name="delay"
            min={MIN_HOVER_DELAY_MS}
            max={MAX_HOVER_DELAY_MS}
            step={50}
            value={opening.delayMs}
            disabled={opening.mode !== 'hover'}
            onChange={(event) => {
              const value = event.currentTarget.valueAsNumber;
              // An empty or out-of-range field keeps the delay it had.
              if (!Number.isInteger(value)) return;
              if (value < MIN_HOVER_DELAY_MS || value > MAX_HOVER_DELAY_MS) return;
              setOpening({ delayMs: value });
            }}
          />
        </label>
        <label>
          <input
            type="radio"
            name="opening"
            value="modifier"
            checked={opening.mode === 'modifier'}
            onChange={() => setOpening({ mode: 'modifier' })}
          />{' '}
          {text.openModifier}
        </label>
        <label class="indent">
          {text.modifierLabel}{' '}
          <select
            name="modifier"
            value={opening.modifier}
            disabled={opening.mode !== 'modifier'}
            onChange={(event) =>
              setOpening({ modifier: event.currentTarget.value as CardModifier })
            }
          >
            {CARD_MODIFIERS.map((key) => (
              <option key={key} value={key}>
                {text.modifiers[key]}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      <label>
        {text.languageLabel}{' '}
        <select
          name="card-language"
          value={settings.cardLanguage}
          onChange={(event) =>
            onChange({ ...settings, cardLanguage: event.currentTarget.value as CardLanguage })
          }
        >
          {CARD_LANGUAGES.map((choice) => (
            <option key={choice} value={choice}>
              {text.languages[choice]}
            </option>
          ))}
        </select>
      </label>
    </OptionsSection>
  );
}
