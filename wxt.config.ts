import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/** Fixed so Firefox keeps the same storage across reinstalls and tests can address it. */
export const GECKO_ID = 'daily-kindness@palomasserenity.example';

/**
 * Shared code is grouped by what needs it, so the new tab's first paint loads Preact, the words and
 * the prompts only; storage, the act library and dayjs follow after the paint. Pages only: the
 * background is a single IIFE file. Grouping moves modules between chunks, so execution order is
 * kept strict.
 */
const groupSharedChunks = {
  name: 'daily-kindness:group-shared-chunks',
  outputOptions(options: { format?: string }) {
    if (options.format === 'iife') return null;
    const modules = (pattern: string) => new RegExp(`node_modules[\\\\/](${pattern})[\\\\/]`);
    const ours = (pattern: string) => new RegExp(`[\\\\/](${pattern})\\.tsx?$`);
    return {
      ...options,
      strictExecutionOrder: true,
      codeSplitting: {
        includeDependenciesRecursively: false,
        groups: [
          { name: 'preact', test: modules('preact|@preact'), priority: 5 },
          { name: 'words', test: modules('@wxt-dev[\\\\/](i18n|browser)'), priority: 4 },
          { name: 'words', test: /[\\/]\.wxt[\\/]i18n[\\/]/, priority: 4 },
          {
            name: 'first-paint',
            test: ours(
              'utils/(mirror|model|day-key|rotation|hash|text)|utils/content/(prompts|types)|components/(Grounding|ArticleLink|SupportLink|links)',
            ),
            priority: 3,
          },
          { name: 'platform', test: modules('webextension-polyfill|@wxt-dev|wxt|async-mutex|dequal'), priority: 2 },
          { name: 'day', test: modules('dayjs'), priority: 2 },
        ],
      },
    };
  },
};

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module', '@wxt-dev/auto-icons'],
  // One source image, rendered at every size the stores and toolbars ask for.
  autoIcons: { baseIconPath: 'assets/icon.svg', sizes: [16, 32, 48, 128], developmentIndicator: false },
  // One manifest version everywhere: Firefox runs MV3 with an event page, Chromium a service worker.
  manifestVersion: 3,
  // Store-ready packages; the sources archive (for addons.mozilla.org review) leaves out screenshots.
  zip: { excludeSources: ['docs/**/*.png', '.ci/**'] },
  vite: () => ({
    plugins: [preact(), groupSharedChunks],
    // Every browser we support preloads modules natively: no polyfill (it would also carry a fetch call).
    build: {
      sourcemap: false,
      modulePreload: {
        polyfill: false,
        // The new tab fetches storage, the library and the day logic after its first paint; hinting
        // them in its HTML would spend first-paint time on code the paint does not run.
        resolveDependencies: (file: string, deps: string[], { hostType }: { hostType: string }) =>
          hostType === 'html' && file.includes('newtab')
            ? deps.filter((d) => /chunks\/(preact|words|first-paint|rolldown-runtime|preload-helper|newtab)/.test(d))
            : deps,
      },
    },
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
