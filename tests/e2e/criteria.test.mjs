// The criteria matrix shows the right count of met criteria for communes whose data we know.
// The page opens a "frozen" scenario (no money, no trend, no slips, no sampling: every year is
// the base state; made by crates/ntm-model/tests/links.rs), so each commune's count must equal
// what its row in communes.csv says: criteria at or above 100% of the threshold.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, BASE_URL, waitForApp, openApp } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const FROZEN = readFileSync(new URL('./fixtures/frozen.link', import.meta.url), 'utf8').trim();
const COMMUNES = readFileSync(new URL('../../crates/ntm-model/data/caobang-2020/communes.csv', import.meta.url), 'utf8');

/** Criteria met at the base date by the commune with `code`, from the data file. */
function metInData(code) {
  const [header, ...rows] = COMMUNES.trim().split('\n').map((l) => l.split(','));
  const row = rows.find((r) => r[0] === code);
  const first = header.indexOf('c01');
  return row.slice(first).filter((v) => Number(v) >= 100).length;
}

test('the criteria matrix scrolls inside its box: neither the page nor the results pane scrolls sideways', async () => {
  for (const viewport of [{ width: 1366, height: 768 }, { width: 390, height: 844 }]) {
    const { context, page, errors } = await openApp(browser, '', { viewport });
    await page.getByTestId('tab-criteria').click();
    await page.getByTestId('matrix-table').waitFor();
    const widths = await page.evaluate(() => {
      const pane = document.querySelector('.pane-results');
      return {
        page: document.documentElement.scrollWidth,
        window: window.innerWidth,
        pane: pane.scrollWidth,
        paneShown: pane.clientWidth,
      };
    });
    assert.ok(widths.page <= widths.window, `${viewport.width}: ${JSON.stringify(widths)}`);
    assert.ok(widths.pane <= widths.paneShown + 1, `${viewport.width}: ${JSON.stringify(widths)}`);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('the criteria matrix counts the met criteria that the data gives', async () => {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${BASE_URL}#${FROZEN}`);
  await waitForApp(page);
  await page.getByTestId('tab-criteria').click();
  await page.getByTestId('matrix-table').waitFor();
  assert.match(await page.getByTestId('matrix-illustrative').innerText(), /^Tên và mã xã là thật; tình trạng tiêu chí/);
  // Sóc Hà (recognised 2019: all 19), Cốc Pàng and Lũng Nặm (1385 scope), Hưng Đạo (city).
  for (const code of ['01417', '01324', '01393', '01705']) {
    const want = metInData(code);
    const cell = page.getByTestId(`matrix-met-${code}`);
    await cell.waitFor();
    assert.equal(Number(await cell.getAttribute('value')), want, `commune ${code}`);
    assert.equal(await cell.innerText(), `${want},0`, `commune ${code}, as shown`);
  }
  assert.equal(metInData('01417'), 19);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the village matrix shows each criteria group once, communications (15) with the other infrastructure', async () => {
  const { context, page, errors } = await openApp(browser, '');
  await page.getByTestId('tab-criteria').click();
  await page.getByTestId('matrix-show-villages').click();
  // The village table's own count of columns (the commune table has a criterion 15 too).
  await page.waitForFunction(
    () => document.querySelectorAll('[data-testid=matrix-table] th.cm-crit abbr').length === 15,
  );
  const { groups, numbers } = await page.evaluate(() => {
    const table = document.querySelector('[data-testid=matrix-table]');
    return {
      groups: [...table.querySelectorAll('th.cm-group')].map((th) => [th.textContent.trim().split('.')[0], th.colSpan]),
      numbers: [...table.querySelectorAll('th.cm-crit abbr')].map((a) => Number(a.textContent.trim())),
    };
  });
  assert.deepEqual(groups.map((g) => g[0]), ['II', 'III', 'IV', 'V'], JSON.stringify(groups));
  assert.equal(groups[0][1], 6, JSON.stringify(groups));
  assert.deepEqual(numbers, [1, 2, 3, 4, 5, 15, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
  // Said in words where it is read, not left to look like a mistake.
  assert.equal(
    (await page.getByTestId('matrix-moved-note').innerText()).trim(),
    'Các cột xếp theo nhóm tiêu chí: tiêu chí 15 đứng cùng nhóm của nó.',
  );
  // Each row's cells follow the headers: 15 cells of criteria per village row.
  const cells = await page.locator('[data-testid^=matrix-row-]').first().locator('td.cm-cell').count();
  assert.equal(cells, 15);
  // A screen reader hears each figure as the share it is ("48%", "48%, tiêu chí vướng"), a
  // symbol as itself: it heard "48 , tiêu chí vướng".
  const said = await page.locator('td.cm-cell').evaluateAll((tds) => tds.map((td) => td.textContent));
  const figures = said.filter((t) => /^(<1|\d+)/.test(t));
  assert.ok(figures.length > 0, said.slice(0, 20).join(' | '));
  for (const t of figures) assert.match(t, /^(<1|\d+)%(, tiêu chí vướng)?$/);
  for (const t of said.filter((x) => /^[✓✗]/.test(x))) assert.match(t, /^[✓✗](, tiêu chí vướng)?$/);
  // The commune set is listed by group already: no note there.
  await page.getByTestId('matrix-show-communes').click();
  await page.getByTestId('sort-criterion-19').waitFor();
  assert.equal(await page.getByTestId('matrix-moved-note').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});
