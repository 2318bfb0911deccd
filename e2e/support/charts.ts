// The charts as a test reads them: a chart's card by its title, and its data table's rows.
import { expect, type Locator, type Page } from '@playwright/test';

export function chartCard(page: Page, title: string): Locator {
  return page.getByRole('region', { name: 'Charts' }).getByRole('region', { name: title });
}

/**
 * The element's box once the page around it has stopped moving: the same over
 * two frames. Chart cards never yet on screen are sized by a placeholder height
 * (content-visibility, charts.css) until scrolled to, so cards above one just
 * scrolled into view take their real heights a frame or two later, and move it.
 */
export async function settledBox(element: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  let last = '';
  await expect
    .poll(async () => {
      await element.page().evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const box = JSON.stringify(await element.boundingBox());
      const same = box === last;
      last = box;
      return same && box !== 'null';
    })
    .toBe(true);
  return JSON.parse(last) as { x: number; y: number; width: number; height: number };
}

/** Opens the chart's "Show data" table (if closed) and reads its rows. */
export async function chartTable(page: Page, title: string): Promise<string[][]> {
  const card = chartCard(page, title);
  const toggle = card.getByRole('button', { name: 'Show data' });
  // From the keyboard: a click aimed while cards above reflow (a data table opening, a chart drawn) can land beside the button.
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const table = card.getByRole('table', { name: title });
  await expect(table.getByRole('columnheader')).toHaveText(['Group', 'Upheld', 'Overturned', 'Total', 'Overturned %']);
  const rows: string[][] = [];
  for (const row of await table.getByRole('row').all()) {
    if ((await row.getByRole('columnheader').count()) > 0) continue;
    // textContent, not innerText: a card scrolled out of view skips rendering (content-visibility), and its innerText is empty.
    const head = (await row.getByRole('rowheader').textContent()) ?? '';
    rows.push([head.trim(), ...(await row.getByRole('cell').allTextContents()).map((t) => t.trim())]);
  }
  return rows;
}

