// No mixed-language screens: in English, no Vietnamese-only letters are left in the main views
// and dialogs (text, tooltips, labels), except proper names, which the app marks `translate="no"` or
// `lang="vi"`, and the few official names listed below; in Vietnamese, no common English word.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { BASE_URL, launch, openApp, openAllDetails, waitForApp } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Official names that keep their Vietnamese letters in English text (from the model's own
 *  English wording: place names and document numbers), and every commune and district name of
 *  the dataset (read from its file, longest first so "Thành phố Cao Bằng" goes before "Cao Bằng"). */
const PLACES = (() => {
  const csv = readFileSync(new URL('../../crates/ntm-model/data/caobang-2020/communes.csv', import.meta.url), 'utf8');
  const names = new Set();
  for (const line of csv.split('\n').slice(1)) {
    const [, name, district] = line.split(',');
    if (name) names.add(name);
    if (district) names.add(district);
  }
  return [...names];
})();
const PROPER = [...PLACES, 'Cao Bằng', 'QĐ-TTg', 'NĐ-CP', 'xóm', 'Xóm'].sort((a, b) => b.length - a.length);

/** Text (and tooltip, label, placeholder) outside proper names that matches `pattern`. */
function leftovers(page, pattern, skipLang, allowed) {
  return page.evaluate(({ source, flags, skipLang, allowed }) => {
    const re = new RegExp(source, flags);
    const skip = `[lang="${skipLang}"], [translate="no"], code, script, style, noscript`;
    const bad = new Set();
    const check = (text, where) => {
      let t = text;
      for (const ok of allowed) t = t.replaceAll(ok, '');
      if (re.test(t)) bad.add(`${where}: ${text.trim().slice(0, 90)}`);
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const el = walker.currentNode.parentElement;
      if (!el || el.closest(skip)) continue;
      check(walker.currentNode.textContent, el.tagName.toLowerCase());
    }
    for (const el of document.querySelectorAll('[title], [aria-label], [placeholder], [aria-valuetext]')) {
      if (el.closest(skip)) continue;
      for (const a of ['title', 'aria-label', 'placeholder', 'aria-valuetext']) {
        const v = el.getAttribute(a);
        if (v) check(v, `@${a}`);
      }
    }
    return [...bad];
  }, { source: pattern.source, flags: pattern.flags, skipLang, allowed });
}

const VIETNAMESE = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;
const ENGLISH = /\b(the|and|with|Reset|Median|default|runs|budget|commune|village|assumption|target)\b/i;

/** Opens every main view in turn, calling `check(name)` in each. */
async function everyView(page, check) {
  await openAllDetails(page);
  await check('levers: province');
  await page.getByTestId('scope-district').click();
  await page.getByTestId('pick-district').selectOption({ index: 4 });
  await check('levers: district');
  await page.getByTestId('scope-commune').click();
  await page.getByTestId('commune-list').selectOption({ index: 40 });
  await check('levers: commune');
  await page.getByTestId('open-commune-detail').click();
  await page.getByTestId('commune-detail').waitFor();
  await check('commune detail');
  // The detail is a dialog: close it to reach the rest of the page.
  await page.getByTestId('detail-close').click();
  await page.getByTestId('commune-detail').waitFor({ state: 'detached' });
  await page.getByTestId('tab-assumptions').click();
  await page.getByTestId('assumptions-panel').waitFor();
  await check('assumptions');
  await page.getByTestId('tab-criteria').click();
  await check('criteria');
  // Issue 5: the comparison, the storyboard, the slides and the report.
  await page.getByTestId('screen-compare').click();
  await page.waitForFunction(() => document.querySelector('[data-testid="compare-view"]')?.dataset.final === 'true',
    null, { timeout: 60_000 });
  await page.getByTestId('chart-villages-toggle').click();
  await check('compare');
  await page.getByTestId('screen-present').click();
  await page.waitForFunction(() => document.querySelector('[data-testid="story-status"]')?.dataset.ready === 'true',
    null, { timeout: 60_000 });
  await check('storyboard');
  await page.getByTestId('present-start').click();
  for (const name of ['title', 'story', 'headline', 'villages', 'communes', 'blockers']) {
    await page.getByTestId(`slide-${name}`).waitFor();
    await check(`slide: ${name}`);
    await page.keyboard.press('ArrowRight');
  }
  await page.keyboard.press('Escape');
  await page.getByTestId('screen-report').click();
  await page.waitForFunction(() => document.querySelector('[data-testid="report"]')?.dataset.final === 'true');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid^="report-chart-"]').length === 2);
  await check('report');
  await page.getByTestId('screen-workspace').click();
  await sharingViews(page, check);
}

