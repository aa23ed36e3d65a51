// The app as a first-time visitor meets it: loads cleanly in Vietnamese, shows the headline
// with its targets, the province budget lever moves it the expected way, the slider works
// from the keyboard, the interim chart is drawn sharp, English is one click away.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, openApp, headline, setBudget, chartPixels, generation, waitForNewResults,
} from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('the page loads in Vietnamese with no console errors', async () => {
  const { context, page, errors } = await openApp(browser);
  // The tab's title names the screen, then the app.
  assert.equal(await page.title(), 'Lập kịch bản · NTM Planner — Mô phỏng xây dựng nông thôn mới');
  assert.equal(await page.locator('html').getAttribute('lang'), 'vi');
  assert.match(await page.locator('h1').innerText(), /NTM Planner/);
  assert.match(await page.getByTestId('illustrative-note').innerText(), /minh họa/);
  assert.equal(await page.getByTestId('lever-budget-scale').inputValue(), '100');
  assert.match(await page.getByTestId('computing').innerText(), /Đã xong 1\.000 lần chạy/);
  // The dataset's own note is one click away.
  await page.getByTestId('illustrative-note').locator('summary').click();
  assert.match(await page.getByTestId('dataset-note').innerText(), /Tổng cục Thống kê/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the domain brief the assumptions cite ("tóm tắt lĩnh vực, mục N") opens in the page', async () => {
  // A planner cannot open docs/DOMAIN.md from the browser; the bases point at its sections.
  const { context, page, errors } = await openApp(browser);
  await page.getByTestId('tab-assumptions').click();
  await page.getByTestId('assumptions-panel').waitFor();
  assert.match(await page.getByTestId('assumptions-panel').locator('.group-hint').first().innerText(), /mở được ngay dưới đây/);
  const cited = await page.getByTestId('assumptions-panel').innerText();
  assert.match(cited, /tóm tắt lĩnh vực, mục \d/);
  // A basis's "mục 4" opens the brief and takes the keyboard there.
  const four = page.getByTestId('basis-section-4').first();
  assert.equal(await four.innerText(), 'mục 4');
  await four.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'domain-brief-4');
  assert.ok(await page.locator('#domain-brief-4').isVisible());
  assert.equal(await page.getByTestId('domain-brief').evaluate((d) => d.open), true);
  const brief = page.getByTestId('domain-brief').locator('.domain-brief-text');
  assert.equal(await brief.getAttribute('lang'), 'en');
  // Every section a basis can name, by its number.
  for (let n = 1; n <= 6; n += 1) {
    assert.ok(await page.locator(`#domain-brief-${n}`).isVisible(), `section ${n}`);
  }
  assert.match(await page.locator('#domain-brief-4').innerText(), /^4\. Cao Bằng$/);
  const text = await brief.innerText();
  assert.match(text, /6 districts, 32 communes, 294 villages/);
  assert.ok(!text.includes('**') && !text.includes('`'), 'no Markdown left');
  // The figures in bold stay bold.
  assert.ok(await brief.locator('strong', { hasText: '9.6 criteria on' }).count() === 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('headline figures show each median as a Vietnamese-formatted number, with its targets', async () => {
  const { context, page, errors } = await openApp(browser);
  const figures = await headline(page);
  for (const id of ['villages-2020', 'villages-2025', 'communes-2020', 'communes-2025', 'below10-2020', 'below15-2025']) {
    const value = figures[id];
    assert.ok(Number.isFinite(value) && value >= 0, `${id}: ${value}`);
    const text = await page.getByTestId(`headline-${id}`).innerText();
    assert.equal(text.replaceAll('.', ''), String(value), `${id}: "${text}"`);
  }
  const target = page.getByTestId('target-communes_2025');
  assert.match(await target.innerText(), /mục tiêu ≥\s50/);
  // The verdict follows the share of runs that reach the target (80 % and 20 % the cut-offs).
  const shown = await target.innerText();
  // Whole percent, or one decimal where rounding would cross a cut-off ("79,8%").
  const p = Number(shown.match(/đạt ở ([\d,]+)% số lần chạy/)?.[1].replace(',', '.'));
  assert.ok(Number.isFinite(p), shown);
  const verdict = p >= 80 ? '✓ Nhiều khả năng đạt' : p <= 20 ? '✗ Khó đạt' : '? Chưa chắc đạt';
  assert.ok(shown.includes(verdict), `${p}%: ${shown}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a province lever: more budget, more NTM communes and villages by 2025', async () => {
  const { context, page, errors } = await openApp(browser);
  const defaults = await headline(page);
  await setBudget(page, 200);
  const rich = await headline(page);
  assert.ok(rich['communes-2025'] > defaults['communes-2025'], JSON.stringify({ defaults, rich }));
  assert.ok(rich['villages-2025'] > defaults['villages-2025'], JSON.stringify({ defaults, rich }));
  // Each card says how far the levers moved it from the default scenario.
  const moved = page.getByTestId('headline-villages-2025-vs-default');
  assert.equal(Number(await moved.getAttribute('data-delta')), rich['villages-2025'] - defaults['villages-2025']);
  assert.match(await moved.innerText(), /^▲ \+\d+ so với mặc định/);
  // A change from the default: "so với mặc định" says it already.
  assert.equal(await page.getByTestId('headline-villages-2025-since-change').count(), 0);
  await setBudget(page, 50);
  const poor = await headline(page);
  assert.ok(poor['communes-2025'] < defaults['communes-2025'], JSON.stringify({ defaults, poor }));
  // The next change is measured against the figures it replaced too: what it alone did.
  const since = page.getByTestId('headline-villages-2025-since-change');
  assert.equal(Number(await since.getAttribute('data-delta')), poor['villages-2025'] - rich['villages-2025']);
  assert.match(await since.innerText(), /^▼ −\d+ so với trước khi đổi/);
  assert.equal(await page.getByTestId('lever-budget-scale-range').inputValue(), '50');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the slider works from the keyboard', async () => {
  const { context, page, errors } = await openApp(browser);
  const slider = page.getByTestId('lever-budget-scale-range');
  await slider.focus();
  let gen = await generation(page);
  await page.keyboard.press('End');
  await waitForNewResults(page, gen);
  assert.equal(await page.getByTestId('lever-budget-scale').inputValue(), '300');
  gen = await generation(page);
  await page.keyboard.press('ArrowLeft');
  await waitForNewResults(page, gen);
  assert.equal(await page.getByTestId('lever-budget-scale').inputValue(), '295');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the villages chart canvas is drawn, sized by devicePixelRatio, and redrawn on change', async () => {
  const { context, page, errors } = await openApp(browser);
  const px = await chartPixels(page);
  assert.equal(px.width, Math.round(px.cssWidth * 1), 'backing width = CSS width at DPR 1');
  assert.ok(px.inked > px.total * 0.02, `only ${px.inked} of ${px.total} pixels differ from the background`);
  assert.ok(px.median > px.total * 0.001, `only ${px.median} pixels of the median line's colour`);

  await setBudget(page, 250);
  await page.waitForFunction((old) =>
    document.querySelector('[data-testid="chart-villages"]').toDataURL() !== old, px.dataUrl);
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
  assert.ok(resized.width !== px.width, `${resized.width} == ${px.width}`);
  assert.ok(resized.median > resized.total * 0.001, 'median line drawn after resize');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a budget of a million tỷ a year keeps the money chart\'s value labels whole', async () => {
  // The value axis had room for four or five digits: "1.000.000" was cut at the canvas's left
  // edge ("…000.000"). Nothing but a cut label reaches the first two columns (the axis title's
  // diacritics reach the third).
  const { context, page, errors } = await openApp(browser);
  await page.getByTestId('budget-details').locator('summary').click();
  const cells = page.locator('[data-testid="budget-table"] input');
  await cells.first().waitFor();
  const before = await generation(page);
  for (let i = 0; i < 6; i += 1) {
    await cells.nth(i).fill('1000000');
    await cells.nth(i).press('Tab');
  }
  await waitForNewResults(page, before);
  await page.getByTestId('chart-tab-spending').click();
  await page.waitForFunction(() =>
    document.querySelector('[data-testid="chart-spending"]')?.hasAttribute('data-draws'));
  // Drawn at its final size (the box may grow once for its legend).
  await page.waitForTimeout(500);
  const edge = await page.getByTestId('chart-spending').evaluate((canvas) => {
    const { data } = canvas.getContext('2d').getImageData(0, 0, 2, canvas.height);
    let inked = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i] < 200 || data[i + 1] < 200 || data[i + 2] < 200) inked += 1;
    }
    return inked;
  });
  assert.equal(edge, 0, `${edge} dark pixels in the canvas's first two columns`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('English is one click away, and Vietnamese one click back', async () => {
  const { context, page, errors } = await openApp(browser);
  const toggle = page.getByTestId('lang-toggle');
  assert.equal(await toggle.innerText(), 'English');
  await toggle.click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal(await page.title(), 'Build a scenario · NTM Planner — New Rural Development simulator');
  await page.getByTestId('screen-compare').click();
  await page.waitForFunction(() => document.title.startsWith('Compare scenarios · '));
  await page.getByTestId('screen-workspace').click();
  assert.match(await page.locator('label[for="budget-scale"]').innerText(), /Total budget/);
  assert.match(await page.getByTestId('computing').innerText(), /1,000 runs done/);
  assert.equal(await toggle.innerText(), 'Tiếng Việt');
  await toggle.click();
  await page.waitForFunction(() => document.documentElement.lang === 'vi');
  assert.match(await page.locator('label[for="budget-scale"]').innerText(), /Tổng vốn/);
  assert.deepEqual(errors, []);
  await context.close();
});
