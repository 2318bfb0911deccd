// The decisions table over the five seed letters: rows and badges, sorting by
// several columns (mouse and keyboard), facet, range and text filters with
// their chips, column visibility, row details, and an accessibility scan.
// Expectations come from the seeds' *.expected.json (see support/decisions-view.ts).
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { DashboardPage } from './support/app';
import { recordAttribute } from './support/attribute-values';
import { DecisionsView, expectedRows, openWithSeeds, seedLetters, sortExpected, type ExpectedRow } from './support/decisions-view';

const seeds = seedLetters();
const all = expectedRows(seeds);
const items = (rows: readonly ExpectedRow[]) => rows.map((r) => r.decision.item);
const sorted = (values: readonly string[]) => [...values].sort();


test.describe('decisions table', () => {
  test('shows one row per decision with its outcome badge', async ({ page }) => {
    const { app, view } = await openWithSeeds(page);
    await expect(view.rows).toHaveCount(all.length);
    await expect.poll(async () => sorted(await view.column('Item'))).toEqual(sorted(items(all)));

    // Each row's outcome and medication belong to its item.
    const byItem = new Map(all.map((r) => [r.decision.item, r.decision]));
    const [shownItems, outcomes, medications] = await Promise.all([
      view.column('Item'),
      view.column('Outcome'),
      view.column('Medication'),
    ]);
    shownItems.forEach((item, i) => {
      expect(outcomes[i], item).toBe(byItem.get(item)?.outcome);
      expect(medications[i], item).toBe(byItem.get(item)?.medication ?? '—');
    });

    // Badges carry the outcome colours (text on a light background).
    const upheld = view.table.getByText('Upheld', { exact: true }).first();
    const overturned = view.table.getByText('Overturned', { exact: true }).first();
    await expect(upheld).toHaveCSS('background-color', 'rgb(220, 235, 247)');
    await expect(upheld).toHaveCSS('color', 'rgb(0, 70, 110)');
    await expect(overturned).toHaveCSS('background-color', 'rgb(251, 227, 211)');
    await expect(overturned).toHaveCSS('color', 'rgb(143, 58, 0)');
    await expect(view.table.getByText('Upheld', { exact: true })).toHaveCount(
      all.filter((r) => r.decision.outcome === 'Upheld').length,
    );
    app.expectNoConsoleErrors();
  });

  test('sorts by several columns, from the mouse and the keyboard', async ({ page }) => {
    const { view } = await openWithSeeds(page);

    await view.sortBy('Outcome');
    await expect(view.header('Outcome')).toHaveAttribute('aria-sort', 'ascending');
    // Shift+Enter on a focused header adds it as the next sort level.
    await view.sortButton('Medication').focus();
    await page.keyboard.press('Shift+Enter');
    await expect(view.header('Medication')).toHaveAttribute('aria-sort', 'ascending');
    await view.sortBy('Item', { add: true });
    await expect(view.header('Item')).toHaveAttribute('aria-sort', 'ascending');
    await expect(view.sortButton('Item')).toHaveAccessibleName('Item (sort level 3)');

    const expected = sortExpected(all, [
      { key: (r) => r.decision.outcome, desc: false },
      { key: (r) => r.decision.medication, desc: false },
      { key: (r) => r.decision.item, desc: false },
    ]);
    await expect.poll(() => view.column('Item')).toEqual(items(expected));
    await expect.poll(() => view.column('Outcome')).toEqual(expected.map((r) => r.decision.outcome));

    // Clicking the first level again reverses it and keeps the others.
    await view.sortBy('Outcome', { add: true });
    await expect(view.header('Outcome')).toHaveAttribute('aria-sort', 'descending');
    const reversed = sortExpected(all, [
      { key: (r) => r.decision.outcome, desc: true },
      { key: (r) => r.decision.medication, desc: false },
      { key: (r) => r.decision.item, desc: false },
    ]);
    await expect.poll(() => view.column('Item')).toEqual(items(reversed));

    // A plain click sorts by that column alone; numbers sort as numbers.
    await view.sortBy('Quantity');
    await expect(view.header('Outcome')).not.toHaveAttribute('aria-sort', /./);
    const byQuantity = sortExpected(all, [{ key: (r) => r.decision.quantity, desc: false }]);
    await expect
      .poll(() => view.column('Quantity'))
      .toEqual(byQuantity.map((r) => (r.decision.quantity === null ? '—' : r.decision.quantity.toLocaleString('en-US'))));
    const measures = await page.evaluate(() => performance.getEntriesByName('view:sort').length);
    expect(measures).toBeGreaterThan(0);
  });

  test('filters by a facet, shows the chip, and the chip removes it', async ({ page }) => {
    const { view } = await openWithSeeds(page);
    const hydromorphone = all.filter((r) => r.decision.medication === 'hydromorphone');
    expect(hydromorphone).toHaveLength(2);

    const medication = await view.facet('Medication');
    await medication.getByRole('checkbox', { name: `hydromorphone (${hydromorphone.length})` }).check();
    await view.expectSummary(hydromorphone.length, all.length, 1);
    await expect.poll(async () => sorted(await view.column('Item'))).toEqual(sorted(items(hydromorphone)));

    // Counts of the other facets follow; the medication facet keeps its own counts.
    const outcome = await view.facet('Outcome');
    await expect(outcome.getByRole('checkbox')).toHaveCount(1);
    await expect(outcome.getByRole('checkbox', { name: 'Upheld (2)' })).toBeVisible();
    await expect(medication.getByRole('checkbox', { name: /^oxycodone \(\d+\)$/ })).toBeVisible();

    const chip = view.chips.getByRole('button', { name: 'Remove filter: Medication hydromorphone' });
    await expect(chip).toBeVisible();
    await chip.click();
    await view.expectSummary(all.length, all.length, seeds.length);
    await expect(view.chips).toHaveCount(0);
    expect(await page.evaluate(() => performance.getEntriesByName('view:filter').length)).toBeGreaterThan(0);
  });

  test('filters by an age range and by words in items and rationales', async ({ page }) => {
    const { view } = await openWithSeeds(page);

    await view.filters.getByLabel('Minimum age').fill('55');
    await view.filters.getByLabel('Maximum age').fill('70');
    const ages = all.filter((r) => r.letter.patient.age !== null && r.letter.patient.age >= 55 && r.letter.patient.age <= 70);
    expect(new Set(ages.map((r) => r.letter.patient.age))).toEqual(new Set([60, 68, 59]));
    await view.expectSummary(ages.length, all.length, new Set(ages.map((r) => r.letter.letter_id)).size);
    await expect.poll(async () => sorted(await view.column('Item'))).toEqual(sorted(items(ages)));
    await view.chips.getByRole('button', { name: 'Remove filter: Patient age 55–70' }).click();
    await expect(view.filters.getByLabel('Minimum age')).toHaveValue('');
    await view.expectSummary(all.length, all.length, seeds.length);

    // The seeds whose rationale (or item) mentions weaning, read from the letters' text.
    const weaning = all.filter((r) => /weaning/i.test(r.rationaleText) || /weaning/i.test(r.decision.item));
    expect(weaning.length).toBeGreaterThan(0);
    await view.search.fill('WEANING');
    await view.expectSummary(weaning.length, all.length, new Set(weaning.map((r) => r.letter.letter_id)).size);
    await expect.poll(async () => sorted(await view.column('Item'))).toEqual(sorted(items(weaning)));
    await expect(view.chips.getByRole('button', { name: 'Remove filter: search WEANING' })).toBeVisible();

    // Every word must occur: "weaning carisoprodol" narrows to the one item.
    await view.search.fill('weaning carisoprodol');
    await expect.poll(() => view.column('Item')).toEqual(['Carisoprodol 350mg 30 day supply Qty: 60']);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(view.search).toHaveValue('');
    await view.expectSummary(all.length, all.length, seeds.length);
    expect(await page.evaluate(() => performance.getEntriesByName('view:search').length)).toBeGreaterThan(0);
  });

  test('hides and shows columns from the Columns menu', async ({ page }) => {
    const { view } = await openWithSeeds(page);
    await expect.poll(() => view.headers()).toContain('Medication');
    expect(await view.headers()).not.toContain('Brand');

    const menu = await view.openColumnsMenu();
    await menu.getByRole('checkbox', { name: 'Medication' }).uncheck();
    await menu.getByRole('checkbox', { name: 'Brand' }).check();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('group', { name: 'Visible columns' })).toHaveCount(0);

    await expect.poll(() => view.headers()).not.toContain('Medication');
    expect(await view.headers()).toContain('Brand');
    const byItem = new Map(all.map((r) => [r.decision.item, r.decision.brand ?? '—']));
    const brandsMatchItems = async () => {
      const [brands, shownItems] = await Promise.all([view.column('Brand'), view.column('Item')]);
      return brands.length > 0 && brands.every((brand, i) => brand === byItem.get(shownItems[i] ?? ''));
    };
    await expect.poll(brandsMatchItems).toBe(true);

    const again = await view.openColumnsMenu();
    await again.getByRole('checkbox', { name: 'Medication' }).check();
    await expect.poll(() => view.headers()).toContain('Medication');
  });

  test('expands a row to read its rationale, guideline and letter details', async ({ page }) => {
    const { app, view } = await openWithSeeds(page);
    const target = all.find((r) => r.decision.item.startsWith('Opana'));
    expect(target).toBeDefined();
    if (!target) return;

    const button = view.table.getByRole('button', { name: `Details: ${target.decision.item}` });
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await button.click();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    const details = view.table.getByRole('group', { name: `Details: ${target.decision.item}` });
    await expect(details).toBeVisible();

    // The rationale starts as the letter's does.
    const opening = target.rationaleText.split(' ').slice(0, 8).join(' ');
    await expect(details.getByRole('heading', { name: 'Decision rationale' })).toBeVisible();
    await expect(details).toContainText(opening);
    await expect(details).toContainText(target.letter.letter_id);
    await expect(details).toContainText(target.letter.file);
    for (const section of target.decision.guideline.sections) await expect(details).toContainText(section);
    if (target.decision.med_mg_per_day !== null) await expect(details).toContainText(String(target.decision.med_mg_per_day));

    await page.locator('.dv-layout').screenshot({ path: 'e2e/artifacts/table-expanded.png' });

    // Keyboard: Enter on the focused button collapses it again.
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(details).toHaveCount(0);
    app.expectNoConsoleErrors();
  });

  test('draws the rows in view with each change, and the rows and cells past its edges once the page is idle, ready for a scroll', async ({ page }) => {
    const app = await DashboardPage.open(page);
    await app.loadSamples();
    const view = new DecisionsView(page);
    const region = page.getByRole('region', { name: 'Decisions table' });
    // Rows wholly below the table's visible edge; cells of the first row with nothing in them (an empty value reads "—").
    const beyondEdge = () =>
      page.evaluate(() => {
        const scroller = document.querySelector('.dv-scroll') as HTMLElement;
        const bottom = scroller.getBoundingClientRect().bottom;
        return [...scroller.querySelectorAll('tbody.dv-item')].filter((row) => row.getBoundingClientRect().top >= bottom).length;
      });
    const emptyCells = () =>
      page.evaluate(() => [...document.querySelectorAll('.dv-scroll tbody.dv-item > tr:first-child > td')].filter((td) => td.childNodes.length === 0).length);
    await expect(region).toHaveAttribute('aria-busy', 'false');
    expect(await beyondEdge()).toBeGreaterThanOrEqual(8);
    expect(await emptyCells()).toBe(0);

    // A sort draws the rows in view first (the table says it is busy meanwhile), then the rest.
    const busyValues = await recordAttribute(page, '.dv-scroll', 'aria-busy');
    await view.sortBy('Item');
    await expect(view.header('Item')).toHaveAttribute('aria-sort', 'ascending');
    await expect.poll(busyValues).toContain('true');
    await expect(region).toHaveAttribute('aria-busy', 'false');
    expect(await beyondEdge()).toBeGreaterThanOrEqual(8);
    expect(await emptyCells()).toBe(0);

    // Scrolled by a page, the rows then in view are there, and everything is drawn.
    await page.locator('.dv-scroll').evaluate((scroller) => scroller.scrollBy(0, scroller.clientHeight));
    await expect
      .poll(() =>
        page.evaluate(() => {
          const scroller = document.querySelector('.dv-scroll') as HTMLElement;
          const box = scroller.getBoundingClientRect();
          return document.elementFromPoint(box.left + 40, box.top + box.height / 2)?.closest('tbody.dv-item') != null;
        }),
      )
      .toBe(true);
    await expect(region).toHaveAttribute('aria-busy', 'false');
    expect(await beyondEdge()).toBeGreaterThanOrEqual(8);
    app.expectNoConsoleErrors();
  });

  test('has no serious or critical accessibility violations', async ({ page }) => {
    const { view } = await openWithSeeds(page);
    await view.sortBy('Outcome');
    await view.sortBy('Medication', { add: true });
    const outcome = await view.facet('Outcome');
    await outcome.getByRole('checkbox', { name: /^Overturned/ }).check();
    const overturned = all.filter((r) => r.decision.outcome === 'Overturned');
    await view.expectSummary(overturned.length, all.length, new Set(overturned.map((r) => r.letter.letter_id)).size);
    await view.rows.first().getByRole('button', { name: /^Details: / }).click();
    await expect(view.table.getByRole('group', { name: /^Details: / })).toBeVisible();
    await page.locator('.dv-layout').screenshot({ path: 'e2e/artifacts/table.png' });
    await view.openColumnsMenu();

    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    expect(serious).toEqual([]);
  });
});
