import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { bundledPacks } from 'virtual:kontext/bundled-packs';
import { storedPacks } from 'virtual:kontext/stored-packs';
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import '../../components/theme.css';
import '../../components/options.css';
import { getOptionsText } from '../../components/options-text';
import type { ImportState } from '../../components/OptionsPacks';
import { OptionsPage } from '../../components/OptionsPage';
import type { SiteProblem } from '../../components/OptionsSites';
import { pickLanguage } from '../../lib/i18n/pick-language';
import {
  exportPackJson,
  listPackRows,
  mergePacks,
  type InstalledPack,
} from '../../lib/packs/installed-packs';
import {
  importPack,
  loadImportedPacks,
  PACK_INDEX_AREA_KEY,
  removePack,
} from '../../lib/packs/pack-store';
import { parseSiteInput } from '../../lib/settings/parse-site-input';
import { readSettings, type ReadSettings } from '../../lib/settings/read-settings';
import { DEFAULT_SETTINGS, SETTINGS_STORAGE_KEY, type Settings } from '../../lib/settings/settings';
import { isDefaultSite, toSitePatterns, withSiteOn } from '../../lib/settings/site-settings';
import { NEWS_OUTLETS } from '../../lib/sites/news-sites';

const language = pickLanguage(navigator.languages);
const text = getOptionsText(language);
const bundled: InstalledPack[] = [
  ...bundledPacks.map(({ pack, compiled }) => ({
    pack,
    aliasCount: compiled.aliases.length,
    source: 'bundled' as const,
  })),
  // The world pack: bundled, though the background stores it for pages to read in part.
  ...storedPacks.map(({ pack, aliasCount }) => ({ pack, aliasCount, source: 'bundled' as const })),
];
const bundledIds = bundled.map(({ pack }) => pack.id);
const PACKS_STORAGE_KEY = `local:${PACK_INDEX_AREA_KEY}` as const;

/** Saves `content` as a file through the browser's downloads, without any network. */
function saveFile(fileName: string, content: string) {
  const url = URL.createObjectURL(new Blob([content], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The download has started by the next task; the URL is no longer needed then.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function Options() {
  const [stored, setStored] = useState<ReadSettings>({ settings: DEFAULT_SETTINGS });
  const [imported, setImported] = useState<InstalledPack[]>([]);
  const [importState, setImportState] = useState<ImportState>({ kind: 'idle' });
  const [siteProblem, setSiteProblem] = useState<SiteProblem | undefined>();
  const { settings } = stored;

  useEffect(() => {
    const loadPacks = async () => setImported(await loadImportedPacks(browser.storage.local));
    void (async () => {
      setStored(readSettings(await storage.getItem(SETTINGS_STORAGE_KEY)));
      await loadPacks();
      document.body.dataset.ready = 'true';
    })();
    const unwatchSettings = storage.watch(SETTINGS_STORAGE_KEY, (value) =>
      setStored(readSettings(value)),
    );
    const unwatchPacks = storage.watch(PACKS_STORAGE_KEY, () => void loadPacks());
    return () => {
      unwatchSettings();
      unwatchPacks();
    };
  }, []);

  const save = (next: Settings) => {
    setStored({ settings: next });
    void storage.setItem(SETTINGS_STORAGE_KEY, next);
  };

  const addSite = (input: string) => {
    const site = parseSiteInput(input);
    if (site === undefined) return setSiteProblem('notAHost');
    if (isDefaultSite(site) || settings.sitesAdded.includes(site)) {
      return setSiteProblem('alreadyListed');
    }
    // Firefox grants a permission only to a request made in the event's own handler: before any
    // await.
    const granted = browser.permissions.request({ origins: toSitePatterns(site) });
    void (async () => {
      if (!(await granted.catch(() => false))) return setSiteProblem('permissionDenied');
      setSiteProblem(undefined);
      // The background registers the content script on the site when the settings change.
      save(withSiteOn(settings, site, true));
    })();
  };

  const removeSite = (site: string) => {
    setSiteProblem(undefined);
    save({
      ...settings,
      sitesAdded: settings.sitesAdded.filter((other) => other !== site),
      sitesOff: settings.sitesOff.filter((other) => other !== site),
    });
    void browser.permissions.remove({ origins: toSitePatterns(site) }).catch(() => undefined);
  };

  const importFile = (file: File) => {
    setImportState({ kind: 'busy' });
    void (async () => {
      const started = performance.now();
      try {
        const bytes = new Uint8Array(await file.arrayBuffer());
        const result = await importPack(browser.storage.local, bytes, file.name, bundledIds);
        const ms = performance.now() - started;
        if (!result.ok) {
          setImportState({ kind: 'failed', file: file.name, problems: result.problems });
          return;
        }
        setImported(await loadImportedPacks(browser.storage.local));
        setImportState({ kind: 'done', title: result.installed.pack.title[language], ms });
      } catch {
        // Storage refused the write (full, or gone): the pack is not installed.
        setImportState({
          kind: 'failed',
          file: file.name,
          problems: [{ path: '$', message: 'could not be stored; nothing was installed' }],
        });
      }
    })();
  };

  const all = mergePacks(bundled, imported);

  return (
    <OptionsPage
      text={text}
      language={language}
      settings={settings}
      {...(stored.notice !== undefined && { notice: stored.notice })}
      newsSites={NEWS_OUTLETS}
      {...(siteProblem && { siteProblem })}
      packs={listPackRows(all, settings.packsOff)}
      importState={importState}
      onChange={save}
      onAddSite={addSite}
      onRemoveSite={removeSite}
      onSiteOn={(site, on) => save(withSiteOn(settings, site, on))}
      onEnablePack={(id, enabled) =>
        save({
          ...settings,
          packsOff: enabled
            ? settings.packsOff.filter((other) => other !== id)
            : [...settings.packsOff.filter((other) => other !== id), id],
        })
      }
      onImport={importFile}
      onExport={(id) => {
        const found = all.find(({ pack }) => pack.id === id);
        if (found) saveFile(`${id}.json`, exportPackJson(found.pack));
      }}
      onRemovePack={(id) => {
        void removePack(browser.storage.local, id).then(async () => {
          setImported(await loadImportedPacks(browser.storage.local));
        });
      }}
    />
  );
}

document.documentElement.lang = language;
document.title = text.title;
render(<Options />, document.getElementById('app')!);
