// One drop of every hostile input from test/fixtures/hostile beside good
// letters: each bad file is listed with its reason in plain words, every good
// letter (including those in awkward encodings, a zip in a zip and a PDF with
// an owner password) is in the table, and the 200 MB file is refused without
// the page ever reading it whole.
import { expect, test } from '@playwright/test';
import { DashboardPage } from './support/app';
import { DecisionsView } from './support/decisions-view';
import { dropFromDisk } from './support/disk-drop';
import { writeHostileDrop, type HostileDrop } from './support/hostile-files';

const MB = 1024 * 1024;

let drop: HostileDrop;
test.beforeAll(async () => {
  drop = await writeHostileDrop();
});
test.afterAll(() => drop?.cleanUp());

test('each bad file is named with its reason and every good letter beside it is in the table', async ({ page }) => {
  test.setTimeout(300_000);
  // Tall enough that the virtualised table renders every row.
  await page.setViewportSize({ width: 1400, height: 4200 });
  // Every whole-file read on the page, by size: the pool reads a file only when a worker takes it.
  await page.addInitScript(() => {
    const reads: number[] = [];
    Object.assign(window, { __wholeReads: reads });
    const original = Blob.prototype.arrayBuffer;
    Blob.prototype.arrayBuffer = function (this: Blob) {
      reads.push(this.size);
      return original.call(this);
    };
  });
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });

  const app = await DashboardPage.open(page);
  await dropFromDisk(app, drop.paths);

  const decisions = drop.good.reduce((n, l) => n + l.decisions.length, 0);
  await expect(app.importSummary).toHaveText(
    `Finished reading ${drop.paths.length} files: ${drop.good.length} new letters with ${decisions} decisions; ` +
      `${drop.bad.length} problems.`,
  );

  // The problems panel: one entry per bad file, saying what is wrong with it.
  const problems = await app.problems();
  expect(problems.map((p) => p.file).sort()).toEqual(drop.bad.map((b) => b.file).sort());
  for (const bad of drop.bad) {
    const reason = problems.find((p) => p.file === bad.file)?.reason ?? '';
    expect(reason, bad.file).toMatch(bad.reason);
  }
  await app.problemsPanel.screenshot({ path: 'e2e/artifacts/hostile-problems.png' });

  // The table: every decision of every good letter, under the letter's own name.
  await app.expectShowing(decisions, drop.good.length);
  const view = new DecisionsView(page);
  const columns = await view.openColumnsMenu();
  await columns.getByRole('checkbox', { name: 'File' }).check();
  await page.keyboard.press('Escape');
  await expect(view.header('File')).toBeVisible();
  const shown = async () => {
    const [files, items, outcomes] = await Promise.all([view.column('File'), view.column('Item'), view.column('Outcome')]);
    return files.map((file, i) => `${file} | ${items[i]} | ${outcomes[i]}`).sort();
  };
  const expected = drop.good.flatMap((l) => l.decisions.map(([item, outcome]) => `${l.file} | ${item} | ${outcome}`)).sort();
  await expect.poll(shown).toEqual(expected);

  // The 200 MB file was refused from its size: nothing that large was read whole.
  const reads = await page.evaluate(() => (window as unknown as { __wholeReads: number[] }).__wholeReads);
  expect(reads.length).toBeGreaterThanOrEqual(drop.goodFiles);
  expect(Math.max(...reads)).toBeLessThan(50 * MB);
  expect(dialogs).toEqual([]);
  app.expectNoConsoleErrors();
});
