// Scenarios (issue 5): save one in the library, reload, find it, open it, rename, duplicate,
// delete; each ready-made scenario loads and sets its levers; a scenario exported as a JSON
// file imports back to the same figures, and a broken file says why and leaves the work
// untouched; a damaged library is set aside and reported, never fatal; a file dropped outside
// the import box does not take the page away; two tabs saving keep both scenarios, also when
// one of them was presenting.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  launch, openApp, headline, setBudget, waitForApp, watch, BASE_URL,
} from './helpers.mjs';
import {
  openLibrary, closeDialog, loadAndWait, download, headlineText,
} from './share-helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** The names in the saved list, in order. */
function savedNames(page) {
  return page.locator('[data-testid="saved-item"] .saved-name').allInnerTexts();
}

/** Saves the scenario on screen as `name` from the library dialog (left open). */
async function saveAs(page, name) {
  await openLibrary(page, 'saved');
  await page.getByTestId('save-name').fill(name);
  await page.getByTestId('save-name').press('Enter');
  await page.getByTestId('save-status').filter({ hasText: 'Đã lưu' }).waitFor();
}

/** The saved names, sorted, after bringing `page` to the front and reloading it (a
 * background tab's animation frames, which pace the runs, wait). */
async function namesAfterReload(page) {
  await page.bringToFront();
  await page.reload();
  await waitForApp(page);
  await openLibrary(page, 'saved');
  return (await savedNames(page)).sort();
}

/** The id of the saved scenario called `name`. */
function savedId(page, name) {
  return page.locator('[data-testid="saved-item"]', {
    has: page.locator('.saved-name', { hasText: new RegExp(`^${name.replace(/[()]/g, '\\$&')}$`) }),
  }).getAttribute('data-id');
}

