// Shared by the end-to-end tests: launches Debian's Chromium through playwright-core (never a
// downloaded browser), opens the app served by scripts/test, and collects console errors.
import { chromium } from 'playwright-core';

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

/**
 * A fresh page (own context: no shared storage) opened at `BASE_URL + fragment`, waiting
 * until the app has rendered its headline and drawn its chart. `errors` collects console
 * errors, page errors and failed requests from the first moment.
 */
export async function openApp(browser, fragment = '', contextOptions = {}) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, ...contextOptions });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`page: ${err.message}`));
  page.on('requestfailed', (req) => errors.push(`request: ${req.url()} ${req.failure()?.errorText}`));
  await page.goto(BASE_URL + fragment);
  await waitForApp(page);
  return { context, page, errors };
}

/** Waits for the headline figures and a drawn chart. */
export async function waitForApp(page) {
  await page.getByTestId('headline-villages-2025').waitFor();
  await page.waitForFunction(() =>
    document.querySelector('[data-testid="chart-villages"]')?.hasAttribute('data-generation'));
}

/** The four headline medians, as numbers (from each `<data value>`), keyed by test id. */
export async function headline(page) {
  const ids = ['villages-2020', 'villages-2025', 'communes-2020', 'communes-2025'];
  const out = {};
  for (const id of ids) {
    const value = await page.getByTestId(`headline-${id}`).getAttribute('value');
    out[id] = Number(value);
  }
  return out;
}

/** The scenario generation the chart currently shows. */
export function chartGeneration(page) {
  return page.getByTestId('chart-villages').getAttribute('data-generation');
}

/** Waits until the chart shows a newer generation than `before`. */
export async function waitForRedraw(page, before) {
  await page.waitForFunction(
    (old) => document.querySelector('[data-testid="chart-villages"]')?.dataset.generation !== old,
    before,
  );
}

/** Sets the budget lever's number box and commits it the way a user does (Tab out), then
 *  waits for the address and the chart to follow. */
export async function setBudget(page, pct) {
  const before = await chartGeneration(page);
  const lever = page.getByTestId('lever-budget-scale');
  await lever.fill(String(pct));
  await lever.press('Tab');
  await page.waitForFunction((want) => location.hash === `#budget=${want}`, pct);
  await waitForRedraw(page, before);
}

/** Pixel statistics of the chart canvas: how much differs from the background, and how
 *  much is the median line's green. Mirrors BACKGROUND and MEDIAN in charts/draw.rs. */
export async function chartPixels(page) {
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
      if (near(i, [11, 110, 79], 24)) median += 1;
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
