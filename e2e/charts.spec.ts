// The charts count what the table shows, and clicking a bar filters the table.
// Expected numbers are computed here from the sample letters' expected records,
// independently of the app's aggregation code, so a counting bug cannot hide
// behind a shared helper.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import type { Decision, LetterRecord } from '../src/domain/letter';
import { chartCard, chartTable, settledBox } from './support/charts';
import { wilson } from './support/intervals';
import { DashboardPage } from './support/app';

const TOP = 15;
const NONE = '(none)';

interface ChartCase {
  title: string;
  /** The group(s) a decision counts under; [] leaves it out of the chart. */
  groups: (letter: LetterRecord, decision: Decision) => string[];
  /** How the chart names a group (the key still orders ties). */
  label?: (group: string) => string;
  /** Months read in calendar order and are never folded into "Other". */
  byMonth?: boolean;
}

// The DWC's names of the request categories (docs/letter-formats.md), written out again here.
const DWC_NAMES: Record<string, string> = {
  pharmaceutical: 'Pharmaceuticals',
  dme: 'DMEPOS',
  diagnostic: 'Diagnostic Testing',
  evaluation: 'Evaluation & Management',
  home_health: 'Home Health',
  injection: 'Injection',
  program: 'Programs',
  psych: 'Psych Services',
  physical_medicine: 'Rehabilitation',
  surgery: 'Surgery',
  transportation: 'Transportation',
  other: 'Other',
};

const CHARTS: ChartCase[] = [
  { title: 'By medication', groups: (_, d) => (d.medication === null ? [] : [d.medication]) },
  {
    title: 'By reviewer specialty',
    groups: (l) => (l.reviewer.specialties.length === 0 ? [NONE] : [...new Set(l.reviewer.specialties)]),
  },
  { title: 'By drug class', groups: (_, d) => (d.drug_class === null ? [] : [d.drug_class]) },
  // The chart names categories as the DWC does.
  { title: 'By request category (DWC)', groups: (_, d) => [d.category], label: (c) => DWC_NAMES[c] ?? c },
  { title: 'By guideline source', groups: (_, d) => [d.guideline.source ?? NONE] },
  {
    title: 'Overturn rate by decision month',
    groups: (l) => (l.decision_date === null ? [] : [l.decision_date.slice(0, 7)]),
    byMonth: true,
  },
];


const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
/** Counts as the page prints them (1,234). */
const num = (n: number) => n.toLocaleString('en-US');

function expectedRows(
  records: readonly LetterRecord[],
  chart: ChartCase,
  keep: (d: Decision) => boolean = () => true,
): string[][] {
  const counts = new Map<string, { upheld: number; overturned: number }>();
  for (const letter of records) {
    for (const decision of letter.decisions) {
      if (!keep(decision)) continue;
      for (const group of chart.groups(letter, decision)) {
        const c = counts.get(group) ?? { upheld: 0, overturned: 0 };
        if (decision.outcome === 'Overturned') c.overturned++;
        else c.upheld++;
        counts.set(group, c);
      }
    }
  }
  const total = (c: { upheld: number; overturned: number }) => c.upheld + c.overturned;
  const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  let entries = [...counts].sort(chart.byMonth ? (a, b) => byName(a[0], b[0]) : (a, b) => total(b[1]) - total(a[1]) || byName(a[0], b[0]));
  if (!chart.byMonth && entries.length > TOP) {
    const rest = entries.slice(TOP);
    const other = rest.reduce(
      (sum, [, c]) => ({ upheld: sum.upheld + c.upheld, overturned: sum.overturned + c.overturned }),
      { upheld: 0, overturned: 0 },
    );
    entries = [...entries.slice(0, TOP), [`Other (${rest.length} more)`, other]];
  }
  return entries.map(([group, c]) => {
    const n = total(c);
    const [low, high] = wilson(c.overturned, n);
    const name = chart.label && !group.startsWith('Other (') ? chart.label(group) : group;
    return [name, num(c.upheld), num(c.overturned), num(n), `${pct(c.overturned / n)} (${(low * 100).toFixed(1)}–${(high * 100).toFixed(1)})`];
  });
}

/** The text of one column of the decisions table, for the rows it renders. */
async function tableColumn(page: Page, header: string): Promise<string[]> {
  const table = page.getByRole('region', { name: 'Decisions table' }).getByRole('table');
  const headers = (await table.getByRole('columnheader').allInnerTexts()).map((h) => h.trim());
  const index = headers.findIndex((h) => h.startsWith(header));
  expect(index, `column ${header} in ${headers.join(', ')}`).toBeGreaterThanOrEqual(0);
  const values: string[] = [];
  for (const row of await table.getByRole('row').all()) {
    const cells = row.getByRole('cell');
    if ((await cells.count()) <= index) continue;
    values.push((await cells.nth(index).innerText()).trim());
  }
  return values;
}

