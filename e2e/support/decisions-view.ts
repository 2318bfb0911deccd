// Page model of the decisions view (table, filters, columns, row details) and
// the seed letters' expected records, for table.spec.ts and export.spec.ts.
// Expected values are computed here from the *.expected.json files, never with
// the app's own derive/ code, so a bug there cannot hide behind a shared helper.
import { expect, type Locator, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Decision, LetterRecord } from '../../src/domain/letter';
import { DashboardPage } from './app';

const SEEDS = join(import.meta.dirname, '../../test/fixtures/seeds');

/** The seeds' expected records lack `rationale`. */
export type ExpectedDecision = Omit<Decision, 'rationale'>;
export type ExpectedRecord = Omit<LetterRecord, 'decisions'> & { decisions: ExpectedDecision[] };

export interface SeedLetter {
  name: string;
  bytes: Buffer;
  text: string;
  record: ExpectedRecord;
}

export function seedLetters(): SeedLetter[] {
  return readdirSync(SEEDS)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const bytes = readFileSync(join(SEEDS, name));
      const record = JSON.parse(readFileSync(join(SEEDS, name.replace(/\.txt$/, '.expected.json')), 'utf8')) as ExpectedRecord;
      return { name, bytes, text: bytes.toString('utf8'), record };
    });
}

/** One expected table row: a decision with its letter. */
export interface ExpectedRow {
  letter: ExpectedRecord;
  decision: ExpectedDecision;
  /** 1-based position in the letter. */
  index: number;
  /** The letter's text from this decision's "Decision rationale:" to the next item's guideline line. */
  rationaleText: string;
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * A deliberately crude reading of the seed letters' rationales (the expected
 * JSON has none): the k-th "Decision rationale:" up to the next "Claims
 * Administrator guideline". It may carry the next item's heading at its end.
 */
function rationaleChunks(text: string): string[] {
  return text
    .split('Decision rationale:')
    .slice(1)
    .map((chunk) => collapse(chunk.split('Claims Administrator guideline')[0] ?? ''));
}

export function expectedRows(letters: readonly SeedLetter[]): ExpectedRow[] {
  return letters.flatMap((seed) => {
    const chunks = rationaleChunks(seed.text);
    expect(chunks, `${seed.name}: one rationale per decision`).toHaveLength(seed.record.decisions.length);
    return seed.record.decisions.map((decision, i) => ({
      letter: seed.record,
      decision,
      index: i + 1,
      rationaleText: chunks[i] ?? '',
    }));
  });
}

/** Sort like a user expects a table to: text ignoring case, numbers numerically, empty values last either way. */
export function sortExpected(
  rows: readonly ExpectedRow[],
  levels: ReadonlyArray<{ key: (row: ExpectedRow) => string | number | null; desc: boolean }>,
): ExpectedRow[] {
  const norm = (v: string | number | null) => (typeof v === 'string' ? v.toLowerCase() : v);
  return rows
    .map((row, position) => ({ row, position }))
    .sort((a, b) => {
      for (const { key, desc } of levels) {
        const x = norm(key(a.row));
        const y = norm(key(b.row));
        if (x === y) continue;
        if (x === null) return 1;
        if (y === null) return -1;
        const order = x < y ? -1 : 1;
        return desc ? -order : order;
      }
      return a.position - b.position;
    })
    .map(({ row }) => row);
}

export class DecisionsView {
  constructor(readonly page: Page) {}

  get summary(): Locator {
    return this.page.getByText(/^Showing [\d,]+ of [\d,]+ decisions? from [\d,]+ letters?$/);
  }

  get table(): Locator {
    return this.page.getByRole('region', { name: 'Decisions table' }).getByRole('table');
  }

  get filters(): Locator {
    return this.page.getByRole('complementary', { name: 'Filters' });
  }

  get chips(): Locator {
    return this.page.getByRole('list', { name: 'Active filters' });
  }

  get search(): Locator {
    return this.page.getByLabel('Search items and rationales');
  }

  header(name: string): Locator {
    return this.table.getByRole('columnheader', { name: new RegExp(`^${name}( \\(sort level \\d+\\))?$`) });
  }

  sortButton(name: string): Locator {
    return this.header(name).getByRole('button');
  }

  async expectSummary(shown: number, total: number, letters: number): Promise<void> {
    const n = (count: number, one: string) => `${count.toLocaleString('en-US')} ${count === 1 ? one : `${one}s`}`;
    await expect(this.summary).toHaveText(
      `Showing ${shown.toLocaleString('en-US')} of ${n(total, 'decision')} from ${n(letters, 'letter')}`,
    );
  }

  /** Header names of the visible columns, as shown (sort marks and screen-reader-only text left out). */
  async headers(): Promise<string[]> {
    return this.table.getByRole('columnheader').evaluateAll((cells) =>
      cells.map((cell) => {
        const copy = cell.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('[aria-hidden="true"], .visually-hidden').forEach((n) => n.remove());
        return (copy.textContent ?? '').trim();
      }),
    );
  }

  /** The decision rows in the DOM (all of them for the few seed rows); detail rows are left out. */
  get rows(): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('button', { name: /^Details: / }) });
  }

  /**
   * One column's cell texts as shown, row by row ("—" for an empty value), once
   * the table is drawn whole (cells out of view follow a change in idle time).
   */
  async column(name: string): Promise<string[]> {
    await expect(this.page.getByRole('region', { name: 'Decisions table' })).toHaveAttribute('aria-busy', 'false');
    const headers = await this.headers();
    const index = headers.indexOf(name);
    expect(index, `column ${name} in ${headers.join(', ')}`).toBeGreaterThanOrEqual(0);
    return this.rows.evaluateAll(
      (rows, i) =>
        rows.map((row) => {
          const cell = (row as HTMLTableRowElement).cells[i];
          const copy = cell?.cloneNode(true) as HTMLElement | undefined;
          copy?.querySelectorAll('.visually-hidden').forEach((n) => n.remove());
          return (copy?.textContent ?? '').trim();
        }),
      index,
    );
  }

  /** Opens a facet's disclosure in the filter panel (if closed) and returns it. */
  async facet(label: string): Promise<Locator> {
    const details = this.filters.locator('details').filter({ has: this.page.locator('summary', { hasText: new RegExp(`^${label}`) }) });
    if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
    await expect(details).toHaveAttribute('open', '');
    return details;
  }

  async sortBy(name: string, options: { add?: boolean } = {}): Promise<void> {
    await this.sortButton(name).click({ modifiers: options.add ? ['Shift'] : [] });
  }

  async openColumnsMenu(): Promise<Locator> {
    const button = this.page.getByRole('button', { name: 'Columns' });
    if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
    return this.page.getByRole('group', { name: 'Visible columns' });
  }
}

/** A fresh page with the five seed letters added, waiting until the table shows all their decisions. */
export async function openWithSeeds(page: Page): Promise<{ app: DashboardPage; view: DecisionsView }> {
  const seeds = seedLetters();
  const all = expectedRows(seeds);
  const app = await DashboardPage.open(page);
  await page.setViewportSize({ width: 1440, height: 1000 });
  await app.addFiles(seeds.map((s) => ({ name: s.name, bytes: s.bytes })));
  const view = new DecisionsView(page);
  await view.expectSummary(all.length, all.length, seeds.length);
  return { app, view };
}
