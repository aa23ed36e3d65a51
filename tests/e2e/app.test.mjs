// The app as a first-time visitor meets it: loads cleanly in Vietnamese, shows the headline,
// the budget lever changes it, the chart is really drawn (and sharp), English is one click away.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, openApp, headline, setBudget, chartPixels, chartGeneration, waitForRedraw,
} from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('the page loads in Vietnamese with no console errors', async () => {
  const { context, page, errors } = await openApp(browser);
  assert.equal(await page.title(), 'NTM Planner — Mô phỏng xây dựng nông thôn mới');
  assert.equal(await page.locator('html').getAttribute('lang'), 'vi');
  assert.match(await page.locator('h1').innerText(), /NTM Planner/);
  assert.match(await page.getByTestId('illustrative-note').innerText(), /minh họa/);
  assert.equal(await page.getByTestId('lever-budget-scale').inputValue(), '100');
  assert.deepEqual(errors, []);
  await context.close();
});

test('headline figures show each median as a Vietnamese-formatted number', async () => {
  const { context, page, errors } = await openApp(browser);
  const figures = await headline(page);
  for (const [id, value] of Object.entries(figures)) {
    assert.ok(Number.isFinite(value) && value >= 0, `${id}: ${value}`);
    const text = await page.getByTestId(`headline-${id}`).innerText();
    // Vietnamese groups thousands with dots: 1.234
    assert.equal(text.replaceAll('.', ''), String(value), `${id}: "${text}"`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('moving the budget lever changes the headline', async () => {
  const { context, page, errors } = await openApp(browser);
  const defaults = await headline(page);
  await setBudget(page, 300);
  const rich = await headline(page);
  assert.notDeepEqual(rich, defaults, 'tripling the budget changed no headline figure');
  await setBudget(page, 0);
  const poor = await headline(page);
  assert.ok(rich['villages-2025'] >= poor['villages-2025'], `${JSON.stringify({ rich, poor })}`);
  assert.equal(await page.getByTestId('lever-budget-scale-range').inputValue(), '0');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the slider works from the keyboard', async () => {
  const { context, page, errors } = await openApp(browser);
  const slider = page.getByTestId('lever-budget-scale-range');
  await slider.focus();
  let gen = await chartGeneration(page);
  await page.keyboard.press('End');
  await waitForRedraw(page, gen);
  assert.equal(await page.getByTestId('lever-budget-scale').inputValue(), '300');
  assert.equal(new URL(page.url()).hash, '#budget=300');
  gen = await chartGeneration(page);
  await page.keyboard.press('ArrowLeft');
  await waitForRedraw(page, gen);
  assert.equal(await page.getByTestId('lever-budget-scale').inputValue(), '295');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the chart canvas is drawn, sized by devicePixelRatio, and redrawn on change', async () => {
  const { context, page, errors } = await openApp(browser);
  const px = await chartPixels(page);
  assert.equal(px.width, Math.round(px.cssWidth * 1), 'backing width = CSS width at DPR 1');
  assert.ok(px.inked > px.total * 0.02, `only ${px.inked} of ${px.total} pixels differ from the background`);
  assert.ok(px.median > px.total * 0.001, `only ${px.median} pixels of the median line's colour`);

  await setBudget(page, 250);
  const after = await chartPixels(page);
  assert.notEqual(after.dataUrl, px.dataUrl, 'the chart did not change with the budget');
  assert.deepEqual(errors, []);
  await context.close();
});

test('on a 2× screen the canvas backing store is twice its CSS size, and follows resizes', async () => {
  const { context, page, errors } = await openApp(browser, '', { deviceScaleFactor: 2 });
  const px = await chartPixels(page);
  assert.equal(px.width, Math.round(px.cssWidth * 2));
  assert.equal(px.height, Math.round(px.cssHeight * 2));
  assert.ok(px.median > px.total * 0.001, 'median line drawn at 2×');

  await page.setViewportSize({ width: 1000, height: 700 });
  await page.waitForFunction(() => {
    const c = document.querySelector('[data-testid="chart-villages"]');
    return c.width === Math.round(c.clientWidth * devicePixelRatio);
  });
  const resized = await chartPixels(page);
  assert.ok(resized.width < px.width, `${resized.width} !< ${px.width}`);
  assert.ok(resized.median > resized.total * 0.001, 'median line drawn after resize');
  assert.deepEqual(errors, []);
  await context.close();
});

test('English is one click away, and Vietnamese one click back', async () => {
  const { context, page, errors } = await openApp(browser);
  const toggle = page.getByTestId('lang-toggle');
  assert.equal(await toggle.innerText(), 'English');
  await toggle.click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal(await page.title(), 'NTM Planner — New Rural Development simulator');
  assert.match(await page.locator('label[for="budget-scale"]').innerText(), /Province budget/);
  assert.equal(await toggle.innerText(), 'Tiếng Việt');
  await toggle.click();
  await page.waitForFunction(() => document.documentElement.lang === 'vi');
  assert.match(await page.locator('label[for="budget-scale"]').innerText(), /Ngân sách tỉnh/);
  assert.deepEqual(errors, []);
  await context.close();
});
