// The address bar is the share link: it always holds the scenario, a reload or a new tab
// gives the same state back, and a broken link falls back to the defaults with a message.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, openApp, headline, setBudget, waitForApp, chartGeneration, waitForRedraw,
} from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('reloading the page gives back the same lever value and headline', async () => {
  const { context, page, errors } = await openApp(browser);
  await setBudget(page, 170);
  const figures = await headline(page);
  assert.equal(new URL(page.url()).hash, '#budget=170');

  await page.reload();
  await waitForApp(page);
  assert.equal(await page.getByTestId('lever-budget-scale').inputValue(), '170');
  assert.equal(await page.getByTestId('lever-budget-scale-range').inputValue(), '170');
  assert.deepEqual(await headline(page), figures);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the copied address opens the same state in a new browser context', async () => {
  const first = await openApp(browser);
  await setBudget(first.page, 45);
  const url = first.page.url();
  const figures = await headline(first.page);
  await first.context.close();

  const second = await openApp(browser, new URL(url).hash);
  assert.equal(await second.page.getByTestId('lever-budget-scale').inputValue(), '45');
  assert.deepEqual(await headline(second.page), figures);
  assert.equal(await second.page.getByTestId('link-error').count(), 0);
  assert.deepEqual(second.errors, []);
  await second.context.close();
});

test('a broken link shows a short message in both languages and the defaults', async () => {
  const clean = await openApp(browser);
  const defaults = await headline(clean.page);
  await clean.context.close();

  for (const fragment of ['#budget=abc', '#budget=9999', '#%%%garbage', '#foo=1&budget=100']) {
    const { context, page, errors } = await openApp(browser, fragment);
    const message = page.getByTestId('link-error');
    await message.waitFor();
    const text = await message.innerText();
    assert.match(text, /Liên kết không hợp lệ/, fragment);
    assert.match(text, /Invalid link/, fragment);
    assert.equal(await page.getByTestId('lever-budget-scale').inputValue(), '100', fragment);
    assert.deepEqual(await headline(page), defaults, fragment);
    assert.equal(new URL(page.url()).hash, '#budget=100', `${fragment}: address not reset`);

    await message.getByRole('button').click();
    await message.waitFor({ state: 'detached' });
    assert.deepEqual(errors, [], fragment);
    await context.close();
  }
});

test('a link pasted into the same tab (fragment only) updates the page', async () => {
  const { context, page, errors } = await openApp(browser);
  const defaults = await headline(page);
  const generation = await chartGeneration(page);
  // Same document: no reload, only a hashchange event.
  await page.goto(new URL('#budget=260', page.url()).href);
  await page.waitForFunction(
    () => document.querySelector('[data-testid="lever-budget-scale"]').value === '260');
  await waitForRedraw(page, generation);
  assert.notDeepEqual(await headline(page), defaults);
  assert.deepEqual(errors, []);
  await context.close();
});
