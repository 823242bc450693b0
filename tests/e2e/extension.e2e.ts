import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTS, launch, type Session } from './harness';

// Evaluated inside the extension's service worker, where `chrome` exists.
declare const chrome: {
  runtime: { getManifest(): Record<string, unknown> & { manifest_version: number; permissions?: string[]; host_permissions?: string[] } };
  i18n: { getMessage(k: string): string };
};

describe('the built extension in Chromium', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launch();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('loads, with its background worker and a localized name', async () => {
    const manifest = await s.worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.manifest_version).toBe(3);
    expect(await s.worker.evaluate(() => chrome.i18n.getMessage('extName'))).toMatch(/^Helder/);
    expect(manifest.permissions).toEqual(expect.arrayContaining(['storage', 'alarms']));
    expect(manifest.host_permissions ?? []).toEqual([]);
  });

  it('serves the webmail fixtures at the real hosts', async () => {
    const page = await s.context.newPage();
    await page.goto(HOSTS.gmail);
    await expect.poll(() => page.locator('[g_editable="true"]').count()).toBe(1);
    await page.close();
  });
});