/** Issue 5's views: the share dialog, the scenarios dialog's tabs (with a saved scenario being
 *  renamed, and an import error), the CSV menu. A name the planner typed stays as typed. */
async function sharingViews(page, check) {
  const closeDialog = async () => {
    await page.keyboard.press('Escape');
    await page.locator('dialog[open]').waitFor({ state: 'detached' });
  };
  await page.getByTestId('share-open').click();
  await page.getByTestId('share-copy').click();
  await page.getByTestId('share-status').filter({ hasText: /.+/ }).waitFor();
  await check('share dialog');
  await closeDialog();
  await page.getByTestId('library-open').click();
  await page.getByTestId('save-name').fill('Kế hoạch về đích');
  await page.getByTestId('save-current').click();
  const id = await page.locator('[data-testid="saved-item"]').getAttribute('data-id');
  await check('scenarios: saved');
  await page.getByTestId(`saved-rename-${id}`).click();
  await check('scenarios: renaming');
  await page.getByTestId(`saved-rename-cancel-${id}`).click();
  await page.getByTestId(`saved-delete-${id}`).click();
  await check('scenarios: confirming a delete');
  await page.getByTestId(`saved-cancel-${id}`).click();
  await page.getByTestId('lib-tab-presets').click();
  await check('scenarios: ready-made');
  await page.getByTestId('lib-tab-files').click();
  await page.getByTestId('import-file').setInputFiles({
    name: 'bảng.csv', mimeType: 'text/csv', buffer: Buffer.from('mã xã,xã\n01417,Sóc Hà'),
  });
  await page.getByTestId('import-error').waitFor();
  await check('scenarios: files, with an import error');
  await closeDialog();
  await page.getByTestId('csv-menu').click();
  await check('CSV menu');
  await page.getByTestId('csv-menu').click();
}

test('in English, no Vietnamese is left outside proper names', async () => {
  const { context, page, errors } = await openApp(browser);
  await page.getByTestId('lang-toggle').click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  const found = {};
  await everyView(page, async (name) => {
    const bad = await leftovers(page, VIETNAMESE, 'vi', PROPER);
    if (bad.length) found[name] = bad;
  });
  assert.deepEqual(found, {});
  assert.deepEqual(errors, []);
  await context.close();
});

test('in Vietnamese, no common English word is left', async () => {
  const { context, page, errors } = await openApp(browser);
  const found = {};
  await everyView(page, async (name) => {
    const bad = await leftovers(page, ENGLISH, 'en', []);
    if (bad.length) found[name] = bad;
  });
  assert.deepEqual(found, {});
  assert.deepEqual(errors, []);
  await context.close();
});

test('the language picked comes back on the next visit, with no lever moved and after a damaged link', async () => {
  const { context, page, errors } = await openApp(browser);
  await page.getByTestId('lang-toggle').click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  for (const fragment of ['', '#s=AAAAbroken']) {
    const next = await context.newPage();
    await next.goto(BASE_URL + fragment);
    await waitForApp(next);
    assert.equal(await next.evaluate(() => document.documentElement.lang), 'en', `opened with '${fragment}'`);
    await next.close();
  }
  // A link in English opens in English for a colleague, without becoming their choice.
  const english = page.url();
  const colleague = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const linked = await colleague.newPage();
  await linked.goto(english);
  await waitForApp(linked);
  assert.equal(await linked.evaluate(() => document.documentElement.lang), 'en', 'the link opens as its sender saw it');
  const bare = await colleague.newPage();
  await bare.goto(BASE_URL);
  await waitForApp(bare);
  assert.equal(await bare.evaluate(() => document.documentElement.lang), 'vi', 'the link did not choose for them');
  await colleague.close();
  // Back to Vietnamese: that is kept too.
  await page.getByTestId('lang-toggle').click();
  await page.waitForFunction(() => document.documentElement.lang === 'vi');
  const again = await context.newPage();
  await again.goto(BASE_URL);
  await waitForApp(again);
  assert.equal(await again.evaluate(() => document.documentElement.lang), 'vi');
  assert.deepEqual(errors, []);
  await context.close();
});
