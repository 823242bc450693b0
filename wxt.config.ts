import react from '@vitejs/plugin-react';
import { defineConfig } from 'wxt';

/**
 * HELDER_E2E=1 builds the end-to-end test build into .output-e2e/ (open shadow roots, marked hosts, the review's
 * test switch: see components/inpage/host.ts). It is never zipped or shipped; `npm run build` is production.
 */
const E2E = process.env.HELDER_E2E === '1';

/**
 * The mail pages Helder runs on, with entrypoints/mail.ts as their content script. It is listed here, not
 * through defineContentScript, so that WXT's content-script context, which posts the extension id to the
 * page when it starts, is not part of it (see entrypoints/mail.ts).
 */
const MAIL_PAGES = [
  'https://mail.google.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.live.com/*',
  'https://outlook.cloud.microsoft/*',
];

// See https://wxt.dev/api/config.html
export default defineConfig({
  publicDir: 'components/public',
  outDir: E2E ? '.output-e2e' : '.output',
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms'],
    // Asked for at the moment a team lead subscribes to a rule-set URL, never at install
    // (plain http only for a server on this machine).
    optional_host_permissions: ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'],
    storage: { managed_schema: 'managed-schema.json' },
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    content_scripts: [{ matches: MAIL_PAGES, js: ['mail.js'], run_at: 'document_idle' }],
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'helder@helder.example', strict_min_version: '115.0' } } }
      : {}),
  }),
  vite: () => ({ plugins: [react()], define: { __HELDER_E2E__: JSON.stringify(E2E) } }),
});