/** The table's "Showing X of Y decisions from Z letters" line for these counts. */
function summaryText(shown: number, of: number, letters: number): string {
  return `Showing ${num(shown)} of ${num(of)} decision${of === 1 ? '' : 's'} from ${num(letters)} letter${letters === 1 ? '' : 's'}`;
}

/** A headline figure ("Letters", "Decisions", "Overturn rate"...) of the charts. */
function headlineFigure(page: Page, term: string): Locator {
  return page
    .getByRole('region', { name: 'Charts' })
    .getByRole('term')
    .filter({ hasText: new RegExp(`^${term}$`) })
    .locator('xpath=following-sibling::dd');
}

/** Full-page screenshot from the top, so the sticky header sits where it belongs and no tooltip covers a chart. */
async function screenshot(page: Page, name: string): Promise<void> {
  await page.mouse.move(0, 0);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `e2e/artifacts/${name}`, fullPage: true });
}

test.describe('charts', () => {
  let records: LetterRecord[] = [];
  let decisions = 0;
  const isOxycodone = (d: Decision) => d.medication === 'oxycodone';

  test.beforeEach(async ({ request }) => {
    records = (await (await request.get('/samples/expected.json')).json()) as LetterRecord[];
    expect(records.length).toBeGreaterThan(0);
    decisions = records.reduce((n, r) => n + r.decisions.length, 0);
  });

  /** Loads the sample letters and waits until the charts count all of them (they follow the table). */
  async function openWithSamples(page: Page): Promise<DashboardPage> {
    const app = await DashboardPage.open(page);
    await app.loadSamples();
    await app.showView('Overview');
    await expect(headlineFigure(page, 'Decisions')).toHaveText(num(decisions));
    // Charts out of view are redrawn in idle time: a click on a bar mid-redraw can miss it.
    await expect(page.getByRole('region', { name: 'Charts' })).toHaveAttribute('aria-busy', 'false');
    return app;
  }

  /** After the oxycodone filter is added: the table holds the oxycodone decisions only, and the charts follow it. */
  async function expectOxycodoneOnly(page: Page): Promise<void> {
    const oxycodone = records.flatMap((r) => r.decisions.filter(isOxycodone));
    const letters = records.filter((r) => r.decisions.some(isOxycodone)).length;
    await expect(page.getByText(/^Showing [\d,]+ of/)).toHaveText(summaryText(oxycodone.length, decisions, letters));
    await expect(page.getByRole('list', { name: 'Active filters' }).getByRole('listitem')).toHaveText([/oxycodone/]);
    // A filter set in the Overview narrows the table in the Decisions view.
    await new DashboardPage(page).showView('Decisions');
    await expect.poll(() => tableColumn(page, 'Medication')).toEqual(oxycodone.map(() => 'oxycodone'));
    await new DashboardPage(page).showView('Overview');
    // Charts out of view are redrawn in idle time: each is read once it shows the filtered rows.
    for (const chart of CHARTS) {
      await expect.poll(() => chartTable(page, chart.title), { message: chart.title }).toEqual(expectedRows(records, chart, isOxycodone));
    }
  }

  /** No filter: every decision is in the table and in the charts. */
  async function expectEverything(page: Page): Promise<void> {
    await expect(page.getByText(/^Showing [\d,]+ of/)).toHaveText(summaryText(decisions, decisions, records.length));
    await expect(page.getByRole('list', { name: 'Active filters' })).toHaveCount(0);
    for (const chart of CHARTS) {
      await expect.poll(() => chartTable(page, chart.title), { message: chart.title }).toEqual(expectedRows(records, chart));
    }
  }

  test('count the sample letters, and a click on a bar filters the table until the chip is removed', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    const app = await openWithSamples(page);
    const overturned = records.reduce((n, r) => n + r.decisions.filter((d) => d.outcome === 'Overturned').length, 0);
    await expect(app.decisionsSummary).toHaveText(summaryText(decisions, decisions, records.length));

    // Headline figures.
    const charts = page.getByRole('region', { name: 'Charts' });
    const figure = (term: string) => headlineFigure(page, term);
    await expect(figure('Letters')).toHaveText(num(records.length));
    await expect(figure('Decisions')).toHaveText(num(decisions));
    await expect(figure('Upheld')).toHaveText(num(decisions - overturned));
    await expect(figure('Overturned')).toHaveText(num(overturned));
    const [low, high] = wilson(overturned, decisions);
    await expect(figure('Overturn rate')).toHaveText(`${pct(overturned / decisions)} (95% CI ${(low * 100).toFixed(1)}–${pct(high)})`);

    // Every chart's data table, against counts computed here.
    await expectEverything(page);
    await screenshot(page, 'charts.png');

    // Clicking the oxycodone bar filters the table to oxycodone decisions, and every chart follows.
    expect(records.some((r) => r.decisions.some(isOxycodone)), 'the samples have oxycodone').toBe(true);
    await charts.getByRole('button', { name: /^oxycodone: \d+ upheld, \d+ overturned; filter the table$/ }).click();
    await expectOxycodoneOnly(page);
    // The chart shrank under the pointer: its tooltip must not stay up over the data table.
    await expect(charts.locator('.chart-tooltip')).toHaveCount(0);
    await screenshot(page, 'charts-oxycodone.png');

    // Removing the chip brings everything back.
    await page.getByRole('list', { name: 'Active filters' }).getByRole('button', { name: /oxycodone/ }).click();
    await expectEverything(page);
    app.expectNoConsoleErrors();
  });

  test('a press on a chart’s point counts when the chart redraws between pressing and releasing', async ({ page }) => {
    await openWithSamples(page);
    const point = chartCard(page, 'Overturn rate by decision month').getByRole('button', { name: /; filter the table$/ }).first();
    const name = (await point.getAttribute('aria-label')) ?? '';
    await point.scrollIntoViewIfNeeded();
    const box = await settledBox(point);
    const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await page.mouse.move(centre.x, centre.y);
    await page.mouse.down();
    // With the button held, the rows change and change back (a search typed and
    // erased, as new letters or an idle redraw would): the chart draws its points
    // again, so the element pressed is not the one the button is released on.
    // ("e" is in nearly every decision: the chart stays, with this month in it.)
    const pressed = await point.elementHandle();
    const search = page.getByRole('searchbox', { name: 'Search items and rationales' });
    await search.focus();
    await page.keyboard.type('e');
    await expect.poll(() => pressed!.evaluate((element) => element.isConnected)).toBe(false);
    await search.clear();
    await expect(chartCard(page, 'Overturn rate by decision month').getByRole('button', { name })).toBeVisible();
    // A hand holding a button still moves a little: the browser then finds the new element under the pointer.
    await page.mouse.move(centre.x + 1, centre.y, { steps: 2 });
    await page.mouse.up();
    await expect(page.getByRole('list', { name: 'Active filters' }).getByRole('listitem')).toHaveText([new RegExp(name.slice(0, name.indexOf(':')))]);
  });

  test('Enter on a focused bar filters the table as a click does, and the chip removes it from the keyboard', async ({ page }) => {
    const app = await openWithSamples(page);
    const bar = chartCard(page, 'By medication').getByRole('button', { name: /^oxycodone: .*; filter the table$/ });
    await bar.focus();
    await expect(bar).toBeFocused();
    await page.keyboard.press('Enter');
    await expectOxycodoneOnly(page);

    const remove = page.getByRole('list', { name: 'Active filters' }).getByRole('button', { name: /oxycodone/ });
    await remove.focus();
    await page.keyboard.press('Enter');
    await expectEverything(page);

    // Space works too, on another chart (a month point).
    const month = chartCard(page, 'Overturn rate by decision month').getByRole('button', { name: /; filter the table$/ }).first();
    const name = (await month.getAttribute('aria-label')) ?? '';
    await month.focus();
    await page.keyboard.press(' ');
    await expect(page.getByRole('list', { name: 'Active filters' }).getByRole('listitem')).toHaveText([new RegExp(name.slice(0, name.indexOf(':')))]);
    app.expectNoConsoleErrors();
  });

  test('Other is not a filter, and the controls say their state', async ({ page }) => {
    const app = await openWithSamples(page);
    const charts = page.getByRole('region', { name: 'Charts' });

    // "Other" folds many groups: it has no button.
    const medicationGroups = new Set(records.flatMap((r) => r.decisions.flatMap((d) => (d.medication === null ? [] : [d.medication]))));
    expect(medicationGroups.size, 'the samples have more medications than the chart shows').toBeGreaterThan(TOP);
    await expect(chartCard(page, 'By medication').getByRole('button', { name: /; filter the table$/ })).toHaveCount(TOP);

    // Counts / Percentages is a pressed-state pair; Show data says whether it is open.
    const medication = chartCard(page, 'By medication');
    const counts = medication.getByRole('button', { name: 'Counts' });
    const percentages = medication.getByRole('button', { name: 'Percentages' });
    await expect(counts).toHaveAttribute('aria-pressed', 'true');
    await percentages.click();
    await expect(percentages).toHaveAttribute('aria-pressed', 'true');
    await expect(counts).toHaveAttribute('aria-pressed', 'false');
    // The bars' axis now runs to 100%, and the legend says what the bars show.
    await expect(medication.locator('.chart-counts').getByText('100%', { exact: true })).toBeVisible();
    await expect(medication.getByText(/share of each group/)).toBeVisible();
    const showData = medication.getByRole('button', { name: 'Show data' });
    await expect(showData).toHaveAttribute('aria-expanded', 'false');
    await showData.click();
    await expect(showData).toHaveAttribute('aria-expanded', 'true');
    await expect(medication.getByRole('table', { name: 'By medication' })).toBeVisible();
    await showData.click();
    await expect(medication.getByRole('table')).toHaveCount(0);
    await expect(charts).toBeVisible();
    app.expectNoConsoleErrors();
  });

  test('fit a phone screen without widening the page', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const app = await openWithSamples(page);
    for (const chart of CHARTS) await expect(chartCard(page, chart.title)).toBeVisible();
    await chartTable(page, 'By medication');
    const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, window: window.innerWidth }));
    expect(widths.page).toBeLessThanOrEqual(widths.window);
    // Every card fits the screen.
    for (const chart of CHARTS) {
      const box = await chartCard(page, chart.title).boundingBox();
      expect(box, chart.title).not.toBeNull();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width, chart.title).toBeLessThanOrEqual(390);
    }
    await screenshot(page, 'charts-390.png');
    app.expectNoConsoleErrors();
  });

  test('have no serious or critical accessibility violations', async ({ page }) => {
    const app = await openWithSamples(page);
    // Open what can be opened: data tables, the percentage scale, an active filter.
    for (const chart of CHARTS) await chartTable(page, chart.title);
    await chartCard(page, 'By reviewer specialty').getByRole('button', { name: 'Percentages' }).click();
    // From the keyboard: opening the data tables reflows the page, and a click aimed
    // while the charts settle into their new width can land beside the bar.
    const bar = chartCard(page, 'By medication').getByRole('button', { name: /^oxycodone: / });
    await bar.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('list', { name: 'Active filters' })).toBeVisible();
    // Analysed once the charts show the filtered rows and every part of them is drawn.
    const oxycodone = records.reduce((n, r) => n + r.decisions.filter(isOxycodone).length, 0);
    await expect(headlineFigure(page, 'Decisions')).toHaveText(num(oxycodone));
    await expect(page.getByRole('region', { name: 'Charts' })).toHaveAttribute('aria-busy', 'false');
    const results = await new AxeBuilder({ page }).include('section.charts').analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    expect(serious).toEqual([]);
    expect(results.passes.length).toBeGreaterThan(0);
    app.expectNoConsoleErrors();
  });

  test('a chart downloads as a self-contained SVG and as a PNG, made in the page', async ({ page }) => {
    const app = await openWithSamples(page);
    const card = chartCard(page, 'By medication');
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));

    const [svgDownload] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: 'Download SVG' }).click()]);
    expect(svgDownload.suggestedFilename()).toBe('imr-by-medication.svg');
    const svg = (await streamText(await svgDownload.createReadStream())).trim();
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('By medication');
    // The outcome colours travel inside the file, not in a stylesheet.
    expect(svg).toMatch(/fill:\s*rgb\(0, 114, 178\)|fill="#0072B2"/i);
    expect(svg).toMatch(/fill:\s*rgb\(213, 94, 0\)|fill="#D55E00"/i);

    const [pngDownload] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: 'Download PNG' }).click()]);
    expect(pngDownload.suggestedFilename()).toBe('imr-by-medication.png');
    const png = await streamBytes(await pngDownload.createReadStream());
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.length).toBeGreaterThan(5_000);
    await pngDownload.saveAs('e2e/artifacts/imr-by-medication.png');

    // Nothing was fetched to make them.
    expect(requests.filter((url) => !url.startsWith('blob:') && !url.startsWith('data:'))).toEqual([]);
    app.expectNoConsoleErrors();
  });
});

async function streamBytes(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks);
}

async function streamText(stream: NodeJS.ReadableStream): Promise<string> {
  return (await streamBytes(stream)).toString('utf8');
}
