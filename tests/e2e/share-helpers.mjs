// Shared by the share, scenarios and dialogs tests (issue 5): open the header's dialogs, read
// the link the share dialog shows, scan its QR code with jsQR, read a download, parse CSV.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { generation, waitForNewResults } from './helpers.mjs';

const require = createRequire(import.meta.url);
const JSQR_PATH = require.resolve('jsqr/dist/jsQR.js');

/** Opens the share dialog and returns it (a locator). */
export async function openShare(page) {
  await page.getByTestId('share-open').click();
  const dialog = page.getByTestId('share-dialog');
  await dialog.waitFor();
  return dialog;
}

/** Opens the scenarios dialog on `tab` ('saved', 'presets' or 'files') and returns it. */
export async function openLibrary(page, tab = 'saved') {
  await page.getByTestId('library-open').click();
  const dialog = page.getByTestId('library-dialog');
  await dialog.waitFor();
  await page.getByTestId(`lib-tab-${tab}`).click();
  return dialog;
}

/** Closes whichever dialog is open with Escape, and waits for it to go. */
export async function closeDialog(page) {
  await page.keyboard.press('Escape');
  await page.locator('dialog[open]').waitFor({ state: 'detached' });
}

/** The link the share dialog shows (opens and closes it). */
export async function shareLink(page) {
  await openShare(page);
  const link = await page.getByTestId('share-link').inputValue();
  await closeDialog(page);
  return link;
}

/** Clicks `testid` (which puts another scenario on screen) and waits for its results. */
export async function loadAndWait(page, testid) {
  const before = await generation(page);
  await page.getByTestId(testid).click();
  await waitForNewResults(page, before);
}

/** Scans the QR code in the open share dialog: its SVG drawn on a canvas, read by jsQR. */
export async function scanQr(page) {
  await page.addScriptTag({ path: JSQR_PATH });
  return page.evaluate(async () => {
    const svg = document.querySelector('[data-testid="qr-code"]');
    const modules = Number(svg.dataset.modules);
    const px = modules * 6;
    const img = new Image();
    const xml = new XMLSerializer().serializeToString(svg);
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(xml)}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = px;
    canvas.height = px;
    const ctx = canvas.getContext('2d');
    ctx.drawImage(img, 0, 0, px, px);
    const { data } = ctx.getImageData(0, 0, px, px);
    // eslint-disable-next-line no-undef
    const found = jsQR(data, px, px);
    return found ? found.data : null;
  });
}

/** Waits for the download that `click()` starts; returns its file name and bytes. */
export async function download(page, click) {
  const [dl] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await dl.path();
  return { name: dl.suggestedFilename(), bytes: await readFile(path), path };
}

/** RFC 4180 CSV (quotes, doubled quotes, CRLF) into rows of fields. */
export function parseCsv(text, separator = ',') {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i += 1; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

/** The CSV text of `bytes` after checking and removing the UTF-8 byte-order mark. */
export function withoutBom(bytes) {
  if (bytes[0] !== 0xef || bytes[1] !== 0xbb || bytes[2] !== 0xbf) {
    throw new Error(`no UTF-8 BOM: ${[...bytes.subarray(0, 3)]}`);
  }
  return bytes.subarray(3).toString('utf8');
}

/** The visible text of the headline's figures (medians, ranges, targets), for comparing. */
export function headlineText(page) {
  // Without "… since the last change": that is this page's own history, which a link does
  // not carry (the page it opens has had no change yet).
  return page.locator('.headline-figures').evaluate((el) => {
    const copy = el.cloneNode(true);
    copy.querySelectorAll('[data-testid$="-since-change"]').forEach((e) => e.remove());
    document.body.append(copy);
    const text = copy.innerText;
    copy.remove();
    return text;
  });
}