test('save a scenario, reload, find it, open it, rename, duplicate and delete it', async () => {
  const { context, page, errors } = await openApp(browser);
  await setBudget(page, 160);
  const saved = await headline(page);
  await openLibrary(page, 'saved');
  assert.match(await page.getByTestId('saved-empty').innerText(), /Chưa lưu kịch bản nào/);
  await page.getByTestId('save-name').fill('Tăng vốn 60%');
  await page.getByTestId('save-name').press('Enter');
  await page.getByTestId('save-status').filter({ hasText: 'Đã lưu' }).waitFor();
  assert.deepEqual(await savedNames(page), ['Tăng vốn 60%']);
  assert.match(await page.getByTestId('lib-tab-saved').innerText(), /Đã lưu \(1\)/);
  await closeDialog(page);

  // Another scenario on screen, then a reload: the library is still there.
  await setBudget(page, 80);
  await page.reload();
  await waitForApp(page);
  await openLibrary(page, 'saved');
  assert.deepEqual(await savedNames(page), ['Tăng vốn 60%']);
  const id = await savedId(page, 'Tăng vốn 60%');
  assert.match(await page.getByTestId(`saved-when-${id}`).innerText(), /^Lưu lúc \d\d:\d\d ngày \d\d\/\d\d\/\d{4}$/);
  assert.match(await page.locator(`[data-id="${id}"]`).innerText(), /160% kế hoạch/);

  // Open: the saved scenario is on screen, with the figures it had.
  await loadAndWait(page, `saved-open-${id}`);
  assert.equal(await page.getByTestId('library-dialog').count(), 0, 'opening closes the dialog');
  assert.equal(await page.getByTestId('lever-budget-scale').inputValue(), '160');
  assert.deepEqual(await headline(page), saved);

  // Rename (Enter saves), duplicate (named after it), delete (after confirming).
  await openLibrary(page, 'saved');
  assert.equal(await page.getByTestId(`saved-on-screen-${id}`).innerText(), 'đang xem');
  await page.getByTestId(`saved-rename-${id}`).click();
  const box = page.getByTestId(`saved-rename-input-${id}`);
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), `saved-rename-input-${id}`);
  await box.fill('Vốn 160%');
  await box.press('Enter');
  await page.getByTestId(`saved-duplicate-${id}`).click();
  assert.deepEqual(await savedNames(page), ['Vốn 160%', 'Vốn 160% (2)']);
  // Two identical copies: one is on screen, the one the header names (the latest saved).
  assert.equal(await page.locator('[data-testid^="saved-on-screen-"]').count(), 1);
  const copyId = await savedId(page, 'Vốn 160% (2)');
  assert.equal(await page.getByTestId(`saved-on-screen-${copyId}`).count(), 1);
  await page.getByTestId(`saved-delete-${id}`).click();
  assert.match(await page.locator(`[data-id="${id}"]`).innerText(), /Xóa “Vốn 160%”\? Không hoàn tác được\./);
  // Escape leaves the question, not the dialog.
  await page.keyboard.press('Escape');
  assert.equal(await page.getByTestId('library-dialog').count(), 1);
  assert.deepEqual(await savedNames(page), ['Vốn 160%', 'Vốn 160% (2)']);
  await page.getByTestId(`saved-delete-${id}`).click();
  await page.getByTestId(`saved-confirm-${id}`).click();
  assert.deepEqual(await savedNames(page), ['Vốn 160% (2)']);
  await closeDialog(page);

  await page.reload();
  await waitForApp(page);
  await openLibrary(page, 'saved');
  assert.deepEqual(await savedNames(page), ['Vốn 160% (2)']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a name pasted past the longest kept is cut by the box, and the box says so', async () => {
  const { context, page, errors } = await openApp(browser);
  await openLibrary(page, 'saved');
  const box = page.getByTestId('save-name');
  await box.fill('Kế hoạch');
  assert.equal(await page.getByTestId('save-name-full').count(), 0);
  await box.fill('');
  await box.pressSequentially('x');
  // A paste: the browser keeps the first 80 characters, without a word of its own.
  await box.evaluate((el) => el.select());
  await page.keyboard.insertText('Kịch bản tăng vốn cho các xã biên giới huyện Hà Quảng và Trùng Khánh giai đoạn 2021–2025 — phương án A');
  assert.equal([...(await box.inputValue())].length, 80);
  assert.match(await page.getByTestId('save-name-full').innerText(), /^Tên dài nhất 80 ký tự/);
  await closeDialog(page);
  assert.deepEqual(errors, []);
  await context.close();
});

