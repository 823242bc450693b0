/**
 * npm run bench:typing — types 200 characters into a 5,000-word Gmail draft in
 * Chromium with the built extension and reports every long task (> 50 ms) seen
 * by a PerformanceObserver while typing. The fixture page itself runs no heavy
 * script, so long tasks here come from the extension (or the browser).
 */
import { HOSTS, launch } from './harness';

const SENTENCES = [
  'We gaan ermee aan de slag en komen er zo snel mogelijk op terug.',
  'Uw AD-account stond op slot na te veel foute inlogpogingen.',
  'Ik heb het vrijgegeven, u kunt weer inloggen op de VPN.',
  'Nee, dat kan niet.',
  'Zoals ik al eerder zei moet u de laptop opnieuw opstarten.',
  'Ik bel u vandaag om 15:00 terug en kijk dan met u mee.',
];

const s = await launch();
try {
  const page = await s.context.newPage();
  await page.goto(HOSTS.gmail);
  await page.waitForSelector('[g_editable="true"]');
  const words = await page.evaluate((sentences) => {
    const ed = document.querySelector('[g_editable="true"]') as HTMLElement;
    const paras: string[] = [];
    let n = 0;
    for (let i = 0; n < 5000; i++) {
      const p = Array.from({ length: 4 }, (_, j) =>
        (sentences[(i + j) % sentences.length] as string).replace('15:00', `${9 + (i % 8)}:${10 + (i % 50)}`),
      ).join(' ');
      n += p.split(/\s+/).length;
      paras.push(`<div>${p}</div>`);
    }
    ed.innerHTML = `${paras.join('')}${ed.innerHTML}`;
    ed.dispatchEvent(new InputEvent('input', { bubbles: true }));
    return n;
  }, SENTENCES);
  await page.waitForTimeout(1500); // first full analysis of the long draft
  await page.evaluate(() => {
    const w = window as unknown as { __long: Array<{ start: number; duration: number }> };
    w.__long = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__long.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: false });
  });
  const editor = page.locator('[g_editable="true"]');
  await editor.click();
  await page.keyboard.press('Control+End');
  const text = 'Ik kijk ernaar en laat het u weten. Uw MFA-token is verlopen. Dat gaat even duren, sorry daarvoor. '
    .repeat(3)
    .slice(0, 200);
  const t0 = Date.now();
  await page.keyboard.type(text, { delay: 30 });
  await page.waitForTimeout(1200); // let the last debounced analysis run
  const long = await page.evaluate(() => (window as unknown as { __long: Array<{ duration: number }> }).__long);
  const underlines = await page.evaluate(
    () => document.querySelector('[data-helder-e2e="overlay"]')?.shadowRoot?.querySelectorAll('.u').length ?? 0,
  );
  console.log(`draft: ${words} words; typed ${text.length} characters in ${Date.now() - t0} ms`);
  console.log(`underlines after typing: ${underlines}`);
  console.log(
    `long tasks (> 50 ms) while typing: ${long.length}${long.length ? ` (max ${Math.max(...long.map((l) => l.duration)).toFixed(0)} ms)` : ''}`,
  );
  process.exitCode = long.length === 0 ? 0 : 1;
} finally {
  await s.close();
}
