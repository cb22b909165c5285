import type { Language } from '../lib/knowledge/pack-types';
import type { PackRow } from '../lib/packs/installed-packs';
import type { OptionsText } from './options-text';
import { OptionsSection } from './OptionsSection';

export interface OptionsSourcesProps {
  text: OptionsText;
  language: Language;
  packs: readonly PackRow[];
}

/**
 * Every pack's sources, with their licences where a source names one (the world pack's data
 * packages do, in their titles): what attribution asks for. Text only; a link only to https:.
 */
export function OptionsSources({ text, language, packs }: OptionsSourcesProps) {
  return (
    <OptionsSection id="sources" title={text.sourcesHeading}>
      <p class="meta">{text.sourcesHint}</p>
      {packs.map((row) => (
        <section key={row.id} class="pack-sources" data-sources-of={row.id}>
          <h3>{row.title[language]}</h3>
          <ul>
            {row.sources.map((source) => (
              <li key={source.id} lang={source.language}>
                {source.publisher}:{' '}
                {source.url?.startsWith('https://') ? (
                  <a href={source.url} target="_blank" rel="noopener noreferrer">
                    {source.title}
                  </a>
                ) : (
                  source.title
                )}{' '}
                ({source.date})
              </li>
            ))}
          </ul>
        </section>
      ))}
    </OptionsSection>
  );
}
