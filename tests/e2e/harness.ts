/**
 * End-to-end harness: Debian's Chromium with the built extension loaded
 * (.output/chrome-mv3), and the Gmail/Outlook fixture pages served at the real
 * mail hosts through request routing, so the real match patterns are used.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';

export const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
export const EXTENSION = join(ROOT, '.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const HOSTS = {
  gmail: 'https://mail.google.com/mail/u/0/',
  outlook: 'https://outlook.office.com/mail/',
} as const;

export interface Session {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

export async function launch(opts: { lang?: string } = {}): Promise<Session> {
  if (!existsSync(join(EXTENSION, 'manifest.json'))) throw new Error('Build the extension first: npm run build');
  const userDataDir = mkdtempSync(join(tmpdir(), 'helder-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    locale: opts.lang ?? 'en-US',
    args: [
      `--disable-extensions-except=${EXTENSION}`,
      `--load-extension=${EXTENSION}`,
      `--lang=${opts.lang ?? 'en-US'}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const fixtures: Record<string, string> = {
    'mail.google.com': readFileSync(join(ROOT, 'tests/fixtures/gmail.html'), 'utf8'),
    'outlook.office.com': readFileSync(join(ROOT, 'tests/fixtures/outlook.html'), 'utf8'),
    'outlook.office365.com': readFileSync(join(ROOT, 'tests/fixtures/outlook.html'), 'utf8'),
    'outlook.live.com': readFileSync(join(ROOT, 'tests/fixtures/outlook.html'), 'utf8'),
    'outlook.cloud.microsoft': readFileSync(join(ROOT, 'tests/fixtures/outlook.html'), 'utf8'),
  };
  // Serve the fixtures at the real hosts; nothing else leaves the machine.
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    const body = fixtures[url.hostname];
    if (body && route.request().resourceType() === 'document') return route.fulfill({ status: 200, contentType: 'text/html', body });
    if (url.protocol === 'chrome-extension:' || url.protocol === 'data:') return route.continue();
    return route.abort();
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20000 }));
  const extensionId = new URL(worker.url()).host;
  return { context, worker, extensionId, close: () => context.close() };
}
