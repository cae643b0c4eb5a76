import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { catalogPlugin } from './scripts/catalog';
import { fitnessStemSource } from './lib/detect/gate';

import { fileURLToPath } from 'node:url';

/** The content script's matches; the host permissions equal them, so the install warning is the same. */
const PAGES = ['http://*/*', 'https://*/*'];
/** The scripts the background injects into pages (the first script, content.ts, imports no wxt/browser). */
const PAGE_SCRIPTS = new Set(['flagger', 'overlay', 'panel', 'card']);

// Least permissions (README "Permissions"): storage for logs and settings; scripting, with host permissions
// equal to the content script's matches, to inject the card UI only into pages with claims; no network.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/auto-icons', '@wxt-dev/i18n/module'],
  // One SVG source for every size: 16/32 for toolbars (1x and 2x), 48 for the extensions page, 96/128 for
  // the stores. Dev builds keep the same colours so what you test is what ships.
  autoIcons: { baseIconPath: 'assets/icon.svg', sizes: [16, 32, 48, 96, 128], developmentIndicator: false },
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      const aliases: { find: string | RegExp; replacement: string }[] = [];
      // The numbers embed renders static markup: a DOM-building JSX runtime stands in for preact there (12 kB budget).
      if (entrypoints.some((e) => e.name.startsWith('reality-check-numbers')))
        aliases.push({ find: /^preact(\/jsx-runtime)?$/, replacement: fileURLToPath(new URL('components/embed/dom-jsx.ts', import.meta.url)) });
      // The scripts a page evaluates use the browser's own API, as the first script does (runtime.ts): they only
      // send messages and read i18n and storage, which return promises natively in Chrome's Manifest V3 and in
      // Firefox. webextension-polyfill was 9.6 kB of flagger.js and of overlay.js, compiled and run on every
      // page with claims.
      if (entrypoints.some((e) => PAGE_SCRIPTS.has(e.name))) aliases.push({ find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' });
      if (!aliases.length) return;
      const others = config.resolve?.alias ?? {};
      const list = Array.isArray(others) ? others : Object.entries(others).map(([find, replacement]) => ({ find, replacement }));
      config.resolve = { ...config.resolve, alias: [...aliases, ...list] };
    },
  },
  vite: () => ({
    plugins: [preact(), catalogPlugin()],
    // The vocabulary gate's regex, factored here once instead of on every page (lib/detect/gate.ts).
    define: { __FITNESS_STEM__: JSON.stringify(fitnessStemSource()) },
    resolve: {
      // WXT's own context tells the page the extension id and lets the page stop the content script.
      alias: { 'wxt/utils/content-script-context': fileURLToPath(new URL('entrypoints/content/context.ts', import.meta.url)) },
    },
  }),
  manifest: ({ browser, manifestVersion }) => ({
    // Text from locales/<lang>.yml (ext.*), through _locales/<lang>/messages.json.
    default_locale: 'en',
    name: '__MSG_ext_name__',
    description: '__MSG_ext_description__',
    permissions: ['storage', 'scripting', ...(browser === 'firefox' ? ['alarms'] : [])],
    host_permissions: PAGES,
    // Reminders are off by default; their permissions are asked for when the user turns one on.
    optional_permissions: browser === 'firefox' ? ['notifications'] : ['alarms', 'notifications'],
    // A keyboard shortcut opens the popup, which starts on the quick log.
    // Firefox's Manifest V2 knows only _execute_browser_action; there _execute_action is a plain command
    // that opens nothing.
    commands: {
      [manifestVersion === 2 ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_ext_command_open__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'reality-check@example.org',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {
          // Chromium's messages are JSON by default (stringified, then copied as UTF-8); a structured clone
          // copies the page's 1 MB joined text as it is: the judge message's task 9.6 -> 6.8 ms CPU on the
          // 1 MB bench page. Firefox always clones and knows no such key.
          message_serialization: 'structured_clone',
        }),
  }),
});
