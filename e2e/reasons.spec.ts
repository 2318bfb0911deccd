// Reasons given: the facet and the chart agree with the records, and the row
// details mark the phrase each reason was read from. The seed letters'
// expected records carry hand-labelled reasons (test/fixtures/seeds), so the
// counts here come from those labels, not from the page.
import { expect, test } from '@playwright/test';
import type { ReasonTag } from '../src/domain/letter';
import { chartCard, chartTable } from './support/charts';
import { expectedRows, openWithSeeds, seedLetters } from './support/decisions-view';

const rows = expectedRows(seedLetters());
const reasonsOf = (row: (typeof rows)[number]): readonly ReasonTag[] => row.decision.reasons;

test('the reasons chart and facet count what the records say, and a row marks where each reason was read', async ({ page }) => {
  const { app, view } = await openWithSeeds(page);

  // The chart: every tag with its decisions by outcome, most first (ties in tag order as the page sorts them).
  const counts = new Map<string, { upheld: number; overturned: number }>();
  for (const row of rows) {
    for (const tag of reasonsOf(row)) {
      const c = counts.get(tag) ?? { upheld: 0, overturned: 0 };
      if (row.decision.outcome === 'Upheld') c.upheld++;
      else c.overturned++;
      counts.set(tag, c);
    }
  }
  expect(counts.size, 'the seeds give several reasons').toBeGreaterThan(3);
  await app.showView('Overview');
  const shown = (await chartTable(page, 'Reasons given')).map(([group, upheld, overturned, total]) => [group, upheld, overturned, total]);
  expect(new Map(shown.map(([group, ...rest]) => [group, rest]))).toEqual(
    new Map([...counts].map(([tag, c]) => [tag, [String(c.upheld), String(c.overturned), String(c.upheld + c.overturned)]])),
  );
  const without = rows.filter((row) => reasonsOf(row).length === 0).length;
  if (without > 0) await expect(chartCard(page, 'Reasons given')).toContainText(`Leaves out ${without} decision`);

  // The facet: ticking a reason keeps exactly the decisions that give it.
  const facet = await view.facet('Reasons given');
  await facet.getByRole('checkbox', { name: /^monitoring missing/ }).check();
  const monitoring = rows.filter((row) => reasonsOf(row).includes('monitoring missing'));
  expect(monitoring.length).toBeGreaterThan(0);
  const letters = new Set(monitoring.map((row) => row.letter.file)).size;
  await view.expectSummary(monitoring.length, rows.length, letters);

  // The row details list the reasons and underline the phrases they were read from.
  await app.showView('Decisions');
  const first = monitoring[0]!;
  await view.table.getByRole('button', { name: `Details: ${first.decision.item}` }).click();
  const details = view.table.getByRole('group', { name: `Details: ${first.decision.item}` });
  await expect(details.locator('.dv-reasons')).toContainText(`Reasons given: ${reasonsOf(first).join('; ')}`);
  const marks = details.locator('mark.reason-mark');
  await expect(marks.first()).toBeVisible();
  expect(new Set(await marks.evaluateAll((all) => all.map((m) => m.getAttribute('data-reason'))))).toEqual(new Set(reasonsOf(first)));
  app.expectNoConsoleErrors();
});
