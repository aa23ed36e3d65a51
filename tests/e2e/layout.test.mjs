// What a laptop (1366×768), a projector (1920×1080) and a tablet (820×1180) show: nothing
// spills sideways, the headline and the workspace's tabs are on the first screen, and every
// control has a name (axe-core finds no serious or critical problem in any main view).
// Saves screenshots in test-results/ for people to look at.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { launch, openApp, openAllDetails, setBudget, setNumber, axe } from './helpers.mjs';

const SHOTS = 'test-results';

let browser;
before(async () => {
  browser = await launch();
  await mkdir(SHOTS, { recursive: true });
});
after(async () => { await browser?.close(); });

async function checkLayout(page, height) {
  const box = await page.evaluate(() => {
    const rect = (sel) => document.querySelector(sel).getBoundingClientRect();
    return {
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
      headlineBottom: rect('[data-testid="headline-below15-2025"]').bottom,
      tabsBottom: rect('[data-testid="tab-levers"]').bottom,
      budgetLeverTop: rect('[data-testid="lever-budget-scale"]').top,
      // A lever's unit wider than its narrow box runs out of it, off the pane
      // ("people/commune/yea" cut off, in English).
      unitsPastPane: [...document.querySelectorAll('.pane .lever-unit')]
        .filter((u) => u.scrollWidth > u.clientWidth + 1)
        .map((u) => u.textContent),
    };
  });
  assert.ok(box.scrollWidth <= box.innerWidth, `horizontal scroll: ${JSON.stringify(box)}`);
  assert.deepEqual(box.unitsPastPane, [], 'lever units inside their box');
  assert.ok(box.headlineBottom < height, `headline below the fold: ${JSON.stringify(box)}`);
  assert.ok(box.tabsBottom < height, `workspace tabs below the fold: ${JSON.stringify(box)}`);
  return box;
}

async function toEnglish(page) {
  await page.getByTestId('lang-toggle').click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
}

