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

/** The table as the Decisions view shows it. */
async function tableView(page: Page) {
  const view = new DecisionsView(page);
  return {
    summary: await view.summary.innerText(),
    chips: await view.chips.getByRole('listitem').allInnerTexts(),
    headers: await view.headers(),
    items: await view.column('Item'),
    dates: await view.column('Decision date'),
  };
}

/** The charts as the Overview shows them, every one drawn for the rows in view. */
async function chartsView(page: Page) {
  await expect(page.getByRole('region', { name: 'Charts' })).toHaveAttribute('aria-busy', 'false');
  return chartTables(page);
}

test('a copied link opens the same view in a fresh page, and Back and Forward step through views', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const { app, view } = await openWithSeeds(page);
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
  const table = await tableView(page);
  expect(table.headers).not.toContain('Medication');
  await app.showView('Overview');
  const url = page.url();
  expect(new URL(url).search).toMatch(/^\?view=overview&f\.outcome=Upheld&q=mtus&sort=decision_date%3Adesc&hide=medication$/);
  const charts = await chartsView(page);

  // The copy button puts this very address on the clipboard.
  await page.getByRole('button', { name: 'Copy link to this view' }).click();
  await expect(page.getByText(/^Link copied/)).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);

  // A fresh page on the copied link (same browser profile, so the same letters) shows the same view.
  const fresh = await context.newPage();
  const other = await DashboardPage.open(fresh, url);
  await expect(fresh.getByRole('tab', { name: /^Overview/ })).toHaveAttribute('aria-selected', 'true');
  await expect.poll(() => chartsView(fresh)).toEqual(charts);
  await other.showView('Decisions');
  await expect.poll(() => tableView(fresh)).toEqual(table);
  other.expectNoConsoleErrors();

  // Back: from the Overview to the Decisions view; then to before the search, which typing made one step.
  await page.goBack();
  await expect(page.getByRole('tab', { name: /^Decisions/ })).toHaveAttribute('aria-selected', 'true');
  await expect(view.search).toHaveValue('mtus');
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
  await expect.poll(() => tableView(page)).toEqual(table);

  // All the way back: the view a fresh page shows, at the address it opened on.
  while (page.url() !== start) await page.goBack();
  await expect(view.chips.getByRole('listitem')).toHaveCount(0);
});
