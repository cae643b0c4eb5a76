import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Least permissions: storage for logs and settings; no host permissions beyond the
// content script's own matches, no network.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Reality Check',
    description:
      'Flags spot-reduction and 10-day-fix claims on the page with honest reality-check cards, plus a calm planner and streak.',
    permissions: ['storage'],
    // A keyboard shortcut opens the popup, which starts on the quick log.
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+Shift+L' }, description: 'Open Reality Check (quick log)' },
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
      : {}),
  }),
});
