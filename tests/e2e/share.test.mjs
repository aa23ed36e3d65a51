// Sharing (issue 5): the share dialog shows the address bar's link, copies it, and its QR code
// scans back to it; a link taken from the dialog opens the same scenario, every headline figure
// equal, in a new browser context, and the command-line runner given the same link prints the
// same figures; the results CSV files download, start with a BOM, parse, and hold the figures
// on screen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import {
  launch, openApp, headline, setBudget, setNumber, generation, waitForNewResults, waitForApp,
} from './helpers.mjs';
import {
  openShare, openLibrary, closeDialog, shareLink, scanQr, download, parseCsv, withoutBom,
  headlineText,
} from './share-helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Picks an allocation rule and waits for its results. */
async function rule(page, key) {
  const before = await generation(page);
  await page.getByTestId(`rule-${key}`).check();
  await waitForNewResults(page, before);
}

test('the share dialog shows the address bar\'s link, copies it, and its QR code scans back to it', async () => {
  const { context, page, errors } = await openApp(browser, '', {
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  await setBudget(page, 150);
  await rule(page, 'nearest');
  const dialog = await openShare(page);
  const link = await page.getByTestId('share-link').inputValue();
  assert.equal(link, page.url(), 'the same link as the address bar');
  assert.match(link, /#s=[A-Za-z0-9_-]+$/);
  assert.match(await page.getByTestId('share-length').innerText(), new RegExp(`${link.length} ký tự`));
  // The dialog says what the scenario is, and what it achieves.
  const about = await page.getByTestId('share-about').innerText();
  assert.match(about, /150% kế hoạch/);
  assert.match(about, /Ưu tiên xã gần đạt chuẩn/);
  const figures = await headline(page);
  assert.match(about, new RegExp(`Cuối năm 2025 \\(trung vị\\): ${figures['villages-2025']} xóm đạt chuẩn và ${figures['communes-2025']} xã được công nhận`));

  // Focus starts on "copy"; the clipboard then holds the link.
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'share-copy');
  await page.keyboard.press('Enter');
  await page.getByTestId('share-status').filter({ hasText: 'Đã sao chép' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);

  // The QR code is an SVG, big enough to scan from a projector, and scans to the link.
  const qr = dialog.getByTestId('qr-code');
  assert.equal(await qr.evaluate((el) => el.tagName.toLowerCase()), 'svg');
  const box = await qr.boundingBox();
  assert.ok(box.width >= 300 && Math.abs(box.width - box.height) < 1, JSON.stringify(box));
  assert.equal(await scanQr(page), link);

  await closeDialog(page);
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'share-open', 'focus returns');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a link taken from the share dialog opens the same scenario in a new browser, every headline figure equal', async () => {
  const first = await openApp(browser);
  const { page } = first;
  await setBudget(page, 170);
  await rule(page, 'poorest');
  await setNumber(page, 'lever-training-vocational', 30);
  await page.getByTestId('scope-district').click();
  await page.getByTestId('pick-district').selectOption({ label: 'Hà Quảng' });
  const lead = page.locator('[data-testid^="district-"][data-testid$="-leadership"]');
  await setNumber(page, await lead.getAttribute('data-testid'), 90);
  await page.getByTestId('lang-toggle').click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  const link = await shareLink(page);
  const figures = await headline(page);
  // The cards' "… vs the default" comes once the default scenario's runs are in too.
  const againstDefault = (p) => p.locator('[data-testid$="-vs-default"]').first().waitFor({ timeout: 60_000 });
  await againstDefault(page);
  const text = await headlineText(page);
  assert.deepEqual(first.errors, []);
  await first.context.close();

  // A new context: no storage shared with the first one.
  const second = await openApp(browser, new URL(link).hash);
  assert.equal(second.page.url(), link);
  assert.deepEqual(await headline(second.page), figures);
  await againstDefault(second.page);
  assert.equal(await headlineText(second.page), text, 'ranges and targets too');
  assert.equal(await second.page.locator('html').getAttribute('lang'), 'en');
  await second.page.getByTestId('scope-province').click();
  assert.equal(await second.page.getByTestId('lever-budget-scale').inputValue(), '170');
  assert.equal(await second.page.getByTestId('lever-training-vocational').inputValue(), '30');
  assert.ok(await second.page.getByTestId('rule-poorest').isChecked());
  assert.equal(await second.page.getByTestId('link-error').count(), 0);
  assert.deepEqual(second.errors, []);
  await second.context.close();
});

test('a saved scenario\'s name travels with its link: the colleague\'s report, share dialog and save form use it', async () => {
  const name = 'Tăng vốn 160% – biên giới';
  const first = await openApp(browser);
  await setBudget(first.page, 160);
  await openLibrary(first.page, 'saved');
  await first.page.getByTestId('save-name').fill(name);
  await first.page.getByTestId('save-current').click();
  await first.page.getByTestId('save-status').filter({ hasText: 'Đã lưu' }).waitFor();
  await closeDialog(first.page);
  const link = await shareLink(first.page);
  assert.deepEqual(first.errors, []);
  await first.context.close();

  // A new browser: no saved scenarios, yet the scenario is called what its sender saved it as.
  const second = await openApp(browser, new URL(link).hash);
  const { page } = second;
  // The working screen says which scenario it shows.
  assert.equal(await page.getByTestId('scenario-title').innerText(), `Kịch bản: ${name}`);
  const dialog = await openShare(page);
  assert.match(await dialog.getByTestId('share-about').innerText(), new RegExp(`Tên \\(đi kèm liên kết\\): ${name}`));
  assert.equal(await page.getByTestId('share-link').inputValue(), link, 'the link passes the name on');
  await closeDialog(page);
  await openLibrary(page, 'saved');
  assert.equal(await page.getByTestId('save-name').inputValue(), name);
  await closeDialog(page);
  await page.getByTestId('screen-report').click();
  assert.equal(await page.getByTestId('report-name').innerText(), name);
  await page.getByTestId('screen-present').click();
  assert.equal(await page.getByTestId('story-save-name').inputValue(), name);
  // Changed, it is no longer the sender's scenario: called an edit of it, and not sent with
  // its name.
  await page.getByTestId('screen-workspace').click();
  await setBudget(page, 165);
  assert.equal(await page.getByTestId('scenario-title').innerText(), `Kịch bản: ${name} (đã sửa)`);
  await page.getByTestId('screen-report').click();
  assert.equal(await page.getByTestId('report-name').innerText(), `${name} (đã sửa)`);
  assert.notEqual(page.url(), link);
  // Reloaded, it is still an edit of the sender's scenario (the autosave keeps what it is an
  // edit of), not an unsaved scenario "khác mặc định ở…".
  await page.reload();
  await page.getByTestId('report-name').waitFor();
  assert.equal(await page.getByTestId('report-name').innerText(), `${name} (đã sửa)`);
  await page.getByTestId('screen-workspace').click();
  await waitForApp(page);
  assert.equal(await page.getByTestId('scenario-title').innerText(), `Kịch bản: ${name} (đã sửa)`);
  assert.deepEqual(second.errors, []);
  await second.context.close();
});

/** What the headline's test ids show, as (series of `ntm-sim --format json`, year). */
const HEADLINE_SERIES = {
  'villages-2020': ['villages_standard', 2020],
  'villages-2025': ['villages_standard', 2025],
  'communes-2020': ['scope_communes_recognised', 2020],
  'communes-2025': ['communes_recognised', 2025],
  'below10-2020': ['scope_communes_below_10', 2020],
  'below15-2025': ['communes_below_15', 2025],
};

test('ntm-sim --link prints the same figures as the page for the same link', async () => {
  const { context, page, errors } = await openApp(browser);
  await setBudget(page, 125);
  await rule(page, 'nearest');
  await setNumber(page, 'lever-training-cadres', 12);
  const link = await shareLink(page);
  const figures = await headline(page);
  assert.deepEqual(errors, []);
  await context.close();

  // The analysts' runner (dev profile: the tests built its dependencies already).
  const { stdout } = await promisify(execFile)(
    'cargo', ['run', '-q', '--locked', '--bin', 'ntm-sim', '--', '--link', link, '--format', 'json'],
    { maxBuffer: 64 * 1024 * 1024, timeout: 600_000 },
  );
  const json = JSON.parse(stdout);
  for (const [id, [series, year]] of Object.entries(HEADLINE_SERIES)) {
    const i = json.years.indexOf(year);
    assert.ok(i >= 0, `${year} in the runner's years`);
    assert.equal(json.series[series].p50[i], figures[id], `${id}: median`);
    assert.equal(json.series[series].mean[i], figures[`${id}-mean`], `${id}: mean`);
  }
});

/** The figures of a province CSV, by "metric/year", as numbers (median). */
/** A number as a CSV cell holds it, decimal comma (Vietnamese spreadsheet) or point. */
const cellNumber = (s) => Number(s.replace(',', '.'));

function provinceMedians(rows) {
  const out = {};
  for (const r of rows.slice(1)) if (r.length > 7) out[`${r[1]}/${r[0]}`] = cellNumber(r[6]);
  return out;
}

test('the results CSV files download, start with a BOM, parse, and match the figures on screen', async () => {
  const { context, page, errors } = await openApp(browser);
  await setBudget(page, 130);
  const figures = await headline(page);
  await page.getByTestId('csv-menu').click();
  assert.match(await page.getByTestId('csv-note').innerText(), /1\.000 lần chạy mô phỏng/);

  // In Vietnamese the files are for a spreadsheet set to Vietnamese: semicolons, decimal
  // commas (a double click then opens columns and numbers).
  assert.ok(await page.getByTestId('csv-style-vi').isChecked());
  const province = await download(page, () => page.getByTestId('csv-province').click());
  assert.equal(province.name, 'ntm-tinh-2020-2025.csv');
  const rows = parseCsv(withoutBom(province.bytes), ';');
  assert.ok(rows.slice(1).some((r) => /^\d+,\d+$/.test(r[4])), 'decimal commas');
  assert.deepEqual(rows[0], ['năm', 'chỉ số', 'tên chỉ số', 'đơn vị', 'trung bình', 'P10', 'P50', 'P90']);
  // Numbers as a table needs them: at most six decimals, no float noise, no negative zero.
  assert.ok(rows.slice(1).every((r) => r.slice(4).every((c) => !/^-0(,0*)?$/.test(c) && !/,\d{7,}$/.test(c))), 'rounded cells');
  const medians = provinceMedians(rows);
  const want = {
    'villages-2020': 'villages_standard/2020',
    'villages-2025': 'villages_standard/2025',
    'communes-2020': 'scope_communes_recognised/2020',
    'communes-2025': 'communes_recognised/2025',
    'below10-2020': 'scope_communes_below_10/2020',
    'below15-2025': 'communes_below_15/2025',
  };
  for (const [id, key] of Object.entries(want)) {
    assert.equal(medians[key], figures[id], `${id} = ${key}`);
  }
  const means = Object.fromEntries(rows.slice(1).map((r) => [`${r[1]}/${r[0]}`, cellNumber(r[4])]));
  assert.equal(means['villages_standard/2025'], figures['villages-2025-mean']);
  // The money as the page's table by source has it: each source allocated and planned, the
  // plan's total, training (the file had only the year's total).
  for (const year of ['2020', '2021', '2025']) {
    const sources = rows.slice(1).filter((r) => r[0] === year && r[1].startsWith('allocated_'));
    assert.equal(sources.length, 7, year);
    const sum = sources.reduce((a, r) => a + cellNumber(r[4]), 0);
    assert.ok(Math.abs(sum - means[`spending_total/${year}`]) < 1e-3, `${year}: ${sum}`);
    assert.ok(means[`budget_total/${year}`] >= sum - 1e-3, `${year}: within the plan`);
    assert.ok(means[`training_cost/${year}`] > 0, year);
  }
  assert.match(rows.find((r) => r[1] === 'allocated_central_ntm')[2], /^Vốn phân bổ: /);

  const district = await download(page, () => page.getByTestId('csv-district').click());
  assert.equal(district.name, 'ntm-huyen-2020-2025.csv');
  const drows = parseCsv(withoutBom(district.bytes), ';');
  assert.equal(drows.length, 1 + 10 * 6, 'ten districts, six years');
  assert.ok(drows.some((r) => r[1] === 'Hà Quảng'), 'names keep their Vietnamese letters');

  const commune = await download(page, () => page.getByTestId('csv-commune').click());
  assert.equal(commune.name, 'ntm-xa-2020-2025.csv');
  const crows = parseCsv(withoutBom(commune.bytes), ';');
  assert.equal(crows.length, 1 + 161 * 6, '161 communes, six years');
  assert.ok(crows.every((r) => r.length === crows[0].length), 'every row has every column');

  // The standard format on request: the same figures, commas and decimal points.
  await page.getByTestId('csv-style-standard').check();
  const standard = await download(page, () => page.getByTestId('csv-province').click());
  const srows = parseCsv(withoutBom(standard.bytes));
  assert.deepEqual(provinceMedians(srows), provinceMedians(rows));
  assert.ok(srows.slice(1).some((r) => /^\d+\.\d+$/.test(r[4])), 'decimal points');

  // In English the headers and the file names are English.
  await page.keyboard.press('Escape');
  await page.getByTestId('lang-toggle').click();
  await page.getByTestId('csv-menu').click();
  const en = await download(page, () => page.getByTestId('csv-province').click());
  assert.equal(en.name, 'ntm-province-2020-2025.csv');
  assert.deepEqual(parseCsv(withoutBom(en.bytes))[0], ['year', 'metric', 'metric name', 'unit', 'mean', 'P10', 'P50', 'P90']);
  assert.deepEqual(errors, []);
  await context.close();
});
