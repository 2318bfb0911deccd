// Letters survive a reload; Clear all data removes them for good.
import { expect, test } from '@playwright/test';
import { DashboardPage } from './support/app';
import { decisionCount, generatedPdfs, seedLetters } from './support/letters';

test('loaded letters are still there after a reload, and gone for good after Clear all data', async ({ page }) => {
  const app = await DashboardPage.open(page);
  const letters = [...seedLetters(), ...(await generatedPdfs(3, 5))];
  await app.addFiles(letters);
  const total = `${decisionCount(letters)} decisions`;
  await expect(app.main.getByText(total, { exact: false }).first()).toBeVisible();

  await app.reload();
  await expect(app.main.getByText(total, { exact: false }).first()).toBeVisible();
  await expect(app.emptyState).toHaveCount(0);

  // Backing out of the dialog keeps everything.
  await app.clearAllButton.click();
  await page.getByRole('dialog', { name: 'Clear all data?' }).getByRole('button', { name: 'Keep my letters' }).click();
  await expect(app.main.getByText(total, { exact: false }).first()).toBeVisible();

  await app.clearAllData();
  await expect(app.emptyState).toBeVisible();

  await app.reload();
  await expect(app.emptyState).toBeVisible();
  app.expectNoConsoleErrors();
});
