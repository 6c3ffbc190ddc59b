import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/**
 * The key suggested for opening the toolbar popup, which the person can change in the browser.
 * Chrome asks for Ctrl or Alt in a shortcut; Ctrl+Shift+K would take Firefox's web console.
 */
export const POPUP_SHORTCUT = 'Alt+Shift+K';
/** On a Mac, Option+Shift+K types a character in any text field: the Control key there. */
export const POPUP_SHORTCUT_MAC = 'MacCtrl+Shift+K';

/** Fixed so Firefox keeps the same storage across reinstalls and tests can address it. */
export const GECKO_ID = 'daily-kindness@palomasserenity.example';

export default defineConfig({
  // Explicit imports only. Auto-imports made every page look as if it reached storage, the act
  // library and dayjs, so the bundler put them all in the chunk the new tab paints with.
  imports: false,
  // Toolbar and store icons come from public/icon/ by WXT's convention (`npm run icons` draws them).
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  // One manifest version everywhere: Firefox runs MV3 with an event page, Chromium a service worker.
  manifestVersion: 3,
  // Store-ready packages; the sources archive (for addons.mozilla.org review) leaves out screenshots.
  zip: { excludeSources: ['docs/**/*.png', '.ci/**'] },
  vite: () => ({
    plugins: [
      preact(),
      // Each page's module graph as few files as possible: one request per module cost the popup
      // a large share of its first-paint time (README: Performance). Copies share one module registry, so state
      // stays single. The background (an IIFE) has no chunks to inline.
      {
        name: 'inline-common-chunks',
        outputOptions(o) {
          if (o.format === 'iife') return o;
          return {
            ...o,
            codeSplitting: {
              experimentalInlineCommonChunks: { maxSize: Number.POSITIVE_INFINITY, exclude: /\.css(\?|$)/ },
            },
          };
        },
      },
    ],
    // Every browser we support preloads modules natively: no polyfill (it would also carry a fetch call).
    build: { sourcemap: false, modulePreload: { polyfill: false } },
  }),
  manifest: ({ mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // `wxt build --mode e2e` makes a test build that holds notifications from the start: Chromium
    // offers automation no way to answer its permission prompt. The shipped build only asks.
    permissions: mode === 'e2e' ? ['storage', 'alarms', 'notifications'] : ['storage', 'alarms'],
    // Asked for only when the person turns a reminder on, and released when they turn it off.
    optional_permissions: mode === 'e2e' ? [] : ['notifications'],
    action: { default_title: '__MSG_extName__' },
    // Opens the popup from the keyboard, where the act and the moment are: no permission needed.
    commands: { _execute_action: { suggested_key: { default: POPUP_SHORTCUT, mac: POPUP_SHORTCUT_MAC } } },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        // The first release that reads data_collection_permissions, on desktop and Android.
        strict_min_version: '142.0',
        // Required by addons.mozilla.org for new extensions: this one collects nothing.
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    },
  }),
});
