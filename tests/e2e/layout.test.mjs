// What a projector shows at 1366×768: nothing spills sideways, the headline, the lever and
// the whole chart are on the first screen, every control has a name (axe-core finds no serious or critical problem). Saves
// screenshots in test-results/ for people to look at.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { launch, openApp } from './helpers.mjs';

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core/axe.min.js');
const SHOTS = 'test-results';

let browser;
before(async () => {
  browser = await launch();
  await mkdir(SHOTS, { recursive: true });
});
after(async () => { await browser?.close(); });

async function checkLayout(page) {
  const box = await page.evaluate(() => {
    const rect = (id) => document.querySelector(`[data-testid="${id}"]`).getBoundingClientRect();
    return {
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
      headlineBottom: rect('headline-communes-2025').bottom,
      leverBottom: rect('lever-budget-scale').bottom,
      chartBottom: rect('chart-villages').bottom,
    };
  });
  assert.ok(box.scrollWidth <= box.innerWidth, `horizontal scroll: ${JSON.stringify(box)}`);
  assert.ok(box.headlineBottom < 768, `headline below the fold: ${JSON.stringify(box)}`);
  assert.ok(box.leverBottom < 768, `lever below the fold: ${JSON.stringify(box)}`);
  assert.ok(box.chartBottom <= 768, `chart not wholly on the first screen: ${JSON.stringify(box)}`);
}

test('at 1366×768 the page fits, in Vietnamese and in English (screenshots saved)', async () => {
  const { context, page, errors } = await openApp(browser);
  await checkLayout(page);
  await page.screenshot({ path: `${SHOTS}/app-1366x768-vi.png` });
  await page.screenshot({ path: `${SHOTS}/app-1366x768-vi-full.png`, fullPage: true });

  await page.getByTestId('lang-toggle').click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await checkLayout(page);
  await page.screenshot({ path: `${SHOTS}/app-1366x768-en.png` });
  assert.deepEqual(errors, []);
  await context.close();
});

test('axe-core finds no serious or critical accessibility problem', async () => {
  const { context, page, errors } = await openApp(browser, '#budget=bad');
  await page.getByTestId('link-error').waitFor(); // Check the banner too.
  await page.addScriptTag({ path: AXE_PATH });
  const violations = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  assert.deepEqual(violations, []);
  assert.deepEqual(errors, []);
  await context.close();
});
