// One dashboard: the views a key apart under one filter panel, Compare's
// figures against an independent computation, accessibility in every view,
// and a phone reaching the table within a screen.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { DashboardPage } from './support/app';
import { newcombe, wilson } from './support/intervals';
import { expectedRows, openWithSeeds, seedLetters } from './support/decisions-view';

const rows = expectedRows(seedLetters());

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const pts = (x: number) => `${x > 0 ? '+' : x < 0 ? '−' : ''}${Math.abs(x * 100).toFixed(1)}`;

test('Compare shows two specialties’ counts and intervals as computed here, and exports them', async ({ page }) => {
  const { app } = await openWithSeeds(page);
  await app.showView('Compare');
  const specialties = [...new Set(rows.flatMap((r) => r.letter.reviewer.specialties))];
  const [first, second] = specialties;
  expect(second, 'the seeds have two specialties').toBeDefined();
  const cohort = (specialty: string) => {
    const inIt = rows.filter((r) => r.letter.reviewer.specialties.includes(specialty));
    return { n: inIt.length, k: inIt.filter((r) => r.decision.outcome === 'Overturned').length };
  };
  const a = cohort(first!);
  const b = cohort(second!);

  const compare = page.getByRole('tabpanel', { name: /^Compare/ });
  await compare.getByRole('combobox', { name: 'Compare by' }).selectOption('specialty');
  await compare.getByRole('listbox', { name: 'Cohort A' }).selectOption(first!);
  await compare.getByRole('listbox', { name: 'Cohort B' }).selectOption(second!);
  const table = compare.getByRole('table', { name: 'Cohorts compared' });
  const line = (k: number, n: number) => {
    const [low, high] = wilson(k, n);
    return [String(n), String(k), `${pct(k / n)} (${pct(low)}–${pct(high)})`];
  };
  await expect(table.getByRole('row').nth(1).getByRole('cell')).toHaveText(line(a.k, a.n));
  await expect(table.getByRole('row').nth(2).getByRole('cell')).toHaveText(line(b.k, b.n));
  const [d, low, high] = newcombe(a.k, a.n, b.k, b.n);
  await expect(compare.locator('.compare-difference')).toContainText(`A − B: ${pts(d)} (${pts(low)} to ${pts(high)}) percentage points`);
  await expect(page).toHaveURL(/view=compare&a\.specialty=.+&b\.specialty=/);

  const download = page.waitForEvent('download');
  await compare.getByRole('button', { name: 'Export comparison CSV' }).click();
  const csv = readFileSync((await (await download).path())!, 'utf8');
  const [, all] = csv.replace('\uFEFF', '').split('\r\n');
  expect(all?.split(',').slice(0, 4)).toEqual(['all', 'all', String(a.n), String(a.k)]);

  // The same page, the same filters: ticking Overturned in the panel bounds both cohorts.
  await page.getByRole('complementary', { name: 'Filters' }).getByRole('checkbox', { name: /^Overturned/ }).check();
  await expect(table.getByRole('row').nth(1).getByRole('cell').first()).toHaveText(String(a.k));
  app.expectNoConsoleErrors();
});

test('the keyboard alone reaches every view, and no view has a serious or critical accessibility violation', async ({ page }) => {
  const { app } = await openWithSeeds(page);
  const tab = (name: string) => page.getByRole('tab', { name: new RegExp(`^${name}`) });
  // Keys 1, 2, 3 outside a text field; arrow keys within the tab list.
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  for (const [key, name] of [
    ['1', 'Overview'],
    ['3', 'Compare'],
    ['2', 'Decisions'],
  ] as const) {
    await page.keyboard.press(key);
    await expect(tab(name)).toHaveAttribute('aria-selected', 'true');
  }
  await tab('Decisions').focus();
  await page.keyboard.press('ArrowLeft');
  await expect(tab('Overview')).toBeFocused();
  await expect(tab('Overview')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('heading', { name: 'Overview', level: 2 })).toBeVisible();
  // Typing a 3 into the search box types it; it does not switch views.
  await page.getByRole('searchbox', { name: 'Search items and rationales' }).fill('');
  await page.getByRole('searchbox', { name: 'Search items and rationales' }).press('3');
  await expect(tab('Overview')).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('searchbox', { name: 'Search items and rationales' }).fill('');

  for (const name of ['Overview', 'Decisions', 'Compare'] as const) {
    await app.showView(name);
    if (name === 'Overview') await expect(page.getByRole('region', { name: 'Charts' })).toHaveAttribute('aria-busy', 'false');
    const results = await new AxeBuilder({ page }).analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${name}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
});

test('on a phone the table starts within one screen of the status line', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const app = await DashboardPage.open(page);
  await app.addFiles(seedLetters().map((s) => ({ name: s.name, bytes: s.bytes })));
  await app.expectShowing(rows.length, seedLetters().length);
  const summary = await app.decisionsSummary.boundingBox();
  const table = await app.decisionsTable.boundingBox();
  expect(summary && table).toBeTruthy();
  expect(table!.y - summary!.y).toBeLessThan(844);
  // The filters fold into a drawer that opens on demand.
  const toggle = page.getByRole('button', { name: /^Filters/ });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(page.getByRole('complementary', { name: 'Filters' }).getByRole('checkbox', { name: /^Upheld/ })).toBeVisible();
});

test('printing the Overview gives the headline, the charts and the active filters, without the controls', async ({ page }) => {
  const { app } = await openWithSeeds(page);
  await page.getByRole('complementary', { name: 'Filters' }).getByRole('checkbox', { name: /^Upheld/ }).check();
  await app.showView('Overview');
  await expect(page.getByRole('region', { name: 'Charts' })).toHaveAttribute('aria-busy', 'false');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('list', { name: 'Active filters' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Charts' }).getByText('Overturn rate', { exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'By medication' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Filters' })).toBeHidden();
  await expect(page.getByRole('tablist', { name: 'Views' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Load sample letters' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Show data' }).first()).toBeHidden();
});

test('the idle warm-up lays its off-screen fields and font samples out and leaves nothing behind', async ({ page }) => {
  // Counts what the warm-up (ui/shared/warm-first-frame.ts) adds to the page and takes away.
  await page.addInitScript(() => {
    const seen = { added: 0, removed: 0 };
    (window as unknown as { warmUp: typeof seen }).warmUp = seen;
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) if (node instanceof HTMLElement && node.getAttribute('aria-hidden') === 'true') seen.added++;
        for (const node of record.removedNodes) if (node instanceof HTMLElement && node.getAttribute('aria-hidden') === 'true') seen.removed++;
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await DashboardPage.open(page);
  const counts = () => page.evaluate(() => (window as unknown as { warmUp: { added: number; removed: number } }).warmUp);
  // Every slice has run...
  await page.waitForFunction(() => performance.getEntriesByName('first-frame:warmed').length > 0, null, { timeout: 15_000 });
  // ...having laid out the fields, then one block of samples per font size the stylesheets set (there are several)...
  expect((await counts()).added).toBeGreaterThan(3);
  // ...and each is gone by the frame after.
  await expect.poll(async () => { const { added, removed } = await counts(); return added - removed; }).toBe(0);
  await expect(page.locator('body > [aria-hidden="true"]')).toHaveCount(0);
});
