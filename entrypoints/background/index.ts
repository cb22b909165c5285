import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { storage } from 'wxt/utils/storage';
import { CARD_UI_SCRIPT_FILE, LIVENESS_PORT, NAVIGATE_COMMAND } from '../../lib/extension-ids';
import { createBackgroundHandler } from '../../lib/messages/handle-background-request';
import { START_NAVIGATION, type StartNavigationRequest } from '../../lib/messages/protocol';
import { storedPackParts } from 'virtual:kontext/stored-pack-parts';
import { installBundledPacks, upgradeStoredPacks } from '../../lib/packs/pack-store';
import { readSettings } from '../../lib/settings/read-settings';
import { SETTINGS_STORAGE_KEY } from '../../lib/settings/settings';
import { withPermissionsChanged } from '../../lib/settings/site-settings';
import { syncAddedSites } from './added-sites';
import { applyHighlightColors, forgetTab } from './highlight-colors';

/** The stored settings, as far as they can be read (defaults where they cannot). */
async function loadSettings() {
  return readSettings(await storage.getItem(SETTINGS_STORAGE_KEY)).settings;
}

/**
 * Records what the browser granted or took back: a site the reader allowed (in Firefox the popup
 * that asked may already be closed by the prompt) is added, a site whose permission was removed
 * in the browser's own settings is dropped.
 */
async function recordPermissions(origins: readonly string[] = [], granted: boolean) {
  const settings = await loadSettings();
  const next = withPermissionsChanged(settings, origins, granted);
  if (JSON.stringify(next) !== JSON.stringify(settings)) {
    await storage.setItem(SETTINGS_STORAGE_KEY, next);
  }
}

export default defineBackground(() => {
  // The world pack is stored as imported packs are, for pages to read in part: whenever the
  // background starts (an install, an update, a browser start), it checks that storage holds
  // this build's, and the packs' index changes only where it did not.
  const bundledStored = installBundledPacks(browser.storage.local, storedPackParts).catch(() => []);
  // The content script runs on the sites the reader added, as it does on the news list: the
  // registration follows the settings, whoever changed them.
  storage.watch(SETTINGS_STORAGE_KEY, (value) => {
    void syncAddedSites(readSettings(value).settings).catch(() => undefined);
  });
  browser.runtime.onInstalled.addListener(() => {
    void loadSettings()
      .then(syncAddedSites)
      .catch(() => undefined);
    // Packs an earlier version stored in another layout are stored again, so pages can read them.
    // After the bundled packs: both write the index.
    void bundledStored.then(() => upgradeStoredPacks(browser.storage.local)).catch(() => undefined);
  });
  browser.permissions.onAdded.addListener(({ origins }) => void recordPermissions(origins, true));
  browser.permissions.onRemoved.addListener(
    ({ origins }) => void recordPermissions(origins, false),
  );

  // Content scripts hold a port to know when the extension goes away (reload, update, disable);
  // accepting it is all there is to do.
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== LIVENESS_PORT) port.disconnect();
  });

  // Content scripts ask for the reader's highlight colours on their page, and for the card UI.
  browser.runtime.onMessage.addListener(
    createBackgroundHandler(browser.runtime.id, {
      applyHighlightColors: async (target) =>
        applyHighlightColors(target, await loadSettings()).catch(() => undefined),
      loadCardUi: async ({ tabId, frameId }) => {
        await browser.scripting.executeScript({
          target: { tabId, frameIds: [frameId] },
          files: [`/${CARD_UI_SCRIPT_FILE}`],
        });
      },
    }),
  );
  browser.tabs.onRemoved.addListener(forgetTab);

  // The shortcut goes to the tab it was pressed in; a tab without Kontext has no one to answer.
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== NAVIGATE_COMMAND || tab?.id === undefined) return;
    const request: StartNavigationRequest = { type: START_NAVIGATION };
    browser.tabs.sendMessage(tab.id, request).catch(() => undefined);
  });
});
