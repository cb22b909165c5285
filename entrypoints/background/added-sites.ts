import { CONTENT_SCRIPT_FILE, CONTENT_STYLE_FILE } from '../../lib/extension-ids';
import { browser } from 'wxt/browser';
import type { Settings } from '../../lib/settings/settings';
import { isDefaultSite, isSiteOn, toSitePatterns } from '../../lib/settings/site-settings';

/** The id of the one registration that covers every site the reader added. */
const ADDED_SITES_SCRIPT = 'kontext-added-sites';

/**
 * Makes the browser run Kontext's content script on the sites the reader added and has not turned
 * off, as it does on the news sites of the manifest; the registration outlives the browser
 * session. Needs each site's host permission, which the popup asked for when the site was added.
 */
export async function syncAddedSites(settings: Settings): Promise<void> {
  // A site the news list came to cover since it was added runs through the manifest already.
  const sites = settings.sitesAdded.filter(
    (site) => !isDefaultSite(site) && isSiteOn(settings, site),
  );
  const registered = await browser.scripting.getRegisteredContentScripts({
    ids: [ADDED_SITES_SCRIPT],
  });
  if (sites.length === 0) {
    if (registered.length > 0) {
      await browser.scripting.unregisterContentScripts({ ids: [ADDED_SITES_SCRIPT] });
    }
    return;
  }
  const script = {
    id: ADDED_SITES_SCRIPT,
    matches: sites.flatMap(toSitePatterns),
    js: [CONTENT_SCRIPT_FILE],
    css: [CONTENT_STYLE_FILE],
    runAt: 'document_idle' as const,
  };
  if (registered.length > 0) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
}
