// Letters survive a reload; Clear all data removes them for good.
import { expect, test } from '@playwright/test';
import { DashboardPage } from './support/app';
import { decisionCount, generatedPdfs, seedLetters } from './support/letters';

test('loaded letters are still there after a reload, and gone for good after Clear all data', async ({ page }) => {
  const app = await DashboardPage.open(page);
  const letters = [...seedLetters(), ...(await generatedPdfs(3, 5))];
  await app.addFiles(letters);
  await app.expectShowing(decisionCount(letters), letters.length);

  await app.reload();
  await app.expectShowing(decisionCount(letters), letters.length);
  await expect(app.importStatus).toHaveCount(0);
  await expect(app.emptyState).toHaveCount(0);

  // Backing out of the dialog keeps everything.
  await app.clearAllButton.click();
  await page.screenshot({ path: 'e2e/artifacts/clear-dialog.png' });
  await page.getByRole('dialog', { name: 'Clear all data?' }).getByRole('button', { name: 'Keep my letters' }).click();
  await app.expectShowing(decisionCount(letters), letters.length);

  await app.clearAllData();
  await expect(app.emptyState).toBeVisible();

  await app.reload();
  await expect(app.emptyState).toBeVisible();

  // Cleared letters can be added again in the same page, and count as new.
  await app.dropFiles(seedLetters());
  await app.expectShowing(decisionCount(seedLetters()), seedLetters().length);
  await app.clearAllData();
  await expect(app.emptyState).toBeVisible();
  await app.dropFiles(seedLetters());
  await app.expectShowing(decisionCount(seedLetters()), seedLetters().length);
  app.expectNoConsoleErrors();
});

test('when the browser will not store data, letters still load for this session and the user is told', async ({ page }) => {
  // What private modes and locked-down profiles look like to a page: no IndexedDB at all.
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
  });
  const app = await DashboardPage.open(page);
  await expect(page.getByRole('alert')).toContainText('Saving is unavailable');
  await expect(page.getByRole('alert')).toContainText('kept for this session only');

  const letters = seedLetters();
  await app.addFiles(letters);
  await app.expectShowing(decisionCount(letters), letters.length);
});
