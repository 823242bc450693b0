/**
 * Security cases of issue 14 in Chromium with the built extension (the unit
 * side is tests/security/): the background's subscription refuses a redirect
 * to another origin before requesting it, stops a download without
 * Content-Length at 1 MB, never goes back to an older version, and reports
 * a set that once crashed validation (brackets nested 20,000 deep; now refused
 * as too deep) as a listed problem on subscribe, refresh and import (no page
 * error), with the last good set kept.
 */
import { writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTS, launch, type Session } from './harness';

// Evaluated inside the extension's service worker, where `chrome` exists.
declare const chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };

const DEEP = `${'('.repeat(20000)}a${')'.repeat(20000)}`;

function teamSet(version: number, pattern = 'setup wizard') {
  return {
    id: 'team.servicedesk',
    name: 'Servicedesk Noord',
    version,
    lang: 'en',
    rules: [
      {
        id: 'team.wizard',
        category: 'condescending',
        severity: 'warning',
        match: { type: 'phrases', patterns: [pattern] },
        message: 'Name the window.',
        hears: 'You think I am not clever enough.',
      },
    ],
  };
}

type Handler = (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void;

/** A local server whose answer the test sets per request; records the paths it was asked for. */
async function server(): Promise<{ url: (path: string) => string; on(h: Handler): void; requests: string[]; close(): Promise<void> }> {
  let handler: Handler = (_q, r) => r.end();
  const requests: string[] = [];
  const srv: Server = createServer((req, res) => {
    requests.push(req.url ?? '');
    handler(req, res);
  });
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  const { port } = srv.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    on: (h) => {
      handler = h;
    },
    requests,
    close: () =>
      new Promise((resolve) => {
        srv.closeAllConnections();
        srv.close(() => resolve());
      }),
  };
}

const json =
  (body: unknown): Handler =>
  (_q, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-cache' });
    res.end(JSON.stringify(body));
  };

