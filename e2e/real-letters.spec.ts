// Real published letters, dropped as downloaded (encrypted PDFs), read through
// the page's workers in Chromium: every record agrees with its expected record
// on every field that record gives. Then the record version 2 readings as a
// user meets them: the DWC categories and their subcategories, a category
// chart opened on one category and back, the new facets, and a modified
// request in the row details.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LetterRecord } from '../src/domain/letter';
import { givenFields } from '../test/expected-fields';
import { DashboardPage, type LetterFile } from './support/app';

const REAL = 'test/fixtures/real';
// Twelve of the sixty-four, chosen for what they show: modified requests in both
// shapes, kits, adjunct surgical services, therapies, retrospective items.
const CHOSEN = ['006', '015', '063', '098', '107', '112', '133', '142', '154', '159', '160', '164'];

interface RealLetter extends LetterFile {
  expected: LetterRecord;
}

function realLetters(): RealLetter[] {
  const available = new Set(readdirSync(REAL));
  return CHOSEN.map((n) => {
    const name = `real_${n}.pdf`;
    if (!available.has(name)) throw new Error(`${name} is missing from ${REAL}`);
    return {
      name,
      bytes: readFileSync(join(REAL, name)),
      expected: JSON.parse(readFileSync(join(REAL, `real_${n}.expected.json`), 'utf8')) as LetterRecord,
    };
  });
}

async function exportJson(page: Page): Promise<LetterRecord[]> {
  const event = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export JSON' }).click();
  return JSON.parse(readFileSync(await (await event).path(), 'utf8')) as LetterRecord[];
}

test('real letters dropped as PDFs agree with their expected records, field by field', async ({ page }) => {
  test.setTimeout(180_000);
  const letters = realLetters();
  const decisions = letters.reduce((n, l) => n + l.expected.decisions.length, 0);
  const app = await DashboardPage.open(page);
  await app.dropFiles(letters);
  await app.expectShowing(decisions, letters.length);

  const exported = new Map((await exportJson(page)).map((r) => [r.file, r]));
  for (const { name, expected } of letters) {
    expect(givenFields(exported.get(name), expected), name).toEqual(expected);
  }
  app.expectNoConsoleErrors();
});

test('the DWC categories: a subcategory column, a category chart that opens on one category, the new facets', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1440, height: 1000 });
  const letters = realLetters();
  const records = letters.map((l) => l.expected);
  const all = records.flatMap((r) => r.decisions);
  const app = await DashboardPage.open(page);
  await app.dropFiles(letters);
  await app.showView('Overview');
  const charts = page.getByRole('region', { name: 'Charts' });
  await expect(charts).toHaveAttribute('aria-busy', 'false');

  // The category chart names the DWC's categories; a click on one opens its subcategories.
  const surgery = all.filter((d) => d.category === 'surgery');
  const categoryChart = page.getByRole('region', { name: 'By request category (DWC)' });
  await categoryChart.getByRole('button', { name: /^Surgery: / }).click();
  const opened = page.getByRole('region', { name: 'Surgery: by subcategory' });
  await expect(opened).toBeVisible();
  await expect(page.getByText(/^Showing [\d,]+ of/)).toHaveText(
    new RegExp(`^Showing ${surgery.length} of ${all.length} decisions`),
  );
  await expect(charts).toHaveAttribute('aria-busy', 'false');
  await opened.getByRole('button', { name: 'Show data' }).click();
  const shown = await opened.getByRole('table').getByRole('row').allInnerTexts();
  const adjunct = surgery.filter((d) => d.subcategory === 'Adjunct Surgical Services');
  expect(shown.some((row) => row.startsWith('Adjunct Surgical Services') && row.includes(String(adjunct.length)))).toBe(true);

  // Back to every category: the category filter goes with it.
  await opened.getByRole('button', { name: 'All categories' }).click();
  await expect(categoryChart).toBeVisible();
  await app.expectShowing(all.length, records.length);

  // The new facets, each counting what the expected records say.
  const filters = page.getByRole('complementary', { name: 'Filters' });
  const facet = async (name: string) => {
    const group = filters.locator('details').filter({ has: page.locator('summary', { hasText: new RegExp(`^${name}`) }) });
    await group.locator('summary').click();
    return group;
  };
  const valueLabel = (group: Locator, value: string) =>
    group.locator('label').filter({ has: page.locator('.dv-facet-value', { hasText: new RegExp(`^${value}$`) }) });
  const modified = all.filter((d) => d.original_request !== null).length;
  const modifiedFacet = await facet('Modified by UR');
  await expect(valueLabel(modifiedFacet, 'Modified')).toContainText(`(${modified})`);
  const retro = all.filter((d) => d.retrospective).length;
  const retroFacet = await facet('Retrospective');
  await expect(valueLabel(retroFacet, 'Retrospective')).toContainText(`(${retro})`);
  const priorityFacet = await facet('Priority');
  await expect(valueLabel(priorityFacet, 'Standard')).toContainText(`(${all.length})`);
  const subFacet = await facet('Subcategory');
  const opioids = all.filter((d) => d.subcategory === 'Opioids').length;
  await expect(valueLabel(subFacet, 'Opioids')).toContainText(`(${opioids})`);

  // A modified request: the row details say what was asked for and what was authorized.
  await modifiedFacet.getByRole('checkbox', { name: /^Modified / }).check();
  await expect(page.getByText(/^Showing [\d,]+ of/)).toHaveText(new RegExp(`^Showing ${modified} of`));
  const baclofen = records.flatMap((r) => r.decisions).find((d) => d.item === 'Baclofen 100mg #3');
  if (baclofen === undefined) throw new Error('real_015 is not among the letters');
  await app.showView('Decisions');
  await app.decisionsTable.getByRole('button', { name: 'Details: Baclofen 100mg #3' }).click();
  const details = app.decisionsTable.getByRole('group', { name: 'Details: Baclofen 100mg #3' });
  await expect(details.getByText('Modified by utilization review')).toBeVisible();
  await expect(details.locator('dd').filter({ hasText: baclofen.original_request ?? '' }).first()).toBeVisible();
  await expect(details.locator('dd').filter({ hasText: baclofen.authorized ?? '' }).first()).toBeVisible();
  await page.screenshot({ path: 'e2e/artifacts/real-letters-modified.png', fullPage: false });
  app.expectNoConsoleErrors();
});
