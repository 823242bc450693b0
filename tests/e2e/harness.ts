/**
 * End-to-end harness: Debian's Chromium with the built extension loaded
 * (.output/chrome-mv3), and the Gmail/Outlook fixture pages served at the real
 * mail hosts through request routing, so the real match patterns are used.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';

export const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
/** The end-to-end test build (open shadow roots, marked hosts: components/inpage/host.ts). */
export const EXTENSION = join(ROOT, '.output-e2e/chrome-mv3');
/** The production build, for the security tests: what the page can and cannot do with what ships. */
export const PRODUCTION = join(ROOT, '.output/chrome-mv3');
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

export interface LaunchOptions {
  lang?: string;
  /**
   * Host permissions to hold from the start, for a rule-set server on this
   * machine. Chromium's permission prompt can't be answered from a test, so a
   * copy of the built extension lists them as granted: `permissions.request`
   * then resolves true at once, as after the writer clicks Allow.
   */
  grantHosts?: string[];
  /** Run the production build instead of the e2e test build. */
  production?: boolean;
}

/** A copy of the built extension whose manifest already holds `hosts`. */
function extensionWithHosts(built: string, hosts: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'helder-ext-'));
  cpSync(built, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { host_permissions?: string[] };
  manifest.host_permissions = [...(manifest.host_permissions ?? []), ...hosts];
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return dir;
}

const fixtureCache = new Map<string, string>();
function readFixture(name: string): string | undefined {
  if (!fixtureCache.has(name)) {
    const path = join(ROOT, `tests/fixtures/${name}.html`);
    if (!existsSync(path)) return undefined;
    fixtureCache.set(name, readFileSync(path, 'utf8'));
  }
  return fixtureCache.get(name);
}

export async function launch(opts: LaunchOptions = {}): Promise<Session> {
  const built = opts.production ? PRODUCTION : EXTENSION;
  if (!existsSync(join(built, 'manifest.json'))) throw new Error('Build the extension first: npm run build && npm run build:e2e');
  const extension = opts.grantHosts?.length ? extensionWithHosts(built, opts.grantHosts) : built;
  const userDataDir = mkdtempSync(join(tmpdir(), 'helder-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    locale: opts.lang ?? 'en-US',
    args: [
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
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
    // `?fixture=<name>` serves tests/fixtures/<name>.html at that host instead of the host's default page.
    const named = url.searchParams.get('fixture');
    const body = named && /^[\w-]+$/.test(named) ? readFixture(named) : fixtures[url.hostname];
    if (body && route.request().resourceType() === 'document') return route.fulfill({ status: 200, contentType: 'text/html', body });
    if (url.protocol === 'chrome-extension:' || url.protocol === 'data:') return route.continue();
    // Rule-set servers started by the tests run on this machine.
    if (url.hostname === '127.0.0.1') return route.continue();
    return route.abort();
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20000 }));
  const extensionId = new URL(worker.url()).host;
  return { context, worker, extensionId, close: () => context.close() };
}