describe('subscriptions and imports under attack', () => {
  let s: Session;
  let a: Awaited<ReturnType<typeof server>>;
  let b: Awaited<ReturnType<typeof server>>;
  let page: Page;
  const pageErrors: string[] = [];
  beforeAll(async () => {
    a = await server();
    b = await server();
    s = await launch({ grantHosts: ['http://127.0.0.1/*'] });
    page = await s.context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(`chrome-extension://${s.extensionId}/options.html?tab=share`);
    await page.getByTestId('layer').selectOption('team');
  });
  afterAll(async () => {
    await s?.close();
    await a?.close();
    await b?.close();
  });

  const status = () => page.getByTestId('subscription-status').innerText();
  const message = () => page.getByTestId('subscribe-message').innerText();
  const subscribeTo = async (url: string) => {
    await page.getByTestId('subscribe-url').fill(url);
    await page.getByTestId('subscribe').click();
  };

  it('refuses a redirect to another origin without requesting it', async () => {
    b.on(json(teamSet(99, 'evil wizard')));
    a.on((_q, res) => {
      res.writeHead(302, { location: b.url('/team.json') });
      res.end();
    });
    await subscribeTo(a.url('/team.json'));
    await expect.poll(message, { timeout: 15000 }).toMatch(/another address, which Helder did not follow/);
    expect(b.requests).toEqual([]);
    expect(await s.worker.evaluate(() => chrome.storage.local.get('teamRuleSet'))).toEqual({});
  });

  it('refuses a same-origin redirect too: the browser hides its target (opaque redirect), so it cannot be checked first', async () => {
    const before = a.requests.length;
    a.on((q, res) => {
      if (q.url === '/v2.json') return json(teamSet(5))(q, res);
      res.writeHead(302, { location: '/v2.json' });
      res.end();
    });
    await subscribeTo(a.url('/moved.json'));
    await expect.poll(message, { timeout: 15000 }).toMatch(/can't check first; subscribe to the final address/);
    expect(a.requests.slice(before)).toEqual(['/moved.json']);
  });

  it('lists a set whose validation crashes on subscribe, never as "could not be reached"', async () => {
    a.on(json({ ...teamSet(8), rules: [{ ...teamSet(8).rules[0], match: { type: 'phrases', patterns: [DEEP] } }] }));
    await subscribeTo(a.url('/team.json'));
    await expect.poll(message, { timeout: 15000 }).toMatch(/the rule set is not valid/);
    expect(await message()).not.toMatch(/could not be reached/);
    expect(await page.getByTestId('subscribe-problems').innerText()).toMatch(/nests brackets more than 8 deep/);
  });

  it('records a crashing update on refresh, and never goes back to an older version; the last good set stays', async () => {
    a.on(json(teamSet(7)));
    await subscribeTo(a.url('/team.json'));
    await expect.poll(status, { timeout: 15000 }).toMatch(/version 7/);

    a.on(json({ ...teamSet(8), rules: [{ ...teamSet(8).rules[0], match: { type: 'phrases', patterns: [DEEP] } }] }));
    await page.getByTestId('refresh').click();
    await expect.poll(status, { timeout: 15000 }).toMatch(/Update failed: the rule set is not valid.*Still using version 7/s);
    expect(await page.getByTestId('subscription-details').innerText()).toMatch(/nests brackets more than 8 deep/);

    a.on(json(teamSet(6)));
    await page.getByTestId('refresh').click();
    await expect.poll(status, { timeout: 15000 }).toMatch(/Update failed: the server offers an older version.*Still using version 7/s);
    const stored = (await s.worker.evaluate(() => chrome.storage.local.get('teamRuleSet'))) as {
      teamRuleSet?: { ruleSet: { version: number } };
    };
    expect(stored.teamRuleSet?.ruleSet.version).toBe(7);
  });

  it('stops a download without Content-Length at 1 MB', async () => {
    let written = 0;
    let closedEarly = false;
    a.on((_q, res) => {
      res.writeHead(200, { 'content-type': 'application/json' }); // chunked: no Content-Length
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const total = 64 * 1024 * 1024;
      res.on('close', () => {
        closedEarly = written < total;
      });
      const pump = () => {
        while (written < total) {
          written += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      res.write('{"id": "x", "pad": "');
      pump();
    });
    await page.getByTestId('refresh').click();
    await expect.poll(status, { timeout: 20000 }).toMatch(/larger than 1 MB.*Still using version 7/s);
    await expect.poll(() => closedEarly, { timeout: 10000 }).toBe(true);
    expect(written).toBeLessThan(16 * 1024 * 1024);
  });

  it('lists a crashing set on import, with no page error', async () => {
    await page.getByTestId('layer').selectOption('personal');
    const file = join(tmpdir(), 'helder-crash.json');
    writeFileSync(
      file,
      JSON.stringify({
        ...teamSet(1),
        id: 'mine',
        rules: [{ ...teamSet(1).rules[0], id: 'mine.deep', match: { type: 'phrases', patterns: [DEEP] } }],
      }),
    );
    await page.getByTestId('import-file').setInputFiles(file);
    await expect.poll(() => page.getByTestId('import-errors').innerText()).toMatch(/nothing changed.*nests brackets more than 8 deep/s);
    expect(pageErrors).toEqual([]);
  });
});

describe('a fresh browser, where storage.managed answers after about 3 s', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launch();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('has Helder coaching the draft before storage.managed answers', async () => {
    const started = Date.now();
    const page = await s.context.newPage();
    await page.goto(HOSTS.gmail);
    await page.waitForSelector('[g_editable="true"]');
    const editor = page.locator('[g_editable="true"]').first();
    await editor.click();
    await page.keyboard.press('Control+Home');
    const typing = Date.now();
    await page.keyboard.type('Nee, dat kan niet. ');
    const underlined = () =>
      page.evaluate(() => document.querySelector('[data-helder-e2e="overlay"]')?.shadowRoot?.querySelectorAll('.u').length ?? 0);
    await expect.poll(underlined, { timeout: 10000, interval: 50 }).toBeGreaterThan(0);
    // The page is ready about 1 s after launch; the underline follows the typing at once (before the fix it came
    // when storage.managed answered, about 3 s after launch: some 2 s after the typing).
    console.log(`page ready after ${typing - started} ms; first underline ${Date.now() - typing} ms after typing began`);
    expect(Date.now() - typing).toBeLessThan(1000);
    await page.close();
  });
});
