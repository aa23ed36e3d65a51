// The browser's Back and Forward between the page's screens (src/screen_history.rs). Back
// left the app from any screen, even in the middle of a presentation; a reload went back to
// the workspace. Back must change the screen only, never the work.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openApp, setBudget, hash, BASE_URL } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** The screen the switcher marks as current ("workspace", "compare", "present", "report"). */
async function screenShown(page) {
  const id = await page.locator('.screen-tab.is-current').getAttribute('data-testid');
  return id.replace('screen-', '');
}

/** Waits until the switcher marks `screen` as current. */
function waitForScreen(page, screen) {
  return page.waitForFunction(
    (s) => document.querySelector('.screen-tab.is-current')?.dataset.testid === `screen-${s}`,
    screen,
  );
}

/** Starts the presentation and turns to its third slide; the slide counter's text there. */
async function presentToThirdSlide(page) {
  await page.getByTestId('present-start').click();
  await page.getByTestId('presentation').waitFor();
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  const at = await page.getByTestId('slide-counter').innerText();
  assert.match(at, /^Trang 3\//);
  return at;
}

/** Waits until the headline shows every run (on whatever screen the page opened). */
function headlineFinal(page) {
  return page.waitForFunction(() => document.querySelector('[data-testid="headline"]')?.dataset.final === 'true');
}

test('Back and Forward move between screens and keep the work; a reload stays on the screen', async () => {
  const { context, page, errors } = await openApp(browser);
  await setBudget(page, 150);
  await page.getByTestId('screen-compare').click();
  await waitForScreen(page, 'compare');
  await page.goBack();
  await waitForScreen(page, 'workspace');
  assert.equal(await page.getByTestId('lever-budget-scale').inputValue(), '150');

  // A lever moved after Back; Forward brings the comparison back, not the link it was left
  // with (the budget at 150).
  await setBudget(page, 120);
  const link = await hash(page);
  await page.goForward();
  await waitForScreen(page, 'compare');
  // The out-of-date hashchange has had its turn.
  await page.waitForTimeout(300);
  assert.equal(await hash(page), link);
  await page.getByTestId('screen-report').click();
  await waitForScreen(page, 'report');
  await page.reload();
  await waitForScreen(page, 'report');
  await page.goBack();
  await waitForScreen(page, 'compare');
  await page.goBack();
  await waitForScreen(page, 'workspace');
  assert.equal(await page.getByTestId('lever-budget-scale').inputValue(), '120');
  assert.equal(await hash(page), link);
  assert.deepEqual(errors, []);
  await context.close();
});

test('Back during a presentation ends it at the storyboard, which starts again where it was left', async () => {
  const { context, page, errors } = await openApp(browser);
  await page.getByTestId('screen-present').click();
  await waitForScreen(page, 'present');
  const at = await presentToThirdSlide(page);
  await page.goBack();
  await page.getByTestId('presentation').waitFor({ state: 'detached' });
  assert.equal(await screenShown(page), 'present');
  await page.getByTestId('present-start').click();
  assert.equal(await page.getByTestId('slide-counter').innerText(), at);
  // Escape ends it too; then Back goes to the screen before the storyboard, not to it again.
  await page.keyboard.press('Escape');
  await page.getByTestId('presentation').waitFor({ state: 'detached' });
  await page.goBack();
  await waitForScreen(page, 'workspace');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a colleague\'s link, only looked at: after a reload, Back still shows it, not this browser\'s own work', async () => {
  // The sender's scenario: the budget at 150%.
  const sender = await openApp(browser);
  await setBudget(sender.page, 150);
  const link = await hash(sender.page);
  await sender.context.close();
  // The reader's browser has work of its own (budget 70%) in its autosave.
  const { context, page, errors } = await openApp(browser);
  await setBudget(page, 70);
  await page.goto(`${BASE_URL}${link}`);
  await page.reload();
  await headlineFinal(page);
  assert.equal(await page.getByTestId('lever-budget-scale').inputValue(), '150');
  await page.getByTestId('screen-compare').click();
  await waitForScreen(page, 'compare');
  // Entries made before a reload belong to a page that is gone: Back loads them anew.
  await page.reload();
  await waitForScreen(page, 'compare');
  await page.goBack();
  await waitForScreen(page, 'workspace');
  await headlineFinal(page);
  assert.equal(await page.getByTestId('lever-budget-scale').inputValue(), '150');
  assert.equal(await hash(page), link);
  // A reload during a presentation, then Back: the storyboard, the same scenario.
  await page.getByTestId('screen-present').click();
  await waitForScreen(page, 'present');
  const at = await presentToThirdSlide(page);
  await page.reload();
  await waitForScreen(page, 'present');
  assert.equal(await page.getByTestId('presentation').count(), 0);
  // Started again, it goes back to the slide it was on, as after Escape.
  await page.waitForFunction(() => document.querySelector('[data-testid="story-status"]')?.dataset.ready === 'true', null, { timeout: 60_000 });
  await page.getByTestId('present-start').click();
  assert.equal(await page.getByTestId('slide-counter').innerText(), at);
  await page.keyboard.press('Escape');
  await page.getByTestId('presentation').waitFor({ state: 'detached' });
  // The entry the presentation was started from (the storyboard), then the workspace's.
  await page.goBack();
  await page.waitForFunction(() => document.querySelector('[data-testid="story-status"]'));
  await waitForScreen(page, 'present');
  await page.goBack();
  await waitForScreen(page, 'workspace');
  await headlineFinal(page);
  assert.equal(await page.getByTestId('lever-budget-scale').inputValue(), '150');
  assert.equal(await hash(page), link);
  assert.deepEqual(errors, []);
  await context.close();
});