test('each ready-made scenario loads and sets its levers; one joins the library', async () => {
  const { context, page, errors } = await openApp(browser);
  const defaults = await headline(page);
  const presets = [
    ['plan_2020', 'nearest', '15'],
    ['nearest_first', 'nearest', '15'],
    ['poorest_border_first', 'poorest', '15'],
    ['training_heavy', 'equal', '45'],
    ['business_as_usual', 'equal', '15'],
  ];
  const seen = new Set();
  for (const [id, rule, vocational] of presets) {
    await openLibrary(page, 'presets');
    await loadAndWait(page, `preset-open-${id}`);
    assert.ok(await page.getByTestId(`rule-${rule}`).isChecked(), `${id}: rule ${rule}`);
    assert.equal(await page.getByTestId('lever-training-vocational').inputValue(), vocational, id);
    const figures = await headline(page);
    if (id === 'business_as_usual') assert.deepEqual(figures, defaults);
    else assert.notDeepEqual(figures, defaults, id);
    seen.add(JSON.stringify(figures));
  }
  assert.equal(seen.size, 5, 'five different outcomes');

  await openLibrary(page, 'presets');
  assert.equal(await page.locator('[data-testid^="preset-"][class*="is-on-screen"]').count(), 1);
  await page.getByTestId('preset-add-training_heavy').click();
  await page.getByTestId('preset-status').filter({ hasText: 'Đào tạo' }).waitFor();
  await page.getByTestId('lib-tab-saved').click();
  assert.equal((await savedNames(page)).length, 1);
  assert.match((await savedNames(page))[0], /đào tạo/i);
  await closeDialog(page);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a scenario exported as a JSON file imports back; a broken file changes nothing', async () => {
  const { context, page, errors } = await openApp(browser);
  await setBudget(page, 135);
  const figures = await headline(page);
  // The cards' "… so với mặc định" comes once the default scenario's runs are in too.
  await page.locator('[data-testid$="-vs-default"]').first().waitFor({ timeout: 60_000 });
  const text = await headlineText(page);
  await openLibrary(page, 'files');
  await page.getByTestId('export-name').fill('Kế hoạch: vốn 135%');
  assert.match(await page.getByTestId('export-file-name').innerText(), /Kế hoạch vốn 135%\.ntm\.json/);
  const file = await download(page, () => page.getByTestId('export-scenario').click());
  assert.equal(file.name, 'Kế hoạch vốn 135%.ntm.json');
  const json = JSON.parse(file.bytes.toString('utf8'));
  assert.equal(json.format, 'ntm-planner-scenario');
  assert.equal(json.name, 'Kế hoạch: vốn 135%');
  assert.equal(json.scenario.budget.scale_pct, 135);
  await closeDialog(page);

  // Back to the defaults, then the file back in.
  await loadAndWait(page, 'reset-all-levers');
  assert.equal(await page.getByTestId('lever-budget-scale').inputValue(), '100');
  await openLibrary(page, 'files');
  await page.getByTestId('import-file').setInputFiles(file.path);
  await page.getByTestId('import-ready').waitFor();
  assert.match(await page.getByTestId('import-ready').innerText(), /chứa kịch bản “Kế hoạch: vốn 135%”/);
  await loadAndWait(page, 'import-open');
  assert.equal(await page.getByTestId('lever-budget-scale').inputValue(), '135');
  // Called by the file's name, as a link's scenario by the link's (the slides and the report
  // named it "Kịch bản hiện tại").
  assert.equal(await page.getByTestId('scenario-title').innerText(), 'Kịch bản: Kế hoạch: vốn 135%');
  // Exported again, it keeps that name.
  await openLibrary(page, 'files');
  assert.equal(await page.getByTestId('export-name').inputValue(), 'Kế hoạch: vốn 135%');
  await closeDialog(page);
  assert.deepEqual(await headline(page), figures);
  assert.equal(await headlineText(page), text);

  // A broken file: a message in both languages; nothing on screen changes.
  const dir = await mkdtemp(join(tmpdir(), 'ntm-'));
  const broken = join(dir, 'hong.ntm.json');
  await writeFile(broken, file.bytes.subarray(0, 200));
  await openLibrary(page, 'files');
  await page.getByTestId('import-file').setInputFiles(broken);
  const message = page.getByTestId('import-error');
  await message.waitFor();
  const said = await message.innerText();
  assert.match(said, /Không nhập được tệp “hong\.ntm\.json”/);
  assert.match(said, /The file “hong\.ntm\.json” could not be imported/);
  assert.match(said, /Kịch bản đang xem không thay đổi/);
  // Cut short, and where, in both languages.
  assert.match(said, /Tệp kịch bản bị cắt ngắn/);
  assert.match(said, /The scenario file is cut short/);
  assert.match(said, /\(dòng \d+, cột \d+\)/);
  assert.match(said, /at line \d+ column \d+/);
  // Another program's JSON, too.
  await page.getByTestId('import-file').setInputFiles({
    name: 'package.json', mimeType: 'application/json', buffer: Buffer.from('{"name":"x","version":"1.0.0"}'),
  });
  await message.filter({ hasText: 'package.json' }).waitFor();
  assert.match(await message.innerText(), /not an NTM Planner scenario file/);
  // A value out of range is named by its lever, as the levers panel says it, then its field.
  const outOfRange = structuredClone(json);
  outOfRange.scenario.budget.lines.central_ntm = [100, 100, -5];
  await page.getByTestId('import-file').setInputFiles({
    name: 'am.ntm.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(outOfRange)),
  });
  await message.filter({ hasText: 'am.ntm.json' }).waitFor();
  const named = await message.innerText();
  assert.match(named, /Ngân sách trung ương cho NTM, năm 2022 \(budget\.lines\.central_ntm\[2\]\): −5 phải nằm trong khoảng/);
  assert.match(named, /Central NTM budget, 2022 \(budget\.lines\.central_ntm\[2\]\): −5 must be between/);
  // …and says the value can be put right in the file itself.
  assert.match(named, /Hãy sửa các giá trị này trong tệp/);
  assert.match(named, /Correct them in the file with a text editor/);
  await closeDialog(page);
  assert.equal(await page.getByTestId('lever-budget-scale').inputValue(), '135');
  assert.deepEqual(await headline(page), figures);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a damaged library is set aside, reported in both languages, and not fatal', async () => {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  await context.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('ntm-planner/library/v1', '{"format":"ntm-planner-library","version":1,"items":[');
      sessionStorage.setItem('seeded', '1');
    }
  });
  const page = await context.newPage();
  const errors = watch(page);
  await page.goto(BASE_URL);
  await waitForApp(page);
  const text = await page.getByTestId('library-error').innerText();
  assert.match(text, /Thư viện bị hỏng/);
  assert.match(text, /The library was damaged/);
  const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('ntm-planner/set-aside/library-')));
  assert.equal(kept.length, 1, 'set aside under another key');
  // The page works, and the library saves again.
  await openLibrary(page, 'saved');
  await page.getByTestId('save-name').fill('Sau sự cố');
  await page.getByTestId('save-current').click();
  await page.getByTestId('library-error-dismiss').first().click();
  await closeDialog(page);
  assert.equal(await page.getByTestId('library-error').count(), 0);
  await page.reload();
  await waitForApp(page);
  assert.equal(await page.getByTestId('library-error').count(), 0, 'the next load starts clean');
  await openLibrary(page, 'saved');
  assert.deepEqual(await savedNames(page), ['Sau sự cố']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a file dropped outside the import box is refused and the work stays on screen', async () => {
  const { context, page, errors } = await openApp(browser);
  await setBudget(page, 120);
  const url = page.url();
  // What the browser does for a file dragged over the page and dropped on the headline: if
  // nothing prevents the default, it leaves the app and opens the file.
  const prevented = await page.evaluate(() => {
    const data = new DataTransfer();
    data.items.add(new File(['{}'], 'kich-ban.ntm.json', { type: 'application/json' }));
    const target = document.querySelector('[data-testid="headline"]');
    const fire = (type) => {
      const event = new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data });
      target.dispatchEvent(event);
      return event.defaultPrevented;
    };
    return { dragover: fire('dragover'), drop: fire('drop') };
  });
  assert.deepEqual(prevented, { dragover: true, drop: true });
  // Dragged text (not a file) is left to the browser.
  const textPrevented = await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/plain', 'xin chào');
    const event = new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: data });
    document.body.dispatchEvent(event);
    return event.defaultPrevented;
  });
  assert.equal(textPrevented, false);
  assert.equal(page.url(), url);
  assert.equal(await page.getByTestId('lever-budget-scale').inputValue(), '120');
  assert.deepEqual(errors, []);
  await context.close();
});

