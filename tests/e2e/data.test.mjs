// A province's own data, loaded in the page: the statistics officer picks province.json,
// communes.csv and villages.csv; wrong files are refused with every problem named and nothing
// changed; good files are used, kept through a reload, with their own autosave (the default's
// work untouched); a link made on them opens with them; back to the default at any time;
// damaged kept data never stops the page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, openApp, waitForApp, headline, setBudget, watch, BASE_URL } from './helpers.mjs';
import { openLibrary } from './share-helpers.mjs';

const DIR = new URL('../../crates/ntm-model/data/caobang-2020/', import.meta.url);
const read = (name) => readFileSync(new URL(name, DIR), 'utf8');

// The province's "real" data: the default's files with its own id and name, not illustrative,
// and the first 40 villages meeting every criterion (so the figures differ from the default's).
// `raised` villages instead of 40 make revised files; `id` another id (the default's, say).
function ownFiles({ raised = 40, id = 'caobang-own' } = {}) {
  const province = JSON.parse(read('province.json'));
  province.id = id;
  province.name_vi = 'Cao Bằng (số liệu của tỉnh)';
  province.name_en = 'Cao Bằng (the province\'s data)';
  province.illustrative = false;
  province.note_vi = 'Số liệu rà soát của Văn phòng Điều phối NTM tỉnh, tháng 6/2020.';
  province.note_en = 'Figures reviewed by the provincial NTM coordination office, June 2020.';
  const villages = read('villages.csv').split('\n').map((line, i) => {
    if (i === 0 || i > raised || !line) return line;
    const cells = line.split(',');
    return cells.map((c, j) => (j >= 4 ? String(Math.max(Number(c), 100)) : c)).join(',');
  }).join('\n');
  return [
    { name: 'province.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(province)) },
    { name: 'communes.csv', mimeType: 'text/csv', buffer: Buffer.from(read('communes.csv')) },
    { name: 'villages.csv', mimeType: 'text/csv', buffer: Buffer.from(villages) },
  ];
}

async function openDialog(page) {
  await page.getByTestId('illustrative-note').locator('summary').click();
  await page.getByTestId('data-open').click();
  await page.getByTestId('data-dialog').waitFor();
}

/** Loads `files` through the dialog and uses them. */
async function useFiles(page, files) {
  await openDialog(page);
  await page.getByTestId('data-files').setInputFiles(files);
  await page.getByTestId('data-use').click();
  await waitForApp(page);
}

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('a province file of a base year past 2030 is refused with the reason; the page goes on', async () => {
  const { context, page, errors } = await openApp(browser);
  const before = await headline(page);
  await openDialog(page);
  const [province, communes, villages] = ownFiles();
  const late = JSON.parse(province.buffer.toString('utf8'));
  late.base_year = 2031;
  late.base_date = '2031-06-30';
  await page.getByTestId('data-files').setInputFiles([
    { ...province, buffer: Buffer.from(JSON.stringify(late)) }, communes, villages,
  ]);
  const problems = await page.getByTestId('data-problems').innerText();
  assert.match(problems, /base_year 2031 nằm ngoài khoảng 2000–2030/);
  assert.match(problems, /base_year 2031 is outside 2000–2030/);
  assert.equal(await page.getByTestId('data-use').count(), 0);
  await page.keyboard.press('Escape');
  assert.deepEqual(await headline(page), before);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a 2026–2030 province\'s files head the page with their own target years, and its plan runs to 2030', async () => {
  // The headline's years are the data's: 2020 and 2025 cards on a province whose base year is
  // 2026 showed nothing but "–" (and its scenarios simulated 2026 alone).
  const { context, page, errors } = await openApp(browser);
  const [province, communes, villages] = ownFiles({ id: 'caobang-2026' });
  const later = JSON.parse(province.buffer.toString('utf8'));
  later.base_year = 2026;
  later.base_date = '2026-06-30';
  for (const t of later.targets) t.year = t.year === 2020 ? 2028 : 2030;
  await useFiles(page, [{ ...province, buffer: Buffer.from(JSON.stringify(later)) }, communes, villages]);
  const figures = await headline(page);
  for (const id of ['villages-2028', 'villages-2030', 'communes-2028', 'communes-2030', 'below10-2028', 'below15-2030']) {
    assert.ok(Number.isFinite(figures[id]), `${id}: ${JSON.stringify(figures)}`);
  }
  assert.equal(figures['villages-2025'], undefined);
  assert.ok(figures['villages-2030'] >= figures['villages-2028'], JSON.stringify(figures));
  const cards = await page.getByTestId('headline').innerText();
  assert.match(cards, /Cuối năm 2028/);
  assert.match(cards, /Cuối năm 2030/);
  assert.doesNotMatch(cards, /2025/);
  // Every target sits under its card, with a verdict: none is left over as "other targets".
  assert.equal(await page.locator('[data-testid="headline"] .headline-figure [data-testid^="target-"]').count(), later.targets.length);
  assert.equal(await page.locator('[data-testid="headline"] .targets-other').count(), 0);
  await page.getByTestId('tab-assumptions').click();
  assert.equal(await page.getByTestId('setting-until').inputValue(), '2030');
  await page.getByTestId('screen-report').click();
  await page.getByTestId('report-narrative').waitFor();
  assert.match(await page.getByTestId('report-narrative').innerText(), /^Đến hết năm 2030, khoảng \d+ xóm/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('wrong files are refused with every problem named, in both languages, and nothing changes', async () => {
  const { context, page, errors } = await openApp(browser);
  const before = await headline(page);
  await openDialog(page);
  const [province, communes] = ownFiles();
  // villages.csv missing, a row with a decimal comma, a stray file.
  const broken = read('communes.csv').replace(/\n(01267,[^\n]*?),2\.7,/, '\n$1,"2,7",');
  await page.getByTestId('data-files').setInputFiles([
    province,
    { ...communes, buffer: Buffer.from(broken) },
    { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('x') },
  ]);
  const problems = await page.getByTestId('data-problems').innerText();
  assert.match(problems, /villages\.csv: chưa chọn/);
  assert.match(problems, /villages\.csv: missing/);
  assert.match(problems, /notes\.txt: không phải tệp của bộ số liệu/);
  assert.match(problems, /không thay đổi/);
  // The sorted files are checked once complete: add villages.csv and the bad cell is named.
  await page.getByTestId('data-files').setInputFiles([
    province, { ...communes, buffer: Buffer.from(broken) }, ownFiles()[2],
  ]);
  await page.getByTestId('data-problems').getByText(/dòng 2/).first().waitFor();
  assert.match(await page.getByTestId('data-problems').innerText(), /communes\.csv, dòng 2: .*poverty_pct/);
  assert.equal(await page.getByTestId('data-use').count(), 0);
  await page.keyboard.press('Escape');
  assert.equal(await page.getByTestId('illustrative-note').getAttribute('data-loaded'), 'false');
  assert.deepEqual(await headline(page), before);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the province\'s files are used, kept through a reload, and keep their work apart from the default\'s', async () => {
  const { context, page, errors } = await openApp(browser);
  const default100 = await headline(page);
  // Work on the default first: it must come back untouched.
  await setBudget(page, 150);
  const defaultWork = await page.evaluate(() => localStorage.getItem('ntm-planner/autosave/v1'));
  assert.ok(defaultWork, 'the default is autosaved');
  const defaultFigures = await headline(page);

  await openDialog(page);
  await page.getByTestId('data-files').setInputFiles(ownFiles());
  const ready = await page.getByTestId('data-ready').innerText();
  await page.screenshot({ path: '/tmp/data-dialog.png' });
  assert.match(ready, /Cao Bằng \(số liệu của tỉnh\): 10 huyện, 161 đơn vị cấp xã \(\d+ xã xét công nhận NTM\), 294 xóm/);
  assert.match(ready, /villages_complete/);
  await page.getByTestId('data-use').click();
  await waitForApp(page);
  // The whole planner was replaced: the keyboard is on the note that says what is in use.
  assert.ok(await page.evaluate(() => document.activeElement?.closest('[data-testid="illustrative-note"]') !== null));
  const note = page.getByTestId('illustrative-note');
  assert.equal(await note.getAttribute('data-loaded'), 'true');
  assert.match(await note.innerText(), /Đang dùng số liệu tải lên: Cao Bằng \(số liệu của tỉnh\) — 161 đơn vị cấp xã, 294 xóm/);
  // A new page of work: the loaded data's defaults (budget 100 %), and more villages at the
  // standard than the default data gives at the same budget.
  assert.equal(await page.getByTestId('lever-budget-scale').inputValue(), '100');
  const own = await headline(page);
  // The province's own statuses are not called illustrative above the matrix.
  await page.getByTestId('tab-criteria').click();
  await page.getByTestId('matrix-table').waitFor();
  assert.equal(await page.getByTestId('matrix-illustrative').count(), 0);
  await page.getByTestId('tab-levers').click();
  await note.locator('summary').click();
  await page.screenshot({ path: '/tmp/data-note.png' });
  await note.locator('summary').click();
  // 40 villages more at the standard from the start: more by 2020 than the default's.
  assert.ok(own['villages-2020'] > default100['villages-2020'] + 20,
    `${own['villages-2020']} vs ${default100['villages-2020']}`);
  await setBudget(page, 120);
  const scoped = await page.evaluate(() => localStorage.getItem('ntm-planner/data/caobang-own/autosave/v1'));
  assert.ok(scoped, 'the loaded data has an autosave of its own');
  assert.equal(await page.evaluate(() => localStorage.getItem('ntm-planner/autosave/v1')), defaultWork);

  // Reload: the same data and its work.
  await page.reload();
  await waitForApp(page);
  assert.equal(await note.getAttribute('data-loaded'), 'true');
  assert.equal(await page.getByTestId('lever-budget-scale').inputValue(), '120');

  // The printed report says the data is the province's own, not illustrative.
  await page.getByTestId('screen-report').click();
  assert.match(await page.getByTestId('report-note').innerText(), /Số liệu của tỉnh, tải lên từ tệp/);
  // Nowhere in the report (its summary's note, the footer) is the data called illustrative.
  await page.getByTestId('report').getByText(/Lập bằng NTM Planner/).waitFor();
  assert.doesNotMatch(await page.getByTestId('report').innerText(), /Số liệu minh họa|dữ liệu minh họa/);
  await page.screenshot({ path: '/tmp/data-report.png' });
  await page.getByTestId('screen-workspace').click();
  await waitForApp(page);

  // Back to the default: its work as it was.
  await note.locator('summary').click();
  await page.getByTestId('data-use-default').click();
  await waitForApp(page);
  assert.equal(await note.getAttribute('data-loaded'), 'false');
  assert.equal(await page.getByTestId('lever-budget-scale').inputValue(), '150');
  assert.deepEqual(await headline(page), defaultFigures);
  // And to the loaded data again, one click.
  await note.locator('summary').click();
  assert.match(await page.getByTestId('data-use-kept').innerText(), /Dùng lại số liệu đã tải: Cao Bằng \(số liệu của tỉnh\)/);
  await page.getByTestId('data-use-kept').click();
  await waitForApp(page);
  assert.equal(await page.getByTestId('lever-budget-scale').inputValue(), '120');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a link made on the loaded data opens with it, and a browser without it says which data it needs', async () => {
  const { context, page, errors } = await openApp(browser);
  await openDialog(page);
  await page.getByTestId('data-files').setInputFiles(ownFiles());
  await page.getByTestId('data-use').click();
  await waitForApp(page);
  await setBudget(page, 130);
  const link = new URL(page.url()).hash;
  const figures = await headline(page);
  // The planner goes back to the default; the colleague's link still opens with the data.
  await page.getByTestId('illustrative-note').locator('summary').click();
  await page.getByTestId('data-use-default').click();
  await waitForApp(page);
  const second = await context.newPage();
  const secondErrors = watch(second);
  await second.goto(BASE_URL + link);
  await waitForApp(second);
  assert.equal(await second.getByTestId('illustrative-note').getAttribute('data-loaded'), 'true');
  assert.equal(await second.getByTestId('lever-budget-scale').inputValue(), '130');
  assert.deepEqual(await headline(second), figures);

  // Another browser, without the data: the link notice names the data it was made for;
  // once the colleague loads the files, the link opens with them.
  const other = await openApp(browser, link);
  assert.match(await other.page.getByTestId('link-error').innerText(), /caobang-own/);
  assert.equal(await other.page.getByTestId('illustrative-note').getAttribute('data-loaded'), 'false');
  await openDialog(other.page);
  await other.page.getByTestId('data-files').setInputFiles(ownFiles());
  await other.page.getByTestId('data-use').click();
  await waitForApp(other.page);
  assert.equal(await other.page.getByTestId('illustrative-note').getAttribute('data-loaded'), 'true');
  assert.equal(await other.page.getByTestId('lever-budget-scale').inputValue(), '130');
  assert.deepEqual(await headline(other.page), figures);
  assert.deepEqual(other.errors, []);
  await other.context.close();
  assert.deepEqual([...errors, ...secondErrors], []);
  await context.close();
});

test('a link opened on other figures under its data\'s id and version says so, and opens as made once the sender\'s files are loaded', async () => {
  const sender = await openApp(browser);
  await useFiles(sender.page, ownFiles());
  await setBudget(sender.page, 130);
  const link = new URL(sender.page.url()).hash;
  const figures = await headline(sender.page);

  // The colleague has revised files under the same id and version (20 more villages raised).
  const colleague = await openApp(browser);
  await useFiles(colleague.page, ownFiles({ raised: 60 }));
  const page = await colleague.context.newPage();
  const errors = watch(page);
  await page.goto(BASE_URL + link);
  await waitForApp(page);
  assert.equal(await page.getByTestId('illustrative-note').getAttribute('data-loaded'), 'true');
  assert.equal(await page.getByTestId('lever-budget-scale').inputValue(), '130');
  const notice = await page.getByTestId('link-other-data').first().innerText();
  assert.match(notice, /số liệu khác .*“caobang-own” và phiên bản 2/);
  assert.notDeepEqual(await headline(page), figures);
  // The sender's own files: the link opens as it was made, and the notice goes.
  await useFiles(page, ownFiles());
  assert.equal(await page.getByTestId('lever-budget-scale').inputValue(), '130');
  assert.deepEqual(await headline(page), figures);
  assert.equal(await page.getByTestId('link-other-data').count(), 0);
  assert.deepEqual([...sender.errors, ...colleague.errors, ...errors], []);
  await sender.context.close();
  await colleague.context.close();
});

test('a link made on the default opens on the default, not on other data kept under the default\'s id', async () => {
  const sender = await openApp(browser);
  await setBudget(sender.page, 120);
  const link = new URL(sender.page.url()).hash;
  const figures = await headline(sender.page);
  const colleague = await openApp(browser);
  await useFiles(colleague.page, ownFiles({ id: 'caobang-2020' }));
  const page = await colleague.context.newPage();
  const errors = watch(page);
  await page.goto(BASE_URL + link);
  await waitForApp(page);
  assert.equal(await page.getByTestId('illustrative-note').getAttribute('data-loaded'), 'false');
  assert.equal(await page.getByTestId('lever-budget-scale').inputValue(), '120');
  assert.deepEqual(await headline(page), figures);
  assert.equal(await page.getByTestId('link-error').count(), 0);
  assert.deepEqual([...sender.errors, ...colleague.errors, ...errors], []);
  await sender.context.close();
  await colleague.context.close();
});

test('damaged kept data leaves the page on the default, says so once, and is set aside to download', async () => {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  await context.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('ntm-planner/dataset/v1', '{ damaged');
      sessionStorage.setItem('seeded', '1');
    }
  });
  const page = await context.newPage();
  const errors = watch(page);
  await page.goto(BASE_URL);
  await waitForApp(page);
  // Said in both languages, as the other storage problems are, serde's words on a line of
  // their own (they were quoted inside the Vietnamese sentence).
  const said = await page.getByTestId('data-problem').innerText();
  assert.match(said, /Số liệu tải lên trước đây không đọc được \(chi tiết bên dưới\)/);
  assert.match(said, /The data loaded earlier cannot be read/);
  assert.match(await page.getByTestId('data-problem').locator('.notice-detail').innerText(), /line 1/);
  assert.equal(await page.getByTestId('illustrative-note').getAttribute('data-loaded'), 'false');
  assert.match(said, /Bản cũ được cất ở “Bản đã cất riêng trong trình duyệt”/);
  // Read, it goes; the address stays, and the damaged data is moved aside as it was: left in
  // place, its warning came back on every visit, with nothing to make it go.
  const address = page.url();
  await page.getByTestId('data-problem-dismiss').click();
  await page.getByTestId('data-problem').waitFor({ state: 'detached' });
  assert.equal(page.url(), address);
  const stored = () => page.evaluate(() => Object.fromEntries(Object.keys(localStorage)
    .filter((k) => k.includes('dataset')).map((k) => [k, localStorage.getItem(k)])));
  const aside = await stored();
  assert.equal(aside['ntm-planner/dataset/v1'], undefined);
  const keys = Object.keys(aside).filter((k) => k.startsWith('ntm-planner/set-aside/dataset-'));
  assert.equal(keys.length, 1, JSON.stringify(aside));
  assert.equal(aside[keys[0]], '{ damaged');
  await page.reload();
  await waitForApp(page);
  assert.equal(await page.getByTestId('data-problem').count(), 0);
  assert.deepEqual(await stored(), aside);
  // Listed with the other copies set aside, to download.
  await openLibrary(page, 'files');
  assert.match(await page.locator('#set-aside-h').locator('..').innerText(), /Số liệu tải lên không đọc được, cất lúc/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('data the browser will not keep is used in the page, and the notice says a reload opens the data kept earlier', async () => {
  // The notice said a reload goes back to the default data, but a failed write leaves the data
  // kept earlier (and in use) as it was: a reload opens that.
  const { context, page, errors } = await openApp(browser);
  await useFiles(page, ownFiles());
  const kept = await page.evaluate(() => localStorage.getItem('ntm-planner/dataset/v1'));
  await page.evaluate(() => {
    const set = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (key === 'ntm-planner/dataset/v1') throw new DOMException('full', 'QuotaExceededError');
      return set.call(this, key, value);
    };
  });
  const [province, communes, villages] = ownFiles({ raised: 80, id: 'caobang-big' });
  const big = JSON.parse(province.buffer.toString('utf8'));
  big.name_vi = 'Cao Bằng (bộ lớn)';
  big.name_en = 'Cao Bằng (large set)';
  await useFiles(page, [{ ...province, buffer: Buffer.from(JSON.stringify(big)) }, communes, villages]);
  assert.match(await page.getByTestId('data-in-use').innerText(), /Cao Bằng \(bộ lớn\)/);
  const said = await page.getByTestId('data-problem').innerText();
  assert.match(said, /tải lại trang sẽ mở số liệu tải lên trước đây \(lúc \d\d:\d\d ngày \d\d?\/\d\d?\/\d{4}\)/);
  assert.match(said, /reloading the page opens the data loaded earlier/);
  assert.doesNotMatch(said, /quay về bộ số liệu mặc định/);
  assert.equal(await page.evaluate(() => localStorage.getItem('ntm-planner/dataset/v1')), kept);
  await page.reload();
  await waitForApp(page);
  assert.match(await page.getByTestId('data-in-use').innerText(), /Cao Bằng \(số liệu của tỉnh\)/);
  assert.deepEqual(errors.filter((e) => !/loaded data not kept/.test(e)), []);
  await context.close();
});
