// An Export JSON file loads back: dropped on a page that has been cleared it
// gives every letter again, exactly (the second export is the same bytes as
// the first), they survive a reload, and dropping it on a page that already
// has them skips them all.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { DashboardPage } from './support/app';
import { seedLetters } from './support/decisions-view';
import { mixedLetters } from './support/mixed-letters';

async function exportJson(page: Page): Promise<Buffer> {
  const event = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export JSON' }).click();
  return readFileSync(await (await event).path());
}

const byId = (json: Buffer) =>
  (JSON.parse(json.toString('utf8')) as Array<{ letter_id: string }>).sort((a, b) => a.letter_id.localeCompare(b.letter_id));

test('an exported JSON file loads back every record exactly', async ({ page }) => {
  test.setTimeout(240_000);
  const app = await DashboardPage.open(page);
  const drop = await mixedLetters();
  await app.dropFiles(drop.files);
  await app.expectShowing(drop.decisions, drop.letters);
  const exported = await exportJson(page);
  expect(byId(exported)).toHaveLength(drop.letters);

  // Cleared, and opened afresh as on another day.
  await app.clearAllData();
  await app.reload();
  await expect(app.emptyState).toBeVisible();
  await app.dropFiles([{ name: 'imr-letters.json', bytes: exported }]);
  await expect(app.importSummary).toHaveText(
    `Finished reading 1 file: ${drop.letters} new letters with ${drop.decisions} decisions.`,
  );
  await app.expectShowing(drop.decisions, drop.letters);
  // Same records, same order, same text: the same file again.
  expect((await exportJson(page)).equals(exported)).toBe(true);

  // Saved like letters read from their files.
  await app.reload();
  await app.expectShowing(drop.decisions, drop.letters);
  expect(byId(await exportJson(page))).toEqual(byId(exported));

  // Loaded again on top of itself: nothing new.
  await app.addFiles([{ name: 'imr-letters.json', bytes: exported, mimeType: 'application/json' }]);
  await expect(app.importSummary).toHaveText(`Finished reading 1 file: 0 new letters with 0 decisions.`);
  await expect(app.importStatus).toContainText(`${drop.letters} files were already loaded and were skipped.`);
  await app.expectShowing(drop.decisions, drop.letters);
  app.expectNoConsoleErrors();
});

test('a damaged export or some other JSON file is named with its reason', async ({ page }) => {
  const app = await DashboardPage.open(page);
  const enc = (s: string) => new TextEncoder().encode(s);
  await app.dropFiles([
    { name: 'package.json', bytes: enc('{"name": "not letters"}') },
    { name: 'edited.json', bytes: enc('[{"file": "a.txt", "letter_id": "nothex"}]') },
    { name: 'cut-off.json', bytes: enc('[{"file": "a.txt", "letter_') },
  ]);
  expect((await app.problems()).sort((a, b) => a.file.localeCompare(b.file))).toEqual([
    { file: 'cut-off.json', reason: 'not a JSON export of letters: not JSON: the file could not be read as JSON' },
    { file: 'edited.json', reason: 'damaged JSON export: record 1: letter_id must be 16 lower-case hex digits' },
    { file: 'package.json', reason: 'not a JSON export of letters: expected a JSON array of letter records' },
  ]);
  await expect(app.emptyState).toBeVisible();
});

test('an export with letter texts restores a whole library, texts included, in another browser', async ({ page, browser }) => {
  const app = await DashboardPage.open(page);
  const seeds = seedLetters();
  const decisions = seeds.reduce((n, s) => n + s.record.decisions.length, 0);
  await app.addFiles(seeds.map((s) => ({ name: s.name, bytes: s.bytes })));
  await app.expectShowing(decisions, seeds.length);
  await page.getByRole('checkbox', { name: 'with letter texts' }).check();
  const exported = await exportJson(page);
  const records = JSON.parse(exported.toString('utf8')) as Array<{ letter_id: string; letter_text?: string }>;
  // Each letter carries the text it was read from.
  expect(records.map((r) => r.letter_text)).toEqual(records.map((r) => seeds.find((s) => s.record.letter_id === r.letter_id)?.text));

  // Another browser: nothing stored, then the file.
  const elsewhere = await browser.newContext();
  const other = await DashboardPage.open(await elsewhere.newPage());
  await other.dropFiles([{ name: 'library.json', bytes: exported }]);
  await other.expectShowing(decisions, seeds.length);
  // The letter view there reads the restored text.
  const target = seeds[0]!.record.decisions[0]!;
  await other.page.getByRole('button', { name: `Details: ${target.item}` }).click();
  await other.page.getByRole('button', { name: 'View letter' }).click();
  const dialog = other.page.getByRole('dialog', { name: /^Letter/ });
  await expect(dialog.locator('mark[data-passage="item"]')).toHaveCount(1);
  await expect(dialog).not.toContainText('was not kept');
  await other.page.keyboard.press('Escape');
  // And it exports the same file again.
  await other.page.getByRole('checkbox', { name: 'with letter texts' }).check();
  expect((await exportJson(other.page)).equals(exported)).toBe(true);
  other.expectNoConsoleErrors();
  await elsewhere.close();
});

test('a letter loaded from an export without texts says its text was not kept', async ({ page }) => {
  const app = await DashboardPage.open(page);
  const seeds = seedLetters().slice(0, 1);
  await app.addFiles(seeds.map((s) => ({ name: s.name, bytes: s.bytes })));
  const exported = await exportJson(page);
  await app.clearAllData();
  await app.dropFiles([{ name: 'records.json', bytes: exported }]);
  const target = seeds[0]!.record.decisions[0]!;
  await page.getByRole('button', { name: `Details: ${target.item}` }).click();
  await page.getByRole('button', { name: 'View letter' }).click();
  await expect(page.getByRole('dialog', { name: /^Letter/ })).toContainText('The text of this letter was not kept');
});