test('two tabs saving scenarios keep both: each tab takes the library the other wrote', async () => {
  const { context, page: first, errors } = await openApp(browser);
  // The second tab opens before the first saves anything.
  const second = await context.newPage();
  const secondErrors = watch(second);
  await second.goto(BASE_URL);
  await waitForApp(second);

  await saveAs(first, 'Tab một');
  await closeDialog(first);
  // The second tab's list follows, and its own save adds to it rather than replacing it.
  await openLibrary(second, 'saved');
  await second.locator('[data-testid="saved-item"] .saved-name', { hasText: 'Tab một' }).waitFor();
  await closeDialog(second);
  await saveAs(second, 'Tab hai');
  assert.deepEqual((await savedNames(second)).sort(), ['Tab hai', 'Tab một']);
  await closeDialog(second);

  assert.deepEqual(await namesAfterReload(first), ['Tab hai', 'Tab một']);
  assert.deepEqual(errors, []);
  assert.deepEqual(secondErrors, []);
  await context.close();
});

test('a library damaged in another tab: this tab keeps its list, says so in both languages, and writes it back on request with the damage set aside', async () => {
  const { context, page: first, errors } = await openApp(browser);
  await saveAs(first, 'Một');
  await closeDialog(first);
  const second = await context.newPage();
  await second.goto(BASE_URL);
  await waitForApp(second);
  // The other tab's write reaches the first as a storage event.
  await second.evaluate(() => localStorage.setItem('ntm-planner/library/v1', 'garbage{{'));
  await second.close();
  const notice = first.getByTestId('library-error');
  await notice.waitFor();
  const text = await notice.innerText();
  assert.match(text, /vừa bị thay đổi ở một thẻ khác và không đọc được/);
  assert.match(text, /changed in another tab and cannot be read/);
  assert.doesNotMatch(text, /mới hơn|newer version|thư viện mới|new library/);
  await openLibrary(first, 'saved');
  assert.deepEqual(await savedNames(first), ['Một'], 'the list on show stays');
  assert.match(await first.getByTestId('library-locked').innerText(), /Giữ danh sách của trang này/);
  assert.equal(await first.getByTestId('save-current').isDisabled(), true, 'nothing written over it');
  // "Keep this page's list": the damaged text set aside, the list written back and kept on reload.
  await first.getByTestId('library-dialog').getByTestId('library-keep-list').focus();
  await first.keyboard.press('Enter');
  await first.waitForFunction(() => !document.querySelector('[data-testid="library-error"]'));
  // The focus stays in the dialog, on what followed the notice.
  assert.ok(await first.evaluate(() => !!document.activeElement.closest('[data-testid="library-dialog"]')));
  assert.equal(await first.getByTestId('save-current').isDisabled(), false);
  await closeDialog(first);
  const kept = await first.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('ntm-planner/set-aside/library-')));
  assert.equal(kept.length, 1, 'set aside under another key');
  assert.equal(await first.evaluate((k) => localStorage.getItem(k), kept[0]), 'garbage{{');
  assert.deepEqual(await namesAfterReload(first), ['Một']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a tab that was presenting takes what another tab saved meanwhile before it saves', async () => {
  const { context, page: projector, errors } = await openApp(browser);
  const desk = await context.newPage();
  const deskErrors = watch(desk);
  await desk.goto(BASE_URL);
  await waitForApp(desk);

  // The projector tab presents the current scenario (read-only: library changes wait).
  await projector.bringToFront();
  await projector.getByTestId('screen-present').click();
  await projector.waitForFunction(
    () => document.querySelector('[data-testid="story-status"]')?.dataset.ready === 'true',
    null,
    { timeout: 60_000 },
  );
  await projector.getByTestId('present-start').click();
  await projector.getByTestId('presentation').waitFor();

  // Meanwhile the desk tab saves a scenario.
  await desk.bringToFront();
  await saveAs(desk, 'Trong lúc trình chiếu');
  await closeDialog(desk);

  // The presentation ends; the projector tab saves too, and keeps the desk's scenario.
  await projector.bringToFront();
  await projector.keyboard.press('Escape');
  await projector.getByTestId('presentation').waitFor({ state: 'detached' });
  await saveAs(projector, 'Sau trình chiếu');
  assert.deepEqual((await savedNames(projector)).sort(), ['Sau trình chiếu', 'Trong lúc trình chiếu']);
  await closeDialog(projector);

  assert.deepEqual(await namesAfterReload(desk), ['Sau trình chiếu', 'Trong lúc trình chiếu']);
  assert.deepEqual(errors, []);
  assert.deepEqual(deskErrors, []);
  await context.close();
});

