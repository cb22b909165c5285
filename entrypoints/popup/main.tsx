import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import '../../components/theme.css';
import '../../components/popup.css';
import { getPopupText } from '../../components/popup-text';
import { PopupSummary, type PopupState } from '../../components/PopupSummary';
import { pickLanguage } from '../../lib/i18n/pick-language';
import type { EntityType } from '../../lib/knowledge/pack-types';
import { isClosedPage } from '../../lib/messages/is-closed-page';
import { readSettings, type ReadSettings } from '../../lib/settings/read-settings';
import { DEFAULT_SETTINGS, isSiteKey, SETTINGS_STORAGE_KEY } from '../../lib/settings/settings';
import {
  isDefaultSite,
  isSiteOn,
  siteKeyOf,
  toSitePatterns,
  withSiteOn,
  withTypeShown,
} from '../../lib/settings/site-settings';
import {
  askForView,
  findTab,
  injectContentScript,
  revealMention,
  STARTING_TIMEOUT_MS,
  type PopupTab,
} from './tab-connection';

const language = pickLanguage(navigator.languages);
const text = getPopupText(language);
/** Opened as a tab (`?tab=<id>`) rather than from the toolbar. */
const isTab = new URLSearchParams(location.search).has('tab');

/** The host of an http(s) address, where it is one. */
function hostOf(url: string | undefined): string | undefined {
  if (url === undefined || isClosedPage(url)) return undefined;
  return new URL(url).hostname;
}

function hasOptionsPage(): boolean {
  const manifest = browser.runtime.getManifest();
  return manifest.options_ui !== undefined || manifest.options_page !== undefined;
}

function Popup() {
  const [state, setState] = useState<PopupState>({ kind: 'loading' });
  const [tab, setTab] = useState<PopupTab | undefined>();
  const [stored, setStored] = useState<ReadSettings>({ settings: DEFAULT_SETTINGS });
  const [permissionDenied, setPermissionDenied] = useState(false);
  const [hasOptions, setHasOptions] = useState(hasOptionsPage);

  const load = async (found: PopupTab, timeoutMs?: number) => {
    setState({ kind: 'loading' });
    setState(await askForView(found.id, language, timeoutMs));
  };

  useEffect(() => {
    void (async () => {
      const [found, value] = await Promise.all([
        findTab(location.search),
        storage.getItem(SETTINGS_STORAGE_KEY),
      ]);
      setStored(readSettings(value));
      setTab(found);
      // A browser page or an extension's: no use asking (the answer would only be a refusal).
      if (!found || (found.url !== undefined && isClosedPage(found.url))) {
        setState({ kind: 'cannot-run' });
        return;
      }
      await load(found);
    })();
    return storage.watch(SETTINGS_STORAGE_KEY, (value) => setStored(readSettings(value)));
  }, []);

  const host =
    state.kind === 'view' ? state.view.host : state.kind === 'off' ? state.host : hostOf(tab?.url);
  const { settings } = stored;
  const site =
    host !== undefined && isSiteKey(siteKeyOf(host))
      ? { host, on: isSiteOn(settings, host), needsPermission: !isDefaultSite(host) }
      : undefined;

  const save = async (next: typeof settings) => {
    await storage.setItem(SETTINGS_STORAGE_KEY, next);
    setStored({ settings: next });
  };

  const toggleSite = (on: boolean) => {
    if (!tab || !host) return;
    const key = siteKeyOf(host);
    const ask = on && !isDefaultSite(host) && !settings.sitesAdded.includes(key);
    // Firefox grants a permission only to a request made in the click's own handler: before any
    // await.
    const granted = ask
      ? browser.permissions.request({ origins: toSitePatterns(key) })
      : Promise.resolve(true);
    void (async () => {
      if (!(await granted.catch(() => false))) {
        setPermissionDenied(true);
        return;
      }
      setPermissionDenied(false);
      const next = withSiteOn(settings, host, on);
      // The background registers the content script on the added site when the settings change.
      await save(next);
      if (!on) {
        setState({ kind: 'off', host });
        return;
      }
      // Turned on, the content script starts afresh: it gets longer to answer.
      let answer = await askForView(tab.id, language, STARTING_TIMEOUT_MS);
      if (answer.kind === 'not-running') {
        await injectContentScript(tab.id).catch(() => undefined);
        answer = await askForView(tab.id, language, STARTING_TIMEOUT_MS);
      }
      setState(answer);
    })();
  };

  const toggleType = (type: EntityType, shown: boolean) => {
    void save(withTypeShown(settings, type, shown));
  };

  const annotate = async () => {
    if (!tab) return;
    try {
      // activeTab grants this for the tab the reader opened the popup on.
      await injectContentScript(tab.id);
      // Put in just now, the content script reads the page first.
      await load(tab, STARTING_TIMEOUT_MS);
    } catch {
      setState({ kind: 'cannot-run' });
    }
  };

  return (
    <PopupSummary
      state={state}
      text={text}
      language={language}
      {...(site && { site })}
      entityTypes={settings.entityTypes}
      settingsNotice={stored.notice !== undefined}
      permissionDenied={permissionDenied}
      isTab={isTab}
      hasOptions={hasOptions}
      onReveal={(packId, entityId, index) => {
        if (tab) void revealMention(tab.id, packId, entityId, index);
      }}
      onToggleSite={toggleSite}
      onToggleType={toggleType}
      onAnnotate={() => void annotate()}
      onRetry={() => {
        if (tab) void load(tab);
      }}
      onOpenInTab={() => {
        if (!tab) return;
        // Creating a tab needs no permission; the popup closes as the new tab takes the focus.
        const url = `${browser.runtime.getURL('/popup.html')}?tab=${tab.id}`;
        void browser.tabs.create({ url }).then(() => window.close());
      }}
      onOpenOptions={() => {
        // No options page yet in this version: the link goes where opening fails.
        browser.runtime.openOptionsPage().catch(() => setHasOptions(false));
      }}
    />
  );
}

document.documentElement.lang = language;
render(<Popup />, document.getElementById('app')!);
