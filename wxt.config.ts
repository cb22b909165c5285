import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import {
  CONTENT_SCRIPT_FILE,
  CONTENT_STYLE_FILE,
  GECKO_ID,
  NAVIGATE_COMMAND,
} from './lib/extension-ids';
import { NEWS_SITES, toMatchPatterns } from './lib/sites/news-sites';
import { bundledPacksPlugin } from './scripts/vite-plugin-bundled-packs';

export default defineConfig({
  // Explicit imports only: `lib/` must stay runnable outside WXT.
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  // Files copied as they are (locales, icons) live with the other assets.
  publicDir: 'assets/public',
  vite: () => ({ plugins: [preact(), bundledPacksPlugin()] }),
  manifest: ({ browser }) => ({
    name: 'Kontext',
    description: '__MSG_extensionDescription__',
    default_locale: 'en',
    // unlimitedStorage: an imported pack is stored compiled beside the whole pack (a 50k-alias
    // pack takes about 8.7 MB), and Chrome's storage.local holds 10 MB without it.
    permissions: ['storage', 'unlimitedStorage', 'activeTab', 'scripting'],
    // The news sites the content script runs on, as host permissions too: Chrome lets the
    // background insert the reader's highlight colours (scripting.insertCSS) only where it has
    // one. The same sites as the content script's matches, so the install asks for nothing more.
    host_permissions: toMatchPatterns(NEWS_SITES),
    // The content script is written out here rather than declared by WXT, whose content scripts
    // announce themselves to the page and can be ended by it (see entrypoints/kontext/page-life.ts).
    content_scripts: [
      {
        matches: toMatchPatterns(NEWS_SITES),
        js: [CONTENT_SCRIPT_FILE],
        css: [CONTENT_STYLE_FILE],
        run_at: 'document_idle',
      },
    ],
    // Sites a reader adds later are requested one by one, when the reader adds them.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: 'Kontext' },
    commands: {
      [NAVIGATE_COMMAND]: {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_navigateMentions__',
      },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: GECKO_ID,
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
        // Firefox for Android reads data_collection_permissions from 142 on.
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
  zip: {
    // Reviewers rebuild from the sources zip: leave out what `npm ci` recreates or the tests write.
    excludeSources: ['.output/**', 'tests/artifacts/**', 'bench/results/**', '.ci/**'],
  },
  // No browser is opened by `wxt dev` on headless machines; tests launch their own.
  webExt: { disabled: true },
});
