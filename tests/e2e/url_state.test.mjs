// The address bar is the share link (the model's codec, #s=…): a reload or a new browser gives
// the same state back; the autosave keeps the work when the address has no link; a broken or
// hostile link shows what is wrong, in both languages, and the defaults, and the page keeps
// working; a damaged autosave is set aside and reported.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, openApp, headline, setBudget, setNumber, waitForApp, watch, BASE_URL, hash,
} from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('reloading the page gives back the same levers, view and headline', async () => {
  const { context, page, errors } = await openApp(browser);
  await setBudget(page, 170);
  await setNumber(page, 'lever-training-vocational', 30);
  await page.getByTestId('tab-assumptions').click();
  const figures = await headline(page);
  assert.match(hash(page), /^#s=[A-Za-z0-9_-]+$/);

  await page.reload();
  await waitForApp(page);
  assert.equal(await page.getByTestId('tab-assumptions').getAttribute('aria-selected'), 'true');
  assert.deepEqual(await headline(page), figures);
  await page.getByTestId('tab-levers').click();
  assert.equal(await page.getByTestId('lever-budget-scale').inputValue(), '170');
  assert.equal(await page.getByTestId('lever-training-vocational').inputValue(), '30');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the autosave brings the work back when the address has no link', async () => {
  const { context, page, errors } = await openApp(browser);
  await setBudget(page, 140);
  const figures = await headline(page);
  // Same browser profile, address without a fragment.
  const again = await context.newPage();
  const errors2 = watch(again);
  await again.goto(BASE_URL);
  await waitForApp(again);
  assert.equal(await again.getByTestId('lever-budget-scale').inputValue(), '140');
  assert.deepEqual(await headline(again), figures);
  assert.deepEqual([...errors, ...errors2], []);
  await context.close();
});

test('the copied address opens the same state in a new browser', async () => {
  const first = await openApp(browser);
  await setBudget(first.page, 45);
  await first.page.getByTestId('lang-toggle').click();
  await first.page.waitForFunction(() => document.documentElement.lang === 'en');
  const url = first.page.url();
  const figures = await headline(first.page);
  await first.context.close();

  const second = await openApp(browser, new URL(url).hash);
  assert.equal(await second.page.getByTestId('lever-budget-scale').inputValue(), '45');
  assert.equal(await second.page.locator('html').getAttribute('lang'), 'en');
  assert.deepEqual(await headline(second.page), figures);
  assert.equal(await second.page.getByTestId('link-error').count(), 0);
  assert.deepEqual(second.errors, []);
  await second.context.close();
});

/** What the criteria matrix shows: its filters, its rows in order, its sort and its count. */
const matrixState = (p) => p.evaluate(() => ({
  district: document.querySelector('[data-testid=filter-district]').value,
  status: document.querySelector('[data-testid=filter-status]').value,
  search: document.querySelector('[data-testid=filter-search]').value,
  rows: [...document.querySelectorAll('[data-testid=matrix-table] tbody:not(.cm-other) tr.cm-row')].map((r) => r.dataset.testid),
  sorted: [...document.querySelectorAll('[data-testid=matrix-table] th[aria-sort]')]
    .filter((th) => th.getAttribute('aria-sort') !== 'none').map((th) => `${th.textContent.trim()} ${th.getAttribute('aria-sort')}`),
  count: document.querySelector('[data-testid=matrix-count]').textContent,
}));

test('the criteria matrix as the planner left it travels in the link: a colleague sees the same communes', async () => {
  // "Look at the xã of Bảo Lạc still short of the standard": the filters and the sort are
  // part of what is shared, and they outlast a visit to the charts.
  const first = await openApp(browser);
  const { page } = first;
  await page.getByTestId('tab-criteria').click();
  await page.waitForFunction(() => /#s=/.test(location.hash));
  const opened = page.url();
  await page.getByTestId('filter-district').selectOption({ label: 'Bảo Lạc' });
  await page.getByTestId('filter-status').selectOption({ index: 3 });
  await page.getByTestId('filter-search').fill('Bảo');
  await page.getByTestId('sort-met').click();
  const state = matrixState;
  // The address follows the matrix.
  await page.waitForFunction((before) => location.href !== before, opened);
  const left = await state(page);
  assert.ok(left.rows.length >= 1, JSON.stringify(left));
  assert.equal(left.search, 'Bảo');
  assert.equal(left.sorted.length, 1, JSON.stringify(left));
  // Kept while the charts are shown.
  await page.getByTestId('tab-charts').click();
  await page.getByTestId('tab-criteria').click();
  assert.deepEqual(await state(page), left);
  const url = page.url();
  await first.context.close();

  const second = await openApp(browser, new URL(url).hash);
  assert.equal(await second.page.getByTestId('tab-criteria').getAttribute('aria-selected'), 'true');
  await second.page.getByTestId('matrix-table').waitFor();
  const shown = await state(second.page);
  assert.deepEqual(shown, left);
  assert.equal(await second.page.getByTestId('link-error').count(), 0);
  assert.deepEqual(second.errors, []);
  await second.context.close();
});

test('the autosave keeps the criteria matrix as it was left: reopening without a link shows the same communes', async () => {
  const { context, page, errors } = await openApp(browser);
  await setBudget(page, 120);
  await page.getByTestId('tab-criteria').click();
  await page.getByTestId('filter-district').selectOption({ label: 'Hà Quảng' });
  await page.getByTestId('filter-status').selectOption({ index: 3 });
  await page.getByTestId('sort-met').click();
  const left = await matrixState(page);
  assert.ok(left.rows.length >= 1, JSON.stringify(left));
  assert.equal(left.sorted.length, 1, JSON.stringify(left));
  // Same browser profile, address without a fragment: only the autosave can bring it back.
  const again = await context.newPage();
  const errors2 = watch(again);
  await again.goto(BASE_URL);
  await waitForApp(again);
  assert.equal(await again.getByTestId('lever-budget-scale').inputValue(), '120');
  assert.equal(await again.getByTestId('tab-criteria').getAttribute('aria-selected'), 'true');
  await again.getByTestId('matrix-table').waitFor();
  assert.deepEqual(await matrixState(again), left);
  assert.deepEqual([...errors, ...errors2], []);
  await context.close();
});

/** URL-safe base64 of `bytes`. */
const b64 = (bytes) => Buffer.from(bytes).toString('base64url');

/** A raw (undeflated) version-1 link payload: `datasetId`, and `runs` if given; every other
 *  field at its default (postcard: an absent option is 0, an empty list is 0). */
function link(datasetId, runs) {
  const id = [...Buffer.from(datasetId)];
  const delta = [0, runs === undefined ? 0 : [1, runs], 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0].flat();
  const view = [0, 0, 0, 0, 0, 0];
  return b64([0, 0, id.length, ...id, 1, ...delta, ...view]);
}

// (fragment, what the message must say in Vietnamese, and in English)
const BAD_LINKS = [
  ['#budget=abc', /không chứa kịch bản/, /contains no scenario/],
  ['#s=<img src=x onerror=alert(1)>', /ký tự mà liên kết kịch bản không bao giờ có/, /characters a scenario link never has/],
  ['#s=AAAA', /bị hỏng hoặc bị cắt ngắn/, /damaged or cut short/],
  [`#s=${b64([0, 9, 1, 2, 3])}`, /phiên bản NTM Planner mới hơn/, /newer version of NTM Planner/],
  [`#s=${'A'.repeat(9000)}`, /quá dài/, /too long/],
  [`#s=${link('<b>other</b>')}`, /bộ dữ liệu “<b>other<\/b>”/, /dataset “<b>other<\/b>”/],
  // A bad value named by its lever as the panel says it, then its field.
  [`#s=${link('caobang-2020', 0)}`, /giá trị không hợp lệ: [^(]+ \(runs\): 0 phải nằm trong khoảng 1 đến 20\.000/,
    /not valid: [^(]+ \(runs\): 0 must be between 1 and 20,000/],
];

test('each kind of broken or hostile link says what is wrong and shows the defaults', async () => {
  const clean = await openApp(browser);
  const defaults = await headline(clean.page);
  await clean.context.close();

  for (const [fragment, vi, en] of BAD_LINKS) {
    const { context, page, errors } = await openApp(browser, fragment);
    const message = page.getByTestId('link-error');
    await message.waitFor();
    const text = await message.innerText();
    assert.match(text, vi, fragment.slice(0, 40));
    assert.match(text, en, fragment.slice(0, 40));
    assert.match(text, /kịch bản mặc định/);
    assert.match(text, /default scenario/);
    assert.equal(await page.locator('img, b', { hasText: /other/ }).count(), 0, 'link content rendered as HTML');
    assert.equal(await page.locator('main img').count(), 0, 'link content rendered as HTML');
    assert.equal(await page.getByTestId('lever-budget-scale').inputValue(), '100', fragment.slice(0, 40));
    assert.deepEqual(await headline(page), defaults, fragment.slice(0, 40));

    // The page keeps working, and the address bar gets a good link again.
    await setBudget(page, 120);
    assert.match(hash(page), /^#s=[A-Za-z0-9_-]+$/);
    await message.getByRole('button', { name: 'Đóng' }).click();
    await message.waitFor({ state: 'detached' });
    assert.deepEqual(errors, [], fragment.slice(0, 40));
    await context.close();
  }
});

test('a bad link does not overwrite yesterday\'s work, which can be reopened', async () => {
  const { context, page, errors } = await openApp(browser);
  await setBudget(page, 160);
  const bad = await context.newPage();
  const errors2 = watch(bad);
  await bad.goto(`${BASE_URL}#s=AAAA`);
  await waitForApp(bad);
  assert.equal(await bad.getByTestId('lever-budget-scale').inputValue(), '100');
  await bad.getByTestId('restore-autosave').click();
  await bad.waitForFunction(() =>
    document.querySelector('[data-testid="lever-budget-scale"]').value === '160');
  assert.equal(await bad.getByTestId('link-error').count(), 0);
  assert.deepEqual([...errors, ...errors2], []);
  await context.close();
});

test('editing after a link keeps yesterday\'s work in the library; a bad link stays in the address bar until then', async () => {
  const { context, page, errors } = await openApp(browser);
  await setBudget(page, 160);
  const bad = await context.newPage();
  const errors2 = watch(bad);
  const broken = `${BASE_URL}#s=AAAA`;
  await bad.goto(broken);
  await waitForApp(bad);
  // The address keeps the link the page was opened with: a reload offers the work back again.
  assert.equal(bad.url(), broken);
  await bad.reload();
  await waitForApp(bad);
  assert.equal(await bad.getByTestId('restore-autosave').count(), 1);
  // The first edit here is autosaved over yesterday's work, which the library keeps.
  await setBudget(bad, 90);
  const kept = bad.getByTestId('autosave-kept');
  await kept.waitFor();
  const said = await kept.innerText();
  assert.match(said, /đã được giữ trong thư viện “Kịch bản” với tên “Tự lưu trước khi mở liên kết”/);
  assert.match(said, /kept in the “Scenarios” library as “Tự lưu trước khi mở liên kết”/);
  assert.match(hash(bad), /^#s=[A-Za-z0-9_-]+$/);
  assert.notEqual(bad.url(), broken);
  await bad.getByTestId('library-open').click();
  await bad.getByTestId('library-dialog').waitFor();
  await bad.getByTestId('lib-tab-saved').click();
  const item = bad.getByTestId('library-dialog').locator('li', { hasText: 'Tự lưu trước khi mở liên kết' });
  await item.waitFor();
  assert.match(await item.innerText(), /160/);
  assert.deepEqual([...errors, ...errors2], []);
  await context.close();
});

test('a broken link the page was opened with leaves the address bar once its notice is closed: a reload does not bring the error back', async () => {
  const { context, page, errors } = await openApp(browser);
  await setBudget(page, 160);
  const bad = await context.newPage();
  const errors2 = watch(bad);
  const broken = `${BASE_URL}#s=AAAA`;
  await bad.goto(broken);
  await waitForApp(bad);
  await bad.getByTestId('link-error-dismiss').click();
  await bad.waitForFunction((b) => location.href !== b, broken);
  assert.match(hash(bad), /^#s=[A-Za-z0-9_-]+$/);
  assert.equal(await bad.getByTestId('lever-budget-scale').inputValue(), '100');
  await bad.reload();
  await waitForApp(bad);
  assert.equal(await bad.getByTestId('link-error').count(), 0);
  assert.equal(await bad.getByTestId('lever-budget-scale').inputValue(), '100', 'the defaults, as before the reload');
  // Yesterday's work was not written over: it is still offered back.
  await bad.getByTestId('restore-autosave').click();
  await bad.waitForFunction(() =>
    document.querySelector('[data-testid="lever-budget-scale"]').value === '160');
  assert.deepEqual([...errors, ...errors2], []);
  await context.close();
});

test('a link pasted into the page over unsaved work: a reload still offers the work, the next edit keeps it', async () => {
  // The link's scenario was autosaved over the work at once: a reload lost it.
  const { context, page, errors } = await openApp(browser);
  await setBudget(page, 160);
  const colleague = hash(page);
  await setBudget(page, 80);
  await page.evaluate((h) => { window.location.hash = h; }, colleague);
  await page.waitForFunction(() => document.querySelector('[data-testid=lever-budget-scale]')?.value === '160');
  await waitForApp(page);
  await page.reload();
  await waitForApp(page);
  assert.equal(await page.getByTestId('lever-budget-scale').inputValue(), '160');
  assert.equal(await page.getByTestId('restore-autosave').count(), 1, 'the work is offered back');
  await setBudget(page, 90);
  await page.getByTestId('autosave-kept').waitFor();
  await page.getByTestId('library-open').click();
  await page.getByTestId('library-dialog').waitFor();
  await page.getByTestId('lib-tab-saved').click();
  const item = page.getByTestId('library-dialog').locator('li', { hasText: 'Tự lưu trước khi mở liên kết' });
  await item.waitFor();
  assert.match(await item.innerText(), /80% kế hoạch/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a link to a scenario of 12 runs shows its difference from the default, as the sender saw it', async () => {
  // Done in its first batch, the scenario scheduled nothing more, and the default was never
  // run on a page opened with the link: every "so với mặc định" was missing.
  const first = await openApp(browser);
  await first.page.getByTestId('tab-assumptions').click();
  await setNumber(first.page, 'setting-runs', 12);
  await first.page.getByTestId('tab-levers').click();
  await setBudget(first.page, 140);
  const delta = '[data-testid="headline-villages-2025-vs-default"]';
  await first.page.locator(delta).waitFor();
  const url = first.page.url();
  await first.context.close();
  const second = await openApp(browser, new URL(url).hash);
  await second.page.locator(delta).waitFor({ timeout: 20_000 });
  assert.deepEqual([...first.errors, ...second.errors], []);
  await second.context.close();
});

test('two tabs: an edit in one does not silently overwrite the work the other autosaved', async () => {
  // Tab A open, tab B opened beside it, B's work autosaved and B closed: A's next edit used to
  // write over it with no word, and B's work was gone.
  const { context, page: a, errors } = await openApp(browser);
  const b = await context.newPage();
  const errorsB = watch(b);
  await b.goto(BASE_URL);
  await waitForApp(b);
  await setBudget(b, 160);
  const bWork = await b.evaluate(() => localStorage.getItem('ntm-planner/autosave/v1'));
  await b.close();
  await setBudget(a, 120);
  const kept = await a.evaluate(() => Object.keys(localStorage)
    .filter((k) => k.startsWith('ntm-planner/set-aside/'))
    .map((k) => localStorage.getItem(k)));
  assert.deepEqual(kept, [bWork], 'B\'s work is copied aside, whole');
  assert.match(await a.getByTestId('autosave-kept').innerText(), /ntm-planner\/set-aside\//);
  // A's own next edits write over its own autosave: nothing more is set aside.
  await setBudget(a, 130);
  const count = await a.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('ntm-planner/set-aside/')).length);
  assert.equal(count, 1);
  assert.deepEqual([...errors, ...errorsB], []);
  await context.close();
});

test('what was set aside can be saved back to the library, downloaded and deleted from the scenarios dialog', async () => {
  const { context, page, errors } = await openApp(browser);
  await setBudget(page, 155);
  // Two copies set aside: yesterday's readable autosave and a damaged one.
  await page.evaluate(() => {
    const autosave = localStorage.getItem('ntm-planner/autosave/v1');
    localStorage.setItem('ntm-planner/set-aside/2026-11-30T08:00:00.000Z', autosave);
    localStorage.setItem('ntm-planner/set-aside/2026-11-29T08:00:00.000Z', '{"format": "ntm-planner-autos');
  });
  await setBudget(page, 100);
  await page.getByTestId('library-open').click();
  await page.getByTestId('library-dialog').waitFor();
  await page.getByTestId('lib-tab-files').click();
  const items = page.getByTestId('set-aside-item');
  assert.equal(await items.count(), 2);
  assert.match(await items.nth(0).innerText(), /Bản tự lưu không đọc được, cất lúc 29\/11\/2026/);
  assert.match(await items.nth(1).innerText(), /Bản tự lưu, cất lúc 30\/11\/2026/);
  assert.match(await items.nth(1).innerText(), /155%/);
  // Back into the library.
  await items.nth(1).getByTestId('set-aside-save').click();
  await items.nth(1).getByTestId('set-aside-in-library').waitFor();
  await page.getByTestId('lib-tab-saved').click();
  await page.getByTestId('library-dialog').locator('li', { hasText: 'Bản tự lưu đã cất' }).waitFor();
  // The damaged one can be downloaded as it is, then deleted (with a second press).
  await page.getByTestId('lib-tab-files').click();
  const download = page.waitForEvent('download');
  await items.nth(0).getByTestId('set-aside-download').click();
  assert.match((await download).suggestedFilename(), /^ntm-planner-2026-11-29T08-00-00-000Z\.json$/);
  const remove = items.nth(0).getByTestId('set-aside-remove');
  await remove.click();
  assert.equal(await items.count(), 2, 'one press only arms it');
  assert.match(await remove.innerText(), /Bấm lần nữa để xóa vĩnh viễn/);
  await remove.click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="set-aside-item"]').length === 1);
  assert.equal(await page.evaluate(() => localStorage.getItem('ntm-planner/set-aside/2026-11-29T08:00:00.000Z')), null);
  assert.deepEqual(errors, []);
  await context.close();
});

/** The share link a colleague in another browser sends: the defaults with the budget at `pct` %. */
async function colleaguesLink(pct) {
  const other = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const theirs = await other.newPage();
  await theirs.goto(BASE_URL);
  await waitForApp(theirs);
  await setBudget(theirs, pct);
  const link = theirs.url();
  await other.close();
  return link;
}

/** A browser whose autosave holds `value` (damaged) when its first page opens. */
async function withDamagedAutosave(value) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  await context.addInitScript((v) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('ntm-planner/autosave/v1', v);
      sessionStorage.setItem('seeded', '1');
    }
  }, value);
  return context;
}

test('a colleague\'s good link opened over unsaved work says the work is still here and gives it back', async () => {
  const { context, page, errors } = await openApp(browser);
  await setBudget(page, 77);
  const link = await colleaguesLink(150);
  const opened = await context.newPage();
  const errors2 = watch(opened);
  await opened.goto(link);
  await waitForApp(opened);
  assert.equal(await opened.getByTestId('lever-budget-scale').inputValue(), '150');
  const notice = opened.getByTestId('autosave-displaced');
  assert.match(await notice.innerText(), /Kịch bản tự lưu bạn đang làm trước đó vẫn còn/);
  assert.match(await notice.innerText(), /autosaved scenario you were working on is still here/);
  // On a phone the notice's text keeps the width and its buttons go under it.
  await opened.setViewportSize({ width: 390, height: 844 });
  assert.ok(await opened.evaluate(() => document.documentElement.scrollWidth) <= 390, 'no sideways scroll');
  await opened.setViewportSize({ width: 1366, height: 768 });
  await opened.getByTestId('restore-autosave').click();
  await opened.waitForFunction(() => document.querySelector('[data-testid="lever-budget-scale"]').value === '77');
  assert.equal(await notice.count(), 0);
  // The link's scenario is one step back.
  await opened.getByTestId('history-undo').click();
  await opened.waitForFunction(() => document.querySelector('[data-testid="lever-budget-scale"]').value === '150');
  assert.deepEqual([...errors, ...errors2], []);
  await context.close();
});

test('a damaged autosave beside a good link says the link\'s scenario is shown, not the defaults', async () => {
  const link = await colleaguesLink(150);
  const context = await withDamagedAutosave('garbage');
  const page = await context.newPage();
  const errors = watch(page);
  await page.goto(link);
  await waitForApp(page);
  assert.equal(await page.getByTestId('lever-budget-scale').inputValue(), '150');
  const text = await page.getByTestId('storage-error').innerText();
  assert.match(text, /Đang hiển thị kịch bản của liên kết trong địa chỉ trang/);
  assert.match(text, /The scenario of the link in the page's address is shown/);
  assert.doesNotMatch(text, /mặc định|default scenario/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a damaged autosave is set aside, reported in both languages, and not fatal', async () => {
  const context = await withDamagedAutosave('{"format":"ntm-planner-autosave","version":1,"view":');
  const page = await context.newPage();
  const errors = watch(page);
  await page.goto(BASE_URL);
  await waitForApp(page);
  const text = await page.getByTestId('storage-error').innerText();
  assert.match(text, /bị hỏng/);
  assert.match(text, /damaged/);
  const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('ntm-planner/set-aside/')));
  assert.equal(kept.length, 1, 'set aside under another key');
  assert.equal(await page.getByTestId('lever-budget-scale').inputValue(), '100');
  await setBudget(page, 130);
  await page.reload();
  await waitForApp(page);
  assert.equal(await page.getByTestId('storage-error').count(), 0, 'the next load starts clean');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a kept comparison naming a deleted scenario says it was left out, once', async () => {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  await context.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('ntm-planner/stage/v1', JSON.stringify({
        format: 'ntm-planner-stage',
        version: 1,
        compare: ['saved:s999', 'current'],
        story: ['saved:s42'],
        bands: true,
      }));
      sessionStorage.setItem('seeded', '1');
    }
  });
  const page = await context.newPage();
  const errors = watch(page);
  await page.goto(BASE_URL);
  await waitForApp(page);
  const text = await page.getByTestId('stage-error').innerText();
  assert.match(text, /Đã bỏ ra 2 mục/);
  assert.match(text, /Left out: 2/);
  // Written back without them: the next visit has nothing to say.
  await page.waitForFunction(() => !localStorage.getItem('ntm-planner/stage/v1')?.includes('s999'));
  await page.reload();
  await waitForApp(page);
  assert.equal(await page.getByTestId('stage-error').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a broken link pasted into the same tab keeps the work, says so, and puts the work\'s link back', async () => {
  const { context, page, errors } = await openApp(browser);
  await setBudget(page, 200);
  const good = hash(page);
  const figures = await headline(page);
  await page.evaluate(() => { window.location.hash = 's=AAAA'; });
  const notice = page.getByTestId('link-error');
  await notice.waitFor();
  const text = await notice.innerText();
  assert.match(text, /được giữ nguyên; thanh địa chỉ đã được đặt lại/);
  assert.match(text, /unchanged/);
  assert.doesNotMatch(text, /kịch bản mặc định|default scenario/);
  // The address bar holds the work's own link again, not the broken one.
  await page.waitForFunction((h) => window.location.hash === h, good);
  assert.equal(await page.getByTestId('lever-budget-scale').inputValue(), '200');
  assert.deepEqual(await headline(page), figures);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the address cleared by hand gets the work\'s link back, and a notice about the link that was there goes', async () => {
  const { context, page, errors } = await openApp(browser);
  await setBudget(page, 80);
  const good = hash(page);
  // A link from a newer version stays in the address bar, and the notice says so.
  await page.evaluate(() => { window.location.hash = 's=BwECA2Z1dHVyZYOO'; });
  await page.getByTestId('link-error').waitFor();
  await page.evaluate(() => { window.location.hash = ''; });
  await page.waitForFunction((h) => window.location.hash === h, good);
  await page.getByTestId('link-error').waitFor({ state: 'detached' });
  assert.equal(await page.getByTestId('lever-budget-scale').inputValue(), '80');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a link pasted into the same tab (fragment only) updates the page', async () => {
  const source = await openApp(browser);
  await setBudget(source.page, 260);
  const linked = hash(source.page);
  const figures = await headline(source.page);
  await source.context.close();

  const { context, page, errors } = await openApp(browser);
  // Same document: no reload, only a hashchange event.
  await page.goto(new URL(linked, page.url()).href);
  await page.waitForFunction(
    () => document.querySelector('[data-testid="lever-budget-scale"]').value === '260');
  await waitForApp(page);
  await page.waitForFunction(() => document.querySelector('[data-testid="headline"]').dataset.stale === 'false');
  assert.deepEqual(await headline(page), figures);
  // The work it replaced is offered back, said in the other language too: whoever sent the
  // link may not share the reader's setting.
  assert.match(await page.getByTestId('undo-notice').innerText(), /^Đã mở kịch bản của liên kết thay cho kịch bản đang làm\./);
  assert.equal(await page.getByTestId('undo-notice-other').innerText(), 'The link\'s scenario was opened in place of your work.');
  assert.equal(await page.getByTestId('undo-notice-other').getAttribute('lang'), 'en');
  assert.deepEqual(errors, []);
  await context.close();
});
