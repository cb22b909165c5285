import type { Language } from '../lib/knowledge/pack-types';
import type { PackRow } from '../lib/packs/installed-packs';
import type { Settings } from '../lib/settings/settings';
import type { NewsOutlet } from '../lib/sites/news-sites';
import type { OptionsText } from './options-text';
import { OptionsCards } from './OptionsCards';
import { OptionsPacks, type ImportState } from './OptionsPacks';
import { OptionsSources } from './OptionsSources';
import { OptionsSites, type SiteProblem } from './OptionsSites';
import { OptionsTypes } from './OptionsTypes';

export interface OptionsPageProps {
  text: OptionsText;
  language: Language;
  settings: Settings;
  /** Why the stored settings were not used, if they were not. */
  notice?: string;
  newsSites: readonly NewsOutlet[];
  siteProblem?: SiteProblem;
  packs: readonly PackRow[];
  importState: ImportState;
  onChange: (next: Settings) => void;
  onAddSite: (input: string) => void;
  onRemoveSite: (site: string) => void;
  onSiteOn: (site: string, on: boolean) => void;
  onEnablePack: (id: string, enabled: boolean) => void;
  onImport: (file: File) => void;
  onExport: (id: string) => void;
  onRemovePack: (id: string) => void;
}

/** The whole options page: settings, sites and knowledge packs. */
export function OptionsPage(props: OptionsPageProps) {
  const { text } = props;
  return (
    <main class="options">
      <h1>{text.title}</h1>
      {props.notice !== undefined && (
        <p class="notice" role="alert" data-notice="settings">
          {text.settingsNotice(props.notice)}
        </p>
      )}
      <OptionsTypes text={text} settings={props.settings} onChange={props.onChange} />
      <OptionsCards text={text} settings={props.settings} onChange={props.onChange} />
      <OptionsSites
        text={text}
        settings={props.settings}
        newsSites={props.newsSites}
        {...(props.siteProblem && { problem: props.siteProblem })}
        onAdd={props.onAddSite}
        onRemove={props.onRemoveSite}
        onSiteOn={props.onSiteOn}
      />
      <OptionsPacks
        text={text}
        language={props.language}
        packs={props.packs}
        importState={props.importState}
        onEnable={props.onEnablePack}
        onImport={props.onImport}
        onExport={props.onExport}
        onRemove={props.onRemovePack}
      />
      <OptionsSources text={text} language={props.language} packs={props.packs} />
    </main>
  );
}