for (const [width, height] of [[1366, 768], [1920, 1080]]) {
  test(`at ${width}×${height} the page fits, in Vietnamese and in English (screenshots saved)`, async () => {
    const { context, page, errors } = await openApp(browser, '', { viewport: { width, height } });
    const box = await checkLayout(page, height);
    if (width >= 1920) assert.ok(box.budgetLeverTop < height, `first lever below the fold: ${JSON.stringify(box)}`);
    await page.screenshot({ path: `${SHOTS}/app-${width}x${height}-vi.png` });
    await page.screenshot({ path: `${SHOTS}/app-${width}x${height}-vi-full.png`, fullPage: true });

    await toEnglish(page);
    await checkLayout(page, height);
    await page.screenshot({ path: `${SHOTS}/app-${width}x${height}-en.png` });
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('on a tablet the panes stack and nothing spills sideways (screenshot saved)', async () => {
  const { context, page, errors } = await openApp(browser, '', { viewport: { width: 820, height: 1180 }, hasTouch: true });
  await checkLayout(page, 1180);
  await page.screenshot({ path: `${SHOTS}/app-820x1180-vi.png` });
  assert.deepEqual(errors, []);
  await context.close();
});

test('on a laptop the first chart, from its title to its buttons, is on screen in the results pane without scrolling it', async () => {
  // The results pane is one screen tall and sticks while the levers scroll; with the strip
  // shown, a chart 56% of the screen tall left its axis title and "Xem bảng số liệu" 90 px
  // below the pane's edge, reached only by scrolling inside the pane.
  for (const [width, height] of [[1366, 768], [1920, 1080]]) {
    const { context, page, errors } = await openApp(browser, '', { viewport: { width, height } });
    await page.evaluate(() => document.querySelector('#pane-results').scrollIntoView());
    await page.waitForFunction(() => !document.querySelector('[data-testid=headline-strip]').hidden);
    const box = await page.evaluate(() => {
      const pane = document.querySelector('#pane-results');
      const tools = pane.querySelector('.chart-tools').getBoundingClientRect();
      const plot = pane.querySelector('.chart-plot').getBoundingClientRect();
      const strip = document.querySelector('[data-testid=headline-strip]').getBoundingClientRect();
      return {
        stripBottom: strip.bottom,
        titleTop: pane.querySelector('.chart-figure h3').getBoundingClientRect().top,
        toolsBottom: tools.bottom,
        paneBottom: pane.getBoundingClientRect().bottom,
        plot: plot.height,
      };
    });
    // (The pane itself may scroll by the strip's height: that is how the strip appears
    // without moving the results, layout test below.)
    assert.ok(box.titleTop >= box.stripBottom, `${width}×${height}: the chart's title under the strip: ${JSON.stringify(box)}`);
    assert.ok(box.toolsBottom <= box.paneBottom, `${width}×${height}: the buttons inside the pane: ${JSON.stringify(box)}`);
    assert.ok(box.plot >= 280, `${width}×${height}: the plot is still a readable size: ${JSON.stringify(box)}`);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('the strip appearing or going as the page scrolls moves nothing in the results under the pointer', async () => {
  // On a laptop the strip takes its room inside the results pane: it pushed the results down
  // by its height just after a scroll, and a click aimed a moment before landed on what came
  // under the pointer (an end-to-end click on the matrix's "Xóm" toggle was lost that way).
  // The pane scrolls by as much instead, also where it has little to scroll (the charts at
  // 1920 × 1080, widened or not).
  const cases = [
    { width: 1366, height: 768, tab: 'criteria', wide: false },
    { width: 1920, height: 1080, tab: 'charts', wide: false },
    { width: 1920, height: 1080, tab: 'charts', wide: true },
    { width: 1366, height: 768, tab: 'charts', wide: true },
  ];
  for (const c of cases) {
    const what = JSON.stringify(c);
    const { context, page, errors } = await openApp(browser, '', { viewport: { width: c.width, height: c.height } });
    await page.getByTestId(`tab-${c.tab}`).click();
    if (c.wide) await page.getByTestId('widen-results').click();
    await page.locator('#pane-results .tab-panel').waitFor();
    const strip = (hidden) => page.waitForFunction(
      (h) => document.querySelector('[data-testid=headline-strip]').hidden === h, hidden);
    // Where the open tab's panel is right after the window scrolls (measured in the same task,
    // before the page has answered the scroll), then once the strip has come or gone.
    const scrollTo = (y) => page.evaluate((to) => {
      window.scrollTo(0, to);
      return document.querySelector('#pane-results .tab-panel').getBoundingClientRect().top;
    }, y);
    const top = () => document.querySelector('#pane-results .tab-panel').getBoundingClientRect().top;
    // Just past the headline's big figures: the least scroll that shows the strip.
    const past = await page.evaluate(() => Math.ceil(
      document.querySelector('[data-testid=headline] .headline-value').getBoundingClientRect().bottom - 4 + window.scrollY));
    const down = await scrollTo(past);
    await strip(false);
    assert.ok((await page.getByTestId('headline-strip').boundingBox()).height > 40, `${what}: the strip is shown`);
    const shown = await page.evaluate(top);
    assert.ok(Math.abs(shown - down) <= 1, `${what}: the results stayed at ${down}, not ${shown}`);
    const up = await scrollTo(0);
    await strip(true);
    const hidden = await page.evaluate(top);
    assert.ok(Math.abs(hidden - up) <= 1, `${what}: the results stayed at ${up}, not ${hidden}`);
    if (c.tab === 'criteria') {
      // And a click made at once after such a scroll is taken.
      await scrollTo(past);
      await page.getByTestId('matrix-show-villages').click();
      await page.waitForFunction(
        () => document.querySelectorAll('[data-testid=matrix-table] th.cm-crit abbr').length === 15);
    }
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('on a phone the headline cards hold their figures: no sideways scroll, "of 294 villages" inside its card, both languages', async () => {
  for (const width of [390, 360]) {
    const { context, page, errors } = await openApp(browser, '', { viewport: { width, height: 844 }, isMobile: true, hasTouch: true });
    for (const lang of ['vi', 'en']) {
      if (lang === 'en') await toEnglish(page);
      const box = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        // Each "trên 294 xóm" / "of 294 villages" against its card's right edge.
        past: [...document.querySelectorAll('[data-testid=headline] .headline-figure')]
          .map((card) => {
            const of = card.querySelector('.headline-of');
            return of && of.getBoundingClientRect().right > card.getBoundingClientRect().right + 0.5 ? of.textContent : null;
          })
          .filter(Boolean),
      }));
      assert.ok(box.scrollWidth <= width, `${width} ${lang}: ${JSON.stringify(box)}`);
      assert.deepEqual(box.past, [], `${width} ${lang}: past its card`);
    }
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('on a phone the strip at the top says what its ▲ ▼ are against and keeps undo on the screen (screenshots saved)', async () => {
  const { context, page, errors } = await openApp(browser, '', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await setBudget(page, 150);
  await page.evaluate(() => window.scrollBy(0, 1500));
  await page.waitForFunction(() => !document.querySelector('[data-testid=headline-strip]').hidden);
  const strip = async () => page.evaluate(() => {
    const rect = (id) => document.querySelector(`[data-testid="${id}"]`).getBoundingClientRect();
    return { undoRight: rect('strip-history-undo').right, figureRight: rect('strip-headline-communes-2025').right, width: window.innerWidth };
  });
  for (const [lang, caption] of [['vi', '▲▼ so với kịch bản mặc định'], ['en', '▲▼ against the default scenario']]) {
    if (lang === 'en') {
      // The language button is at the top of the page, where the strip goes away.
      await toEnglish(page);
      await page.evaluate(() => window.scrollBy(0, 1500));
      await page.waitForFunction(() => !document.querySelector('[data-testid=headline-strip]').hidden);
    }
    const shown = page.getByTestId('strip-caption-default');
    assert.ok(await shown.isVisible(), `${lang}: the caption is on screen`);
    assert.equal((await shown.innerText()).trim(), caption);
    const box = await strip();
    assert.ok(box.undoRight <= box.width, `${lang}: undo inside the screen: ${JSON.stringify(box)}`);
    assert.ok(await page.getByTestId('strip-legend-default').isHidden(), `${lang}: the wide legend is left out`);
    await page.screenshot({ path: `${SHOTS}/app-390x844-strip-${lang}.png`, clip: { x: 0, y: 0, width: 390, height: 200 } });
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('on a phone the strip keeps "chưa rõ" beside an unclear difference, not a bare ▲ (320 px)', async () => {
  const { context, page, errors } = await openApp(browser, '', { viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });
  // +2% of the plan: one commune more, in too few paired runs to be news.
  await setBudget(page, 102);
  await page.evaluate(() => window.scrollBy(0, 1500));
  await page.waitForFunction(() => !document.querySelector('[data-testid=headline-strip]').hidden);
  const words = await page.evaluate(() => [...document.querySelectorAll('[data-testid=headline-strip] .strip-delta .delta-word')]
    .map((w) => ({ text: w.textContent.trim(), width: w.getBoundingClientRect().width })));
  const unclear = words.filter((w) => w.text === 'chưa rõ');
  assert.ok(unclear.length > 0, JSON.stringify(words));
  assert.ok(unclear.every((w) => w.width > 20), `shown, not only read out: ${JSON.stringify(words)}`);
  // "tốt hơn" stays read out only: the arrow and colour say it.
  assert.ok(words.filter((w) => w.text !== 'chưa rõ').every((w) => w.width <= 1), JSON.stringify(words));
  const undo = await page.getByTestId('strip-history-undo').boundingBox();
  assert.ok(undo.x + undo.width <= 320, `undo inside the screen: ${JSON.stringify(undo)}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('on a phone in English the district levers, an opened chart table and a tapped card stay on the screen', async () => {
  const width = 390;
  const { context, page, errors } = await openApp(browser, '', { viewport: { width, height: 844 }, isMobile: true, hasTouch: true });
  await toEnglish(page);
  // A select is as wide as its longest option: "As the level above (assigned by the province)"
  // made the page 442 px wide, and it stayed zoomed after the phone was turned.
  await page.getByTestId('scope-district').tap();
  await page.getByTestId('pick-district').selectOption({ index: 1 });
  const levers = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(levers <= width, `district levers: ${levers}`);
  // An opened table scrolls in its own box; the chart keeps the screen's width (it grew to
  // 562 px with the table, caption and legend cut).
  await page.getByTestId('scope-province').tap();
  const canvas = page.locator('canvas.chart-plot').first();
  const before = await canvas.evaluate((c) => c.getBoundingClientRect().width);
  await page.getByRole('button', { name: /Show the numbers/ }).first().tap();
  await page.locator('.chart-data-table').first().waitFor();
  const after = await canvas.evaluate((c) => c.getBoundingClientRect().width);
  assert.ok(Math.abs(after - before) < 2 && after <= width, `chart ${before} → ${after}`);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth) <= width, 'chart table');
  // A tapped card shows what a mouse's hover shows: the figure, its range, its targets' sources.
  const card = page.locator('[data-testid=headline] .headline-figure').first();
  await card.tap();
  const tip = card.locator('.tooltip');
  assert.ok(await tip.isVisible(), 'the tapped card\'s explanation shows');
  assert.match(await tip.innerText(), /Target source/);
  await page.locator('#headline-heading').tap();
  assert.ok(await tip.isHidden(), 'a tap elsewhere hides it');
  assert.deepEqual(errors, []);
  await context.close();
});

test('at 320 px the strip keeps undo on the screen and nothing spills sideways, levers nor assumptions', async () => {
  const { context, page, errors } = await openApp(browser, '', { viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });
  await setBudget(page, 150);
  await page.evaluate(() => window.scrollBy(0, 2500));
  await page.waitForFunction(() => !document.querySelector('[data-testid=headline-strip]').hidden);
  const undoRight = await page.getByTestId('strip-history-undo').evaluate((b) => b.getBoundingClientRect().right);
  assert.ok(undoRight <= 320, `undo ends at ${undoRight}`);
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 320, 'levers');
  await page.getByTestId('tab-assumptions').click();
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 320, 'assumptions');
  assert.deepEqual(errors, []);
  await context.close();
});

test('at 320 px the storyboard\'s rows stay on the screen, a long saved name too', async () => {
  const { context, page, errors } = await openApp(browser, '', { viewport: { width: 320, height: 800 }, isMobile: true, hasTouch: true });
  await page.getByTestId('screen-present').click();
  await page.getByTestId('story-save-name').fill('Kế hoạch phân bổ vốn giai đoạn 2021–2025 cho các xã biên giới của tỉnh Cao Bằng');
  await page.getByTestId('story-save').click();
  await page.getByTestId('story-item').first().waitFor();
  const adds = page.locator('.story-choice button:not([aria-disabled="true"])');
  await adds.first().click();
  assert.equal(await page.getByTestId('story-item').count(), 2);
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 320);
  const right = await page.locator('[data-testid^="story-remove-"]').evaluateAll((bs) => Math.max(...bs.map((b) => b.getBoundingClientRect().right)));
  assert.ok(right <= 320, `the remove buttons end at ${right}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('in forced colours (high contrast) the chosen tab, scope and chart differ from their neighbours', async () => {
  // Chosen was a background colour, which forced colours drop: all looked alike.
  const { context, page, errors } = await openApp(browser);
  await page.emulateMedia({ forcedColors: 'active' });
  const look = (selector) => page.locator(selector).evaluate((el) => getComputedStyle(el).backgroundColor);
  for (const [chosen, other] of [
    ['[data-testid=tab-levers]', '[data-testid=tab-assumptions]'],
    ['.segment.is-active', '.segment:not(.is-active) >> nth=0'],
    ['.chart-tab[aria-selected=true]', '.chart-tab[aria-selected=false] >> nth=0'],
    ['.screen-tab.is-current', '.screen-tab:not(.is-current) >> nth=0'],
  ]) {
    assert.notEqual(await look(chosen), await look(other), `${chosen} against ${other}`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('on a phone the report, the comparison and the slides fit the screen\'s width (screenshots saved)', async () => {
  const { context, page, errors } = await openApp(browser, '', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const width = () => page.evaluate(() => document.documentElement.scrollWidth);
  await page.getByTestId('screen-report').click();
  await page.waitForFunction(() => document.querySelector('[data-testid="report"]')?.dataset.final === 'true');
  assert.ok(await width() <= 390, `report: ${await width()} px`);
  await page.screenshot({ path: `${SHOTS}/report-390x844-vi.png` });
  await page.getByTestId('screen-compare').click();
  await page.getByTestId('compare-view').waitFor();
  assert.ok(await width() <= 390, `comparison: ${await width()} px`);
  // Both scenarios' columns on the screen: B's was past the edge of its table's box.
  const tables = page.locator('.compare.screen .compare-table');
  for (let t = 0; t < await tables.count(); t += 1) {
    const box = await tables.nth(t).evaluate((el) => {
      const scroller = el.closest('.table-scroll') ?? el.parentElement;
      return { scroll: scroller.scrollWidth, client: scroller.clientWidth };
    });
    assert.ok(box.scroll <= box.client + 1, `comparison table ${t}: ${box.scroll} px in ${box.client}`);
  }
  const last = await page.locator('.compare.screen .compare-table').first().locator('thead th').last().boundingBox();
  assert.ok(last.x + last.width <= 390, `B's column ends at ${last.x + last.width}`);
  // A scenario with levers of its own, for its levers slide, and a district's, for a district
  // slide.
  await page.getByTestId('screen-workspace').click();
  await setBudget(page, 135);
  await page.getByTestId('rule-poorest').check();
  await page.getByTestId('scope-district').click();
  await page.getByTestId('pick-district').selectOption({ label: 'Bảo Lạc' });
  const lead = page.locator('[data-testid^="district-"][data-testid$="-leadership"]');
  await setNumber(page, await lead.getAttribute('data-testid'), 95);
  await page.getByTestId('screen-present').click();
  await page.getByTestId('present-start').click();
  await page.getByTestId('presentation').waitFor();
  const counter = () => page.getByTestId('slide-counter').innerText();
  const exit = await page.getByTestId('present-exit').boundingBox();
  assert.ok(exit.x + exit.width <= 390, `Thoát ends at ${exit.x + exit.width}`);
  // The levers slide's table shows every column (the scenario's own values were past the
  // edge), and its type is not shrunk below what a phone reads (kickers were 10.8 px).
  await page.keyboard.press('ArrowRight');
  await page.getByTestId('slide-levers').waitFor();
  await page.waitForTimeout(300);
  const levers = await page.getByTestId('slide-levers').evaluate((slide) => {
    const scroller = slide.querySelector('.table-scroll');
    return {
      scroll: scroller.scrollWidth,
      client: scroller.clientWidth,
      kicker: parseFloat(getComputedStyle(slide.querySelector('.slide-kicker')).fontSize),
    };
  });
  assert.ok(levers.scroll <= levers.client + 1, `levers table: ${levers.scroll} px in ${levers.client}`);
  const own = await page.getByTestId('slide-levers').getByTestId('lever-value-1').first().boundingBox();
  assert.ok(own.x + own.width <= 390, `the scenario's own value ends at ${own.x + own.width}`);
  assert.ok(levers.kicker >= 12, `kicker ${levers.kicker} px`);
  // No slide wider than the phone: a sideways pan turns the page, so what is past the edge
  // could not be reached (the district slides were 555 px, the headline cards 409).
  const total = Number((await counter()).match(/\/(\d+)/)[1]);
  for (let n = 2; n <= total; n += 1) {
    const wide = await page.locator('.present-slide').evaluate((s) => s.scrollWidth - s.clientWidth);
    assert.ok(wide <= 1, `${await counter()}: ${wide} px past the edge`);
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(250);
  }
  await page.keyboard.press('Home');
  // A tall slide (the headline's six cards) says there is more below, without the "↓ key" a
  // phone does not have.
  for (let i = 0; i < 6 && (await page.getByTestId('slide-headline').count()) === 0; i += 1) {
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(150);
  }
  await page.getByTestId('slide-headline').waitFor();
  await page.getByTestId('present-more').waitFor();
  assert.equal(await page.getByTestId('present-more').innerText(), '↓ Còn tiếp bên dưới');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a year\'s budget cell shows a four-digit amount whole (2.500 was cut to "2.50")', async () => {
  const { context, page, errors } = await openApp(browser);
  await page.evaluate(() => document.querySelectorAll('.pane details').forEach((d) => { d.open = true; }));
  const cell = page.getByTestId('budget-table-central_ntm-2021');
  for (const [typed, shown] of [['2500', '2.500'], ['112,5', '112,5'], ['999', '999']]) {
    await cell.fill(typed);
    await cell.press('Tab');
    await page.waitForFunction(([id, v]) => document.querySelector(`[data-testid="${id}"]`).value === v, ['budget-table-central_ntm-2021', shown]);
    const fits = await cell.evaluate((e) => e.scrollWidth <= e.clientWidth);
    assert.ok(fits, `${shown} fits its box`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('the assumptions and a commune detail at 1366×768 (screenshots saved)', async () => {
  const { context, page, errors } = await openApp(browser);
  await page.getByTestId('scope-commune').click();
  await page.getByTestId('commune-search').fill('tien thanh');
  await page.getByTestId('commune-list').selectOption({ index: 0 });
  await page.getByTestId('open-commune-detail').click();
  await page.getByTestId('commune-detail').waitFor();
  await page.screenshot({ path: `${SHOTS}/commune-1366x768-vi.png` });
  await page.keyboard.press('Escape');
  await page.getByTestId('commune-detail').waitFor({ state: 'detached' });
  await page.getByTestId('tab-assumptions').click();
  await page.getByTestId('assumptions-panel').waitFor();
  await page.screenshot({ path: `${SHOTS}/assumptions-1366x768-vi.png` });
  await toEnglish(page);
  await page.screenshot({ path: `${SHOTS}/assumptions-1366x768-en.png` });
  assert.deepEqual(errors, []);
  await context.close();
});

test('"Mở rộng kết quả" shows all 19 criteria of the matrix at 1366×768 and gives the levers back (screenshot saved)', async () => {
  const { context, page, errors } = await openApp(browser);
  await page.getByTestId('tab-criteria').click();
  const overflow = () => page.evaluate(() => {
    const s = document.querySelector('.cm-scroll');
    return s.scrollWidth - s.clientWidth;
  });
  await page.locator('.cm-scroll').waitFor();
  assert.ok(await overflow() > 100, 'beside the levers the matrix scrolls sideways');
  const widen = page.getByTestId('widen-results');
  await widen.click();
  assert.equal(await widen.getAttribute('aria-pressed'), 'true');
  assert.equal(await page.locator('.pane-scenario').isVisible(), false);
  assert.ok(await overflow() <= 1, 'widened, every column shows');
  await page.screenshot({ path: `${SHOTS}/matrix-wide-1366x768-vi.png` });
  await widen.click();
  assert.equal(await widen.getAttribute('aria-pressed'), 'false');
  assert.equal(await page.locator('.pane-scenario').isVisible(), true);
  assert.deepEqual(errors, []);
  await context.close();
});

test('axe-core finds no serious or critical accessibility problem, nor two landmarks named alike, in any main view', async () => {
  const { context, page, errors } = await openApp(browser, '#s=AAAA');
  await page.getByTestId('link-error').waitFor(); // Check the banner too.
  await openAllDetails(page);
  const found = {};
  const check = async (name) => {
    const v = await axe(page);
    if (v.length) found[name] = v;
  };
  await check('levers: province, with a link error');
  await page.getByTestId('scope-district').click();
  await page.getByTestId('pick-district').selectOption({ index: 2 });
  await check('levers: district');
  await page.getByTestId('scope-commune').click();
  await page.getByTestId('commune-list').selectOption({ index: 10 });
  await check('levers: commune');
  await page.getByTestId('open-commune-detail').click();
  await page.getByTestId('commune-detail').waitFor();
  await check('commune detail');
  await page.keyboard.press('Escape');
  await page.getByTestId('commune-detail').waitFor({ state: 'detached' });
  await page.getByTestId('tab-assumptions').click();
  await check('assumptions');
  await page.getByTestId('tab-criteria').click();
  await toEnglish(page);
  await check('criteria, in English');
  assert.deepEqual(found, {});
  assert.deepEqual(errors, []);
  await context.close();
});

test('every control can be reached with the keyboard and has a name', async () => {
  const { context, page, errors } = await openApp(browser);
  const unnamed = await page.evaluate(() => {
    const controls = [...document.querySelectorAll('input, select, button, [tabindex="0"]')];
    return controls
      // A tab list keeps only its selected tab in the Tab order (arrow keys move between tabs).
      .filter((el) => el.tabIndex < 0 && !el.disabled
        && !(el.getAttribute('role') === 'tab' && el.getAttribute('aria-selected') === 'false'))
      .map((el) => el.outerHTML.slice(0, 80));
  });
  assert.deepEqual(unnamed, [], 'controls kept out of the tab order');
  // Tab from the top reaches the language toggle, the headline figures and the first lever.
  const reached = new Set();
  for (let i = 0; i < 40; i += 1) {
    await page.keyboard.press('Tab');
    reached.add(await page.evaluate(() => document.activeElement?.dataset?.testid
      ?? document.activeElement?.querySelector('data')?.dataset?.testid ?? ''));
  }
  for (const id of ['lang-toggle', 'headline-villages-2020', 'headline-below15-2025', 'tab-levers', 'lever-budget-scale']) {
    assert.ok(reached.has(id), `${id} not reached by Tab: ${[...reached].join(' ')}`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});
