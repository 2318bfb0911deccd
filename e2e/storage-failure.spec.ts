// When the browser will not keep letters (storage full, storage refused in a
// private window), the user is told once, in words, and the session goes on
// in memory: letters load, filter and export as usual, and later drops work.
import { expect, test, type Page } from '@playwright/test';
import { DashboardPage } from './support/app';
import { decisionCount, generatedPdfs, seedLetters } from './support/letters';

/** IndexedDB opens, but every write is refused as over quota, as when the disk is full. */
async function storageFull(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const full = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    IDBObjectStore.prototype.put = full;
    IDBObjectStore.prototype.add = full;
  });
}

/** Opening a database is refused, as some private windows do. */
async function storageRefused(page: Page): Promise<void> {
  await page.addInitScript(() => {
    IDBFactory.prototype.open = () => {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    };
  });
}

test('storage full: letters stay for the session, the user is told why, and later drops still work', async ({ page }) => {
  await storageFull(page);
  const app = await DashboardPage.open(page);
  await expect(page.getByRole('alert')).toHaveCount(0);

  const first = seedLetters();
  await app.addFiles(first);
  const alert = page.getByRole('alert');
  await expect(alert).toHaveText(
    "Saving is unavailable: the browser's storage for this site is full. Letters you add will be kept for this session only.",
  );
  await app.expectShowing(decisionCount(first), first.length);
  await expect(page.locator('.app-footer')).toContainText('kept for this session only');

  const more = await generatedPdfs(3, 41);
  await app.dropFiles(more);
  await app.expectShowing(decisionCount(first) + decisionCount(more), first.length + more.length);
  await expect(alert).toHaveCount(1);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export JSON' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.json$/);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: 'e2e/artifacts/storage-full.png' });

  // As the notice said: nothing was saved, so a reload starts empty.
  await app.reload();
  await expect(app.emptyState).toBeVisible();
  app.expectNoConsoleErrors();
});

test('storage refused (private window): the user is told, and letters load for the session', async ({ page }) => {
  await storageRefused(page);
  const app = await DashboardPage.open(page);
  await expect(page.getByRole('alert')).toContainText('Saving is unavailable: the browser does not let this page store data');
  await expect(page.getByRole('alert')).toContainText('kept for this session only');
  const letters = [...seedLetters(), ...(await generatedPdfs(2, 43))];
  await app.dropFiles(letters);
  await app.expectShowing(decisionCount(letters), letters.length);
  app.expectNoConsoleErrors();
});