test('a name already in the library is said: a save tells the number it got, a rename asks for another', async () => {
  // Both had been silent: "Kế hoạch A" saved again became "Kế hoạch A (2)" under "Đã lưu vào
  // thư viện.", and a rename to another's name (or to nothing) closed as if done.
  const { context, page, errors } = await openApp(browser, '', { viewport: { width: 1366, height: 900 } });
  await openLibrary(page, 'saved');
  for (const pct of [null, 140]) {
    if (pct) {
      await closeDialog(page);
      await setBudget(page, pct);
      await openLibrary(page, 'saved');
    }
    await page.getByTestId('save-name').fill('Kế hoạch A');
    await page.getByTestId('save-name').press('Enter');
    await page.getByTestId('save-status').filter({ hasText: 'Đã lưu' }).waitFor();
  }
  assert.deepEqual(await savedNames(page), ['Kế hoạch A', 'Kế hoạch A (2)']);
  assert.equal(
    await page.getByTestId('save-status').innerText(),
    'Đã lưu vào thư viện với tên “Kế hoạch A (2)”, vì đã có một kịch bản tên “Kế hoạch A”. '
      + 'Bấm “Đổi tên” trong danh sách để đặt tên khác.',
  );
  const id = await savedId(page, 'Kế hoạch A (2)');
  await page.getByTestId(`saved-rename-${id}`).click();
  const box = page.getByTestId(`saved-rename-input-${id}`);
  await box.fill('Kế hoạch A');
  await box.press('Enter');
  const problem = page.getByTestId(`saved-rename-problem-${id}`);
  assert.equal(await problem.innerText(), 'Đã có kịch bản tên “Kế hoạch A”: hãy chọn tên khác.');
  // The same name in other capitals or spacing is the same name.
  await box.fill('kế hoạch  a');
  await box.press('Enter');
  assert.equal(await problem.innerText(), 'Đã có kịch bản tên “Kế hoạch A”: hãy chọn tên khác.');
  await box.fill('Kế hoạch A');
  await box.press('Enter');
  await problem.waitFor();
  // The box stays, with the focus and what was typed, and says it is wrong.
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), `saved-rename-input-${id}`);
  assert.equal(await box.inputValue(), 'Kế hoạch A');
  assert.equal(await box.getAttribute('aria-invalid'), 'true');
  await page.getByTestId('library-dialog').screenshot({ path: 'test-results/library-rename-taken.png' });
  await box.fill('  ');
  assert.equal(await problem.count(), 0, 'typing clears the problem');
  await box.press('Enter');
  assert.equal(await problem.innerText(), 'Hãy nhập một tên.');
  await box.fill('Kế hoạch B');
  await box.press('Enter');
  assert.deepEqual(await savedNames(page), ['Kế hoạch A', 'Kế hoạch B']);
  assert.equal(await page.getByTestId(`saved-rename-input-${id}`).count(), 0);
  // A save under another's name in other capitals is numbered, and says whose name it was.
  await page.getByTestId('save-name').fill('KẾ HOẠCH B');
  await page.getByTestId('save-name').press('Enter');
  await page.getByTestId('save-status').filter({ hasText: 'KẾ HOẠCH B (2)' }).waitFor();
  assert.match(await page.getByTestId('save-status').innerText(), /“KẾ HOẠCH B \(2\)”, vì đã có một kịch bản tên “Kế hoạch B”/);
  assert.deepEqual(errors, []);
  await context.close();
});
