// Letter text is data, never markup or code: a letter whose item carries
// <img src=x onerror=alert(1)> and whose item and rationale open with
// =HYPERLINK(...), a file named like an HTML tag, and a PDF with a document
// script. No script runs, nothing is fetched, the text shows as written, the
// CSV cells that a spreadsheet would run are guarded, and the JSON keeps the
// text exactly.
import { expect, test } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { readFileSync } from 'node:fs';
import { FORMULA_PAYLOAD, HTML_PAYLOAD, letterLines, seedLetter } from '../test/fixtures/hostile/letters';
import { makeHostile } from '../test/fixtures/hostile/make-hostile';
import { renderTextPdf } from '../test/fixtures/hostile/pdf';
import { DashboardPage } from './support/app';
import { csvRecords } from './support/csv';
import { DecisionsView } from './support/decisions-view';
import { NetworkLog } from './support/network-log';

const PAYLOAD_ITEMS = [
  `Opana ER 5mg ${HTML_PAYLOAD} 30 day supply Qty: 30.00`,
  'Oxycodone 30mg 30 day supply Qty: 120',
  `${FORMULA_PAYLOAD} Carisoprodol 350mg 30 day supply Qty: 60`,
];
const TAG_NAMED = '<img src=x onerror=alert(2)>.txt';

/** Seed 004 as a PDF whose document-level JavaScript would raise an alert in a viewer that runs it. */
async function pdfWithScript(): Promise<Uint8Array> {
  const doc = await PDFDocument.load(await renderTextPdf(letterLines(seedLetter('004_').text)), { updateMetadata: false });
  doc.addJavaScript('onOpen', 'app.alert("the PDF script ran");');
  return doc.save({ useObjectStreams: false });
}

async function download(page: import('@playwright/test').Page, button: string): Promise<Buffer> {
  const event = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  return readFileSync(await (await event).path());
}

test('markup and formulas in letters stay text: no script runs and the CSV cells are guarded', async ({ page, context, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const log = await NetworkLog.start(context, page);
  await page.setViewportSize({ width: 1400, height: 2000 });
  const app = await DashboardPage.open(page);

  await app.dropFiles([
    { name: 'payload.txt', bytes: await makeHostile('payload.txt') },
    { name: 'scripted.pdf', bytes: await pdfWithScript() },
    { name: TAG_NAMED, bytes: new TextEncoder().encode(`${HTML_PAYLOAD}\n${FORMULA_PAYLOAD}\nnot a letter\n`) },
  ]);
  const seed004 = seedLetter('004_');
  const seed004Items = (JSON.parse(readFileSync(`test/fixtures/seeds/${seed004.name.replace(/\.txt$/, '.expected.json')}`, 'utf8')) as {
    decisions: Array<{ item: string }>;
  }).decisions.map((d) => d.item);
  await app.expectShowing(PAYLOAD_ITEMS.length + seed004Items.length, 2);

  // The file named like a tag is listed by its name, as text.
  expect(await app.problems()).toEqual([{ file: TAG_NAMED, reason: expect.stringMatching(/letter/i) }]);

  // Items show exactly as the letter wrote them.
  const view = new DecisionsView(page);
  expect((await view.column('Item')).sort()).toEqual([...PAYLOAD_ITEMS, ...seed004Items].sort());

  // Every row's details open: rationales with the payloads, rendered as text.
  for (const button of await page.getByRole('button', { name: /^Details: / }).all()) await button.click();
  await expect(page.getByText(`${FORMULA_PAYLOAD} Oxycodone is an opioid.`, { exact: false })).toBeVisible();

  // Searching for the markup finds it as text.
  await view.search.fill(HTML_PAYLOAD);
  await expect(app.decisionsSummary).toHaveText(/^Showing 1 of/);
  await view.search.fill('');

  // Nothing the payloads name was created, fetched or run.
  await expect(page.locator('img[src="x"], img[onerror]')).toHaveCount(0);
  expect(log.requests.filter((r) => new URL(r.url).pathname === '/x')).toEqual([]);
  expect(log.offOrigin(origin)).toEqual([]);
  expect(await NetworkLog.violations(page), 'nothing even tried to run').toEqual([]);

  // CSV: a cell a spreadsheet would run as a formula starts with an apostrophe.
  const rows = csvRecords(await download(page, 'Export CSV'));
  expect(rows.map((r) => r.item).sort()).toEqual(
    [...PAYLOAD_ITEMS.map((item) => (item.startsWith('=') ? `'${item}` : item)), ...seed004Items].sort(),
  );
  const oxycodone = rows.find((r) => r.item === PAYLOAD_ITEMS[1]);
  expect(oxycodone?.rationale?.startsWith(`'${FORMULA_PAYLOAD} Oxycodone is an opioid.`)).toBe(true);
  for (const row of rows) {
    for (const [column, cell] of Object.entries(row)) expect(cell, `${column} of ${row.item}`).not.toMatch(/^[=+\-@\t\r]/);
  }

  // JSON: the text exactly as the letter has it, no apostrophes, no escaping.
  const letters = JSON.parse((await download(page, 'Export JSON')).toString('utf8')) as Array<{
    file: string;
    decisions: Array<{ item: string; rationale: string }>;
  }>;
  const payload = letters.find((l) => l.file === 'payload.txt');
  expect(payload?.decisions.map((d) => d.item)).toEqual(PAYLOAD_ITEMS);
  expect(payload?.decisions[1]?.rationale.startsWith(`${FORMULA_PAYLOAD} Oxycodone is an opioid.`)).toBe(true);

  await page.screenshot({ path: 'e2e/artifacts/xss-payloads.png' });
  expect(dialogs).toEqual([]);
  app.expectNoConsoleErrors();
});

test('even markup that reached the page could not run: the policy blocks inline handlers', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await NetworkLog.start(page.context(), page);
  await DashboardPage.open(page);
  // As if a component had used innerHTML on letter text.
  await page.evaluate((html) => {
    const host = document.createElement('div');
    host.innerHTML = html;
    document.body.append(host);
  }, `<img src="data:,x" onerror="alert('inline handler ran')">`);
  await expect
    .poll(async () => (await NetworkLog.violations(page)).map((v) => v.directive))
    .toContain('script-src-attr');
  expect(dialogs).toEqual([]);
});
