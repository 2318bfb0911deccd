// A view in the URL: filters, search, sort and columns set in one page open
// the same view from the copied link in a fresh page (same rows in the same
// order, same charts' data tables), Back and Forward step through views, and
// the URL names only the user's choices.
import { expect, test, type Page } from '@playwright/test';
import { DashboardPage } from './support/app';
import { chartTable } from './support/charts';
import { DecisionsView, openWithSeeds } from './support/decisions-view';

const CHARTS = ['By medication', 'By reviewer specialty', 'Reasons given', 'By request category (DWC)'];

async function chartTables(page: Page): Promise<string[][][]> {
  const tables: string[][][] = [];
  for (const title of CHARTS) tables.push(await chartTable(page, title));
  return tables;
}

async function snapshot(page: Page) {
  const view = new DecisionsView(page);
  // Every chart drawn for the rows in view (the queue draws them one by one).
  await expect(page.getByRole('region', { name: 'Charts' })).toHaveAttribute('aria-busy', 'false');
  return {
    summary: await view.summary.innerText(),
    chips: await view.chips.getByRole('listitem').allInnerTexts(),
    headers: await view.headers(),
    items: await view.column('Item'),
    dates: await view.column('Decision date'),
    charts: await chartTables(page),
  };
}

test('a copied link opens the same view in a fresh page, and Back and Forward step through views', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const { view } = await openWithSeeds(page);
  const start = page.url();

  await (await view.facet('Outcome')).getByRole('checkbox', { name: /^Upheld/ }).check();
  await expect(view.chips.getByRole('listitem')).toHaveCount(1);
  await view.sortBy('Decision date');
  await view.sortBy('Decision date'); // descending
  const menu = await view.openColumnsMenu();
  await menu.getByRole('checkbox', { name: 'Medication' }).uncheck();
  await page.getByRole('button', { name: 'Columns' }).click();
  await expect(menu).toBeHidden();
  await view.search.pressSequentially('mtus');
  await expect(view.chips.getByRole('listitem')).toHaveCount(2);
  await expect(page).toHaveURL(/q=mtus/);
  const url = page.url();
  expect(new URL(url).search).toMatch(/^\?f\.outcome=Upheld&q=mtus&sort=decision_date%3Adesc&hide=medication$/);
  const original = await snapshot(page);
  expect(original.headers).not.toContain('Medication');

  // The copy button puts this very address on the clipboard.
  await page.getByRole('button', { name: 'Copy link to this view' }).click();
  await expect(page.getByText(/^Link copied/)).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);

  // A fresh page on the copied link (same browser profile, so the same letters) shows the same view.
  const fresh = await context.newPage();
  const other = await DashboardPage.open(fresh, url);
  await expect(new DecisionsView(fresh).summary).toHaveText(original.summary);
  await expect.poll(() => snapshot(fresh)).toEqual(original);
  other.expectNoConsoleErrors();

  // Typing the search, a key at a time, made one history entry, not one per key: Back goes to the view before it.
  await page.goBack();
  await expect(page).not.toHaveURL(/q=/);
  await expect(view.search).toHaveValue('');
  await expect(view.chips.getByRole('listitem')).toHaveCount(1);
  await expect.poll(async () => (await view.headers()).includes('Medication')).toBe(false);
  await page.goBack(); // before hiding the column
  await expect.poll(async () => (await view.headers()).includes('Medication')).toBe(true);
  await page.goForward();
  await page.goForward();
  await expect(view.search).toHaveValue('mtus');
  await expect.poll(() => snapshot(page)).toEqual(original);

  // All the way back: the view a fresh page shows, at the address it opened on.
  while (page.url() !== start) await page.goBack();
  await expect(view.chips.getByRole('listitem')).toHaveCount(0);
});
