import { useState } from 'preact/hooks';
import { LANGUAGES } from '../lib/knowledge/pack-schema';
import type { Settings } from '../lib/settings/settings';
import { isDefaultSite, isSiteOff } from '../lib/settings/site-settings';
import type { NewsOutlet } from '../lib/sites/news-sites';
import type { OptionsText } from './options-text';
import { OptionsSection } from './OptionsSection';

/** Why adding a site did not happen, as the page says it. */
export type SiteProblem = 'notAHost' | 'alreadyListed' | 'permissionDenied';

export interface OptionsSitesProps {
  text: OptionsText;
  settings: Settings;
  /** The news list; shown by language, each group sorted by domain. */
  newsSites: readonly NewsOutlet[];
  problem?: SiteProblem;
  /** Adds a site typed by the reader (the caller checks it and asks the browser for access). */
  onAdd: (input: string) => void;
  /** Removes an added site (and its host permission). */
  onRemove: (site: string) => void;
  onSiteOn: (site: string, on: boolean) => void;
}

/** The news list by language (German-language first), each group sorted by domain. */
function groupByLanguage(outlets: readonly NewsOutlet[]) {
  return LANGUAGES.map((language) => ({
    language,
    outlets: outlets
      .filter((outlet) => outlet.language === language)
      .sort((a, b) => (a.domain < b.domain ? -1 : 1)),
  })).filter(({ outlets: group }) => group.length > 0);
}

/** The news list, the sites the reader added, and the sites where Kontext is off. */
export function OptionsSites(props: OptionsSitesProps) {
  const { text, settings } = props;
  const [input, setInput] = useState('');
  const groups = groupByLanguage(props.newsSites);
  // The switches follow the news list as it is shown, then the added sites (but those the news
  // list came to cover since: one switch a site).
  const domains = props.newsSites.map(({ domain }) => domain);
  const sites = [
    ...groups.flatMap(({ outlets }) => outlets.map(({ domain }) => domain)),
    ...settings.sitesAdded.filter((site) => !isDefaultSite(site, domains)),
  ];
  return (
    <OptionsSection id="sites" title={text.sitesHeading}>
      <details>
        <summary>{text.newsSites(props.newsSites.length)}</summary>
        {groups.map(({ language, outlets }) => (
          <div key={language} data-news-group={language}>
            <h3 id={`news-${language}-heading`}>{text.newsGroups[language](outlets.length)}</h3>
            <ul class="sites" data-list="news" aria-labelledby={`news-${language}-heading`}>
              {outlets.map(({ domain, name }) => (
                <li key={domain} data-site={domain}>
                  {domain}{' '}
                  <span class="meta" lang={language}>
                    {name}
                  </span>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </details>

      <h3>{text.addedHeading}</h3>
      {settings.sitesAdded.length === 0 ? (
        <p class="meta">{text.noAdded}</p>
      ) : (
        <ul class="rows" data-list="added">
          {settings.sitesAdded.map((site) => (
            <li key={site} class="row">
              <span>{site}</span>
              <button type="button" onClick={() => props.onRemove(site)}>
                {text.remove(site)}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        class="add-site"
        onSubmit={(event) => {
          event.preventDefault();
          props.onAdd(input);
        }}
      >
        <label for="add-site">{text.addLabel}</label>
        <span class="add-row">
          <input
            id="add-site"
            name="add-site"
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            value={input}
            aria-describedby={props.problem ? 'add-site-problem' : undefined}
            onInput={(event) => setInput(event.currentTarget.value)}
          />
          <button type="submit">{text.add}</button>
        </span>
        {props.problem && (
          <p id="add-site-problem" class="problem" role="alert">
            {text[props.problem]}
          </p>
        )}
      </form>

      <h3>{text.offHeading}</h3>
      {settings.sitesOff.length === 0 && <p class="meta">{text.noneOff}</p>}
      <ul class="rows" data-list="switches">
        {sites.map((site) => {
          const on = !isSiteOff(settings, site, domains);
          return (
            <li key={site} class="row">
              <label>
                <input
                  type="checkbox"
                  role="switch"
                  name="site-on"
                  value={site}
                  checked={on}
                  aria-label={on ? text.turnOff(site) : text.turnOn(site)}
                  onChange={(event) => props.onSiteOn(site, event.currentTarget.checked)}
                />{' '}
                {site}
              </label>
            </li>
          );
        })}
      </ul>
    </OptionsSection>
  );
}
