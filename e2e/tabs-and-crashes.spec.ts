// Storage to trust across tabs and crashes. Two tabs on the same letters stay
// in step (letters added in one appear in the other; Clear all data in one
// empties the other), and an import cut short by closing its tab is named on
// the next visit: the letters it read are kept, and every file it did not
// read is listed.
import { expect, test, type Page } from '@playwright/test';
import { DashboardPage } from './support/app';
import { seedLetters } from './support/decisions-view';

const seeds = seedLetters();
const decisions = seeds.reduce((n, s) => n + s.record.decisions.length, 0);

/** Distinct copies of a seed letter (one line added to each changes its content hash). */
function copies(count: number) {
  const [seed] = seeds;
  return Array.from({ length: count }, (_, i) => ({
    name: `copy-${String(i).padStart(3, '0')}.txt`,
    bytes: new Uint8Array([...seed!.bytes, ...new TextEncoder().encode(`\n${i}\n`)]),
  }));
}

/** In this page, a file named "hang-me.txt" is never answered by its reader: an import holding it keeps running. */
async function withHangingFile(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const post = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: unknown[]) {
      const text = JSON.stringify(message, (_key, value: unknown) => (ArrayBuffer.isView(value) || value instanceof ArrayBuffer ? undefined : value));
      if (text?.includes('hang-me.txt')) return;
      return (post as (...a: unknown[]) => void).call(this, message, ...rest);
    };
  });
}

const hanging = { name: 'hang-me.txt', bytes: new TextEncoder().encode('never read') };

test('two tabs show the same letters, and a clear in one empties the other', async ({ context }) => {
  const one = await DashboardPage.open(await context.newPage());
  const two = await DashboardPage.open(await context.newPage());
  await one.addFiles(seeds.slice(0, 3).map((s) => ({ name: s.name, bytes: s.bytes })));
  const first = seeds.slice(0, 3).reduce((n, s) => n + s.record.decisions.length, 0);
  await one.expectShowing(first, 3);
  await two.expectShowing(first, 3);

  // The second tab adds the rest, and one letter the first already has: no letter twice in either.
  await two.addFiles(seeds.slice(2).map((s) => ({ name: s.name, bytes: s.bytes })));
  await two.expectShowing(decisions, seeds.length);
  await one.expectShowing(decisions, seeds.length);

  // An export from the first tab holds what the second added.
  const download = one.page.waitForEvent('download');
  await one.page.getByRole('button', { name: 'Export JSON' }).click();
  const exported = JSON.parse(await (await (await download).createReadStream()).toArray().then((c) => Buffer.concat(c).toString('utf8'))) as unknown[];
  expect(exported).toHaveLength(seeds.length);

  await two.clearAllData();
  await expect(two.emptyState).toBeVisible();
  await expect(one.emptyState).toBeVisible();
  one.expectNoConsoleErrors();
  two.expectNoConsoleErrors();
});

test('an import cut short by closing its tab names the files it never read on the next visit', async ({ context }) => {
  const files = [...copies(300), hanging];
  const page = await context.newPage();
  await withHangingFile(page);
  const app = await DashboardPage.open(page);
  await app.addLettersInput.setInputFiles(files.map((f) => ({ name: f.name, mimeType: 'text/plain', buffer: Buffer.from(f.bytes) })));
  // The letters are in the table, the import still running (one file is never answered): the tab goes, as if the browser were killed.
  await expect(app.decisionsSummary).toHaveText(/from 300 letters$/, { timeout: 90_000 });
  await expect(app.importStatus).toHaveAttribute('aria-busy', 'true');
  await page.close({ runBeforeUnload: false });

  const next = await DashboardPage.open(await context.newPage());
  const notice = next.page.getByRole('region', { name: 'Unfinished imports' });
  await expect(notice).toContainText('An import of 301 files started');
  await expect(next.decisionsSummary).toHaveText(/from [1-9][\d,]* letters?$/);
  const kept = Number(/from ([\d,]+) letters?$/.exec(await next.decisionsSummary.innerText())?.[1]?.replace(/,/g, '') ?? '0');
  expect(kept).toBeGreaterThan(0);
  // Every file is either a letter kept or a file named as not read; the one never answered among them.
  await expect(notice).toContainText(`${301 - kept === 1 ? '1 file was' : `${301 - kept} files were`} never read`);
  await notice.getByText('Files not read').click();
  const listed = await notice.getByRole('listitem').allInnerTexts();
  expect(listed).toContain('hang-me.txt');
  expect(listed).toHaveLength(301 - kept);

  // Dismissed, it stays gone.
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
  await next.reload();
  await expect(next.page.getByRole('region', { name: 'Unfinished imports' })).toHaveCount(0);
  next.expectNoConsoleErrors();
});

test('a tab opened while another imports does not call that import unfinished', async ({ context }) => {
  const page = await context.newPage();
  await withHangingFile(page);
  const one = await DashboardPage.open(page);
  await one.addLettersInput.setInputFiles([...copies(20), hanging].map((f) => ({ name: f.name, mimeType: 'text/plain', buffer: Buffer.from(f.bytes) })));
  await one.expectShowing(20 * seeds[0]!.record.decisions.length, 20);
  await expect(one.importStatus).toHaveAttribute('aria-busy', 'true');
  const two = await DashboardPage.open(await context.newPage());
  await two.expectShowing(20 * seeds[0]!.record.decisions.length, 20);
  await expect(one.importStatus).toHaveAttribute('aria-busy', 'true');
  await expect(two.page.getByRole('region', { name: 'Unfinished imports' })).toHaveCount(0);
  await one.importStatus.getByRole('button', { name: 'Cancel' }).click();
  await expect(one.importStatus).toHaveAttribute('aria-busy', 'false');
});
