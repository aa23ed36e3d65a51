// Shared by the end-to-end tests: launches Debian's Chromium through playwright-core (never a
// downloaded browser), opens the app served by scripts/test, collects console errors, and
// drives levers the way a planner does (type, then Tab out), waiting for the headline to show
// every run of the new scenario.
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Where scripts/test serves dist/; `scripts/serve` uses :8080 when run by hand. */
export const BASE_URL = process.env.NTM_BASE_URL ?? 'http://127.0.0.1:8080/';

/** Headless Chromium as root, kept off the network (it has none here anyway). */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Collects console errors, page errors and failed requests of `page` into a list. */
export function watch(page) {
  const errors = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`page: ${err.message}`));
  page.on('requestfailed', (req) => errors.push(`request: ${req.url()} ${req.failure()?.errorText}`));
  page.on('dialog', (d) => { errors.push(`dialog: ${d.message()}`); d.dismiss(); });
  return errors;
}

/**
 * A fresh page (own context: no shared storage) opened at `BASE_URL + fragment`, waiting
 * until the headline shows every run. `errors` collects problems from the first moment.
 */
export async function openApp(browser, fragment = '', contextOptions = {}) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, ...contextOptions });
  const page = await context.newPage();
  const errors = watch(page);
  await page.goto(BASE_URL + fragment);
  await waitForApp(page);
  return { context, page, errors };
}

/** Waits for the headline to show all runs of the scenario on screen. */
export async function waitForApp(page) {
  // The villages' later card, whichever its year (a 2026–2030 province's is 2030).
  await page.locator('[data-testid="headline"] data[data-testid^="headline-villages-"]').last().waitFor();
  await page.waitForFunction(() => {
    const h = document.querySelector('[data-testid="headline"]');
    return h?.dataset.final === 'true';
  }, null, { timeout: 60_000 });
}

/** The scenario generation the headline shows. */
export function generation(page) {
  return page.getByTestId('headline').getAttribute('data-generation');
}

/** Waits until the headline shows every run of a newer scenario than `before`. */
export async function waitForNewResults(page, before) {
  await page.waitForFunction((old) => {
    const h = document.querySelector('[data-testid="headline"]');
    return h?.dataset.final === 'true' && h.dataset.stale === 'false' && h.dataset.generation !== old;
  }, before, { timeout: 60_000 });
}

/** The headline medians and means, as numbers, keyed by test id without "headline-". */
export async function headline(page) {
  return page.evaluate(() => {
    const out = {};
    for (const el of document.querySelectorAll('[data-testid^="headline-"]')) {
      if (el.tagName !== 'DATA') continue;
      const id = el.dataset.testid.replace('headline-', '');
      out[id] = Number(el.getAttribute('value'));
      out[`${id}-mean`] = Number(el.dataset.mean);
    }
    return out;
  });
}

/** Types `value` into the number box with test id `testid`, Tabs out, waits for the results. */
export async function setNumber(page, testid, value) {
  const before = await generation(page);
  const box = page.getByTestId(testid);
  await box.fill(String(value));
  await box.press('Tab');
  await waitForNewResults(page, before);
}

/** Chooses `value` in the `<select>` with test id `testid`, waits for the results. */
export async function choose(page, testid, value) {
  const before = await generation(page);
  await page.getByTestId(testid).selectOption(value);
  await waitForNewResults(page, before);
}

/** The province budget lever (percent of the plan). */
export function setBudget(page, pct) {
  return setNumber(page, 'lever-budget-scale', pct);
}

/** Decodes nothing: the share link is opaque here; the tests compare whole states instead. */
export function hash(page) {
  return new URL(page.url()).hash;
}

/** Pixel statistics of the villages chart canvas: how much differs from the white background,
 *  and how much is the current scenario's colour (Okabe–Ito blue, CURRENT in charts/palette.rs). */
export async function chartPixels(page) {
  await page.waitForFunction(() =>
    document.querySelector('[data-testid="chart-villages"]')?.hasAttribute('data-draws'));
  return page.evaluate(() => {
    const canvas = document.querySelector('[data-testid="chart-villages"]');
    const ctx = canvas.getContext('2d');
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    const near = (i, [r, g, b], tol) =>
      Math.abs(data[i] - r) <= tol && Math.abs(data[i + 1] - g) <= tol && Math.abs(data[i + 2] - b) <= tol;
    let inked = 0;
    let median = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (!near(i, [255, 255, 255], 8)) inked += 1;
      if (near(i, [0, 114, 178], 24)) median += 1;
    }
    return {
      width: canvas.width,
      height: canvas.height,
      cssWidth: canvas.clientWidth,
      cssHeight: canvas.clientHeight,
      total: data.length / 4,
      inked,
      median,
      dataUrl: canvas.toDataURL(),
    };
  });
}

/** Opens every `<details>` on the page and waits for the per-year tables they build lazily. */
export async function openAllDetails(page) {
  await page.evaluate(() => { for (const d of document.querySelectorAll('details')) d.open = true; });
  await page.waitForFunction(() =>
    [...document.querySelectorAll('details.per-year')].every((d) => d.querySelector('table')));
}

/**
 * axe-core's serious and critical findings on the page as it is, one line each (empty: none).
 * Two landmarks named alike too, which axe calls moderate: a screen reader's list of regions
 * is useless when two of them read the same.
 */
export async function axe(page) {
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) {
    await page.addScriptTag({ path: AXE_PATH });
  }
  return page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical' || v.id === 'landmark-unique')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join(', ')}`);
  });
}
