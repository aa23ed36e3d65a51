// The share and scenarios dialogs and the CSV menu (issue 5) for people and for tools: the
// keyboard opens, uses and closes them (focus goes in and comes back); axe-core finds no
// serious or critical problem with each one open, in both languages; screenshots at a laptop's
// and a projector's size, in both languages, are saved in test-results/ to look at.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { launch, openApp, setBudget, axe } from './helpers.mjs';
import { openShare, openLibrary, closeDialog } from './share-helpers.mjs';

const SHOTS = 'test-results';

let browser;
before(async () => {
  browser = await launch();
  await mkdir(SHOTS, { recursive: true });
});
after(async () => { await browser?.close(); });


/** Two saved scenarios, the second on screen. */
async function twoSaved(page) {
  await openLibrary(page, 'saved');
  for (const name of ['Kế hoạch tỉnh 2021', 'Tăng vốn 1385']) {
    await page.getByTestId('save-name').fill(name);
    await page.getByTestId('save-current').click();
    await page.locator('[data-testid="saved-item"] .saved-name', { hasText: name }).waitFor();
  }
  await closeDialog(page);
}

test('the keyboard opens each dialog, stays inside it, and Escape brings focus back', async () => {
  const { context, page, errors } = await openApp(browser);
  const focused = () => page.evaluate(() => document.activeElement?.dataset.testid ?? document.activeElement?.id);
  for (const [button, dialog, first] of [
    ['share-open', 'share-dialog', 'share-copy'],
    ['library-open', 'library-dialog', 'save-name'],
  ]) {
    await page.getByTestId(button).focus();
    await page.keyboard.press('Enter');
    await page.getByTestId(dialog).waitFor();
    assert.equal(await focused(), first, `${dialog}: focus starts inside`);
    // Tab never leaves a modal dialog (the page behind is inert).
    for (let i = 0; i < 25; i += 1) {
      await page.keyboard.press('Tab');
      const inside = await page.evaluate((id) =>
        document.querySelector(`[data-testid="${id}"]`).contains(document.activeElement)
        || document.activeElement === document.body, dialog);
      assert.ok(inside, `${dialog}: Tab ${i} left the dialog for ${await focused()}`);
    }
    await page.keyboard.press('Escape');
    await page.getByTestId(dialog).waitFor({ state: 'detached' });
    assert.equal(await focused(), button, `${dialog}: focus comes back`);
  }
  // The CSV menu opens with Enter and closes with Escape.
  await page.getByTestId('csv-menu').focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.getByTestId('csv-exports').getAttribute('open'), '');
  await page.keyboard.press('Tab');
  assert.equal(await focused(), 'csv-province');
  await page.keyboard.press('Escape');
  assert.equal(await page.getByTestId('csv-exports').getAttribute('open'), null);
  assert.equal(await focused(), 'csv-menu');
  // …and closes when the focus leaves it, so it never covers what the focus went to.
  await page.keyboard.press('Enter');
  assert.equal(await page.getByTestId('csv-exports').getAttribute('open'), '');
  for (let i = 0; i < 5; i += 1) await page.keyboard.press('Tab');
  assert.equal(await page.getByTestId('csv-exports').getAttribute('open'), null);
  // A click on the menu's own text keeps it open (closing it mid-click crashed the tab), a
  // press elsewhere closes it.
  // Scrolled to first, and given a moment: scrolling the results pane can pin the headline
  // strip, which moves the pane's content a render later, and on a busy machine that move
  // came between the click's check that the menu stood still and the click itself.
  await page.getByTestId('csv-menu').scrollIntoViewIfNeeded();
  await page.waitForTimeout(300);
  await page.getByTestId('csv-menu').click();
  await page.locator('[data-testid="csv-exports"][open]').waitFor();
  await page.locator('.csv-popover h3').click();
  assert.equal(await page.getByTestId('csv-exports').getAttribute('open'), '');
  await page.getByTestId('headline').click();
  assert.equal(await page.getByTestId('csv-exports').getAttribute('open'), null);
  assert.deepEqual(errors, []);
  await context.close();
});

test('axe-core finds no serious or critical problem with the dialogs open, in both languages', async () => {
  const { context, page, errors } = await openApp(browser);
  await setBudget(page, 140);
  await twoSaved(page);
  const found = {};
  const check = async (name) => {
    const v = await axe(page);
    if (v.length) found[name] = v;
  };
  for (const lang of ['vi', 'en']) {
    if (lang === 'en') {
      await page.getByTestId('lang-toggle').click();
      await page.waitForFunction(() => document.documentElement.lang === 'en');
    }
    await openShare(page);
    await page.getByTestId('share-copy').click();
    await page.getByTestId('share-status').filter({ hasText: /.+/ }).waitFor();
    await check(`${lang}: share`);
    await closeDialog(page);

    await openLibrary(page, 'saved');
    await check(`${lang}: saved`);
    const first = await page.locator('[data-testid="saved-item"]').first().getAttribute('data-id');
    await page.getByTestId(`saved-rename-${first}`).click();
    await check(`${lang}: renaming`);
    await page.keyboard.press('Escape');
    await page.getByTestId(`saved-delete-${first}`).click();
    await check(`${lang}: confirming a delete`);
    await page.keyboard.press('Escape');
    await page.getByTestId('lib-tab-presets').click();
    await check(`${lang}: ready-made`);
    await page.getByTestId('lib-tab-files').click();
    await page.getByTestId('import-file').setInputFiles({
      name: 'x.ntm.json', mimeType: 'application/json', buffer: Buffer.from('not json'),
    });
    await page.getByTestId('import-error').waitFor();
    await check(`${lang}: files, with an import error`);
    await closeDialog(page);

    await page.getByTestId('csv-menu').click();
    await check(`${lang}: CSV menu`);
    await page.getByTestId('csv-menu').click();
  }
  assert.deepEqual(found, {});
  assert.deepEqual(errors, []);
  await context.close();
});

for (const [width, height] of [[1366, 768], [1920, 1080]]) {
  test(`at ${width}×${height} the dialogs fit, in Vietnamese and in English (screenshots saved)`, async () => {
    const { context, page, errors } = await openApp(browser, '', { viewport: { width, height } });
    await setBudget(page, 150);
    await twoSaved(page);
    for (const lang of ['vi', 'en']) {
      if (lang === 'en') {
        await page.getByTestId('lang-toggle').click();
        await page.waitForFunction(() => document.documentElement.lang === 'en');
      }
      const fits = async (what) => {
        const box = await page.locator('dialog[open]').boundingBox();
        assert.ok(box.x >= 0 && box.y >= 0 && box.x + box.width <= width && box.y + box.height <= height,
          `${what} ${lang}: ${JSON.stringify(box)}`);
      };
      await openShare(page);
      await fits('share');
      const qr = await page.getByTestId('qr-code').boundingBox();
      assert.ok(qr.y + qr.height <= height, 'the QR code is on screen');
      await page.screenshot({ path: `${SHOTS}/share-${width}x${height}-${lang}.png` });
      await closeDialog(page);
      for (const tab of ['saved', 'presets', 'files']) {
        await openLibrary(page, tab);
        await fits(tab);
        await page.screenshot({ path: `${SHOTS}/library-${tab}-${width}x${height}-${lang}.png` });
        await closeDialog(page);
      }
      await page.getByTestId('csv-menu').click();
      await page.screenshot({ path: `${SHOTS}/csv-${width}x${height}-${lang}.png` });
      await page.getByTestId('csv-menu').click();
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    assert.equal(overflow, false, 'horizontal scroll');
    assert.deepEqual(errors, []);
    await context.close();
  });
}
