// The letter behind a row: View letter (or L on a row) opens the letter's kept
// text in a dialog, scrolled to the decision, whose item line and rationale
// are marked, with the search words marked too. Expected values come from the
// seeds' expected records and from what the row's own details show.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { expectedRows, openWithSeeds, seedLetters } from './support/decisions-view';

const seeds = seedLetters();
const all = expectedRows(seeds);
const letters = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();


test.describe('the letter view', () => {
  test('opens at the decision with its item and rationale marked, steps through the letter and copies a citation', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const { app, view } = await openWithSeeds(page);
    // A letter with several decisions; its second one is opened.
    const letter = seeds.find((s) => s.record.decisions.length > 1)!.record;
    const target = all.find((r) => r.letter.letter_id === letter.letter_id && r.index === 2)!;
    const details = view.table.getByRole('button', { name: `Details: ${target.decision.item}` });
    await details.click();
    const rowDetails = view.table.getByRole('group', { name: `Details: ${target.decision.item}` });
    const rationaleShown = (await rowDetails.locator('.dv-details-rationale p.dv-rationale').innerText()).trim();
    const viewLetter = rowDetails.getByRole('button', { name: 'View letter' });
    await viewLetter.click();

    const dialog = page.getByRole('dialog', { name: /^Letter/ });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('heading', { name: `Letter ${letter.case_number ?? letter.file}` })).toBeVisible();
    await expect(dialog).toContainText(`Decision 2 of ${letter.decisions.length}: ${target.decision.item}`);
    const item = dialog.locator('mark[data-passage="item"]');
    const rationale = dialog.locator('mark[data-passage="rationale"]');
    await expect(item).toHaveCount(1);
    await expect(rationale).toHaveCount(1);
    expect(letters(await item.innerText())).toBe(letters(target.decision.item));
    // The marked rationale is the one the row's details show, word for word (page breaks aside).
    const marked = letters(await rationale.innerText());
    expect(marked.startsWith(letters(rationaleShown).slice(0, 80))).toBe(true);
    expect(marked.endsWith(letters(rationaleShown).slice(-80))).toBe(true);
    await expect(item).toBeInViewport();
    await page.screenshot({ path: 'e2e/artifacts/letter-view.png' });

    // Previous goes to the first decision, whose item is now the one marked.
    await dialog.getByRole('button', { name: 'Previous decision' }).click();
    await expect(dialog).toContainText(`Decision 1 of ${letter.decisions.length}: ${letter.decisions[0]!.item}`);
    await expect.poll(async () => letters(await item.innerText())).toBe(letters(letter.decisions[0]!.item));
    await expect(item).toBeInViewport();
    await expect(dialog.getByRole('button', { name: 'Previous decision' })).toBeDisabled();
    await dialog.getByRole('button', { name: 'Next decision' }).click();
    await expect(dialog).toContainText(`Decision 2 of ${letter.decisions.length}`);

    // Copy citation: case number, decision date, item and outcome on one line.
    await dialog.getByRole('button', { name: 'Copy citation' }).click();
    const line = `${letter.case_number ?? letter.file} (${letter.decision_date === null ? 'decision date not stated' : `decided ${letter.decision_date}`}): ${target.decision.item} — ${target.decision.outcome}`;
    await expect(dialog.getByRole('status')).toHaveText(`Copied: ${line}`);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(line);

    // Escape closes it and gives the focus back to the button that opened it.
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(viewLetter).toBeFocused();
    app.expectNoConsoleErrors();
  });

  test('opens from the keyboard with L on a row, marks the search words, and passes axe', async ({ page }) => {
    const { app, view } = await openWithSeeds(page);
    await view.search.fill('weaning');
    const weaning = all.filter((r) => r.rationaleText.toLowerCase().includes('weaning') || r.decision.item.toLowerCase().includes('weaning'));
    expect(weaning.length).toBeGreaterThan(0);
    await expect(view.summary).toHaveText(new RegExp(`^Showing ${weaning.length} of`));
    const target = weaning[0]!;

    const details = view.table.getByRole('button', { name: `Details: ${target.decision.item}` });
    await details.focus();
    await page.keyboard.press('l');
    const dialog = page.getByRole('dialog', { name: /^Letter/ });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText(`Decision ${target.index} of ${target.letter.decisions.length}: ${target.decision.item}`);
    // Every "weaning" of the letter is marked, in any case.
    const terms = dialog.locator('mark.term-mark');
    await expect(terms.first()).toBeVisible();
    for (const text of await terms.allInnerTexts()) expect(text.toLowerCase()).toBe('weaning');
    await expect(dialog.locator('mark[data-passage="rationale"] mark.term-mark').first()).toBeAttached();

    const results = await new AxeBuilder({ page }).include('dialog').analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    expect(serious).toEqual([]);

    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(details).toBeFocused();
    app.expectNoConsoleErrors();
  });

  test('marks the search words in Item cells and in the rationale of an open row', async ({ page }) => {
    const { view } = await openWithSeeds(page);
    await view.search.fill('OXY');
    const oxy = all.find((r) => /oxy/i.test(r.decision.item))!;
    const cellMark = view.table.getByRole('cell', { name: oxy.decision.item }).locator('mark.term-mark');
    await expect(cellMark.first()).toHaveText(/^oxy$/i);
    await view.table.getByRole('button', { name: `Details: ${oxy.decision.item}` }).click();
    const details = view.table.getByRole('group', { name: `Details: ${oxy.decision.item}` });
    for (const text of await details.locator('.dv-details-rationale mark.term-mark').allInnerTexts()) expect(text.toLowerCase()).toBe('oxy');
  });
});

test('the whole-letter search finds a diagnosis that only a case summary holds, as a filter like any other', async ({ page }) => {
  const { app, view } = await openWithSeeds(page);
  // "Facet syndrome" is a diagnosis in two letters' case summaries, in no item or rationale.
  const holders = seeds.filter((s) => /facet syndrome/i.test(s.text));
  expect(holders.length).toBe(2);
  expect(all.some((r) => /facet syndrome/i.test(r.rationaleText + r.decision.item))).toBe(false);
  await view.search.fill('Facet Syndrome');
  await view.expectSummary(0, all.length, 0);

  await page.getByRole('checkbox', { name: /also whole letters/ }).check();
  await expect(page.getByRole('status').filter({ hasText: 'Whole letters searched' })).toHaveText(
    'Whole letters searched: 2 letters hold every word.',
  );
  const decisions = holders.reduce((n, s) => n + s.record.decisions.length, 0);
  await view.expectSummary(decisions, all.length, 2);
  await expect(view.chips.getByRole('listitem')).toHaveText([/^Search whole letters: “Facet Syndrome”/]);
  // Opened from the search, a letter marks the words where the case summary has them.
  const first = all.find((r) => r.letter.letter_id === holders[0]!.record.letter_id)!;
  await view.table.getByRole('button', { name: `Details: ${first.decision.item}` }).focus();
  await page.keyboard.press('l');
  const dialog = page.getByRole('dialog', { name: /^Letter/ });
  await expect(dialog.locator('mark.term-mark').first()).toHaveText(/^(facet|syndrome)$/i);
  await page.keyboard.press('Escape');

  await view.chips.getByRole('button', { name: /Remove filter: search whole letters/ }).click();
  await view.expectSummary(all.length, all.length, seeds.length);
  app.expectNoConsoleErrors();
});
