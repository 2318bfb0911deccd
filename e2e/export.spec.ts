// Export CSV and Export JSON write what the table shows: the filtered rows, in
// the table's order. The expected CSV is built here, from the seeds'
// *.expected.json, by a small writer of this file's own (not the app's
// decisionsToCsv), and compared cell for cell.
//
// The expected records carry no rationale, so the rationale column is checked
// loosely: it must start with the first words of the letter's "Decision
// rationale:" text and be about as long as it (the letter text is read crudely,
// see support/decisions-view.ts).
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { givenFields } from '../test/expected-fields';
import { DashboardPage } from './support/app';
import type { ExpectedRow } from './support/decisions-view';
import { DecisionsView, expectedRows, seedLetters, sortExpected } from './support/decisions-view';
import { parseCsv } from './support/csv';

const seeds = seedLetters();
const all = expectedRows(seeds);

const HEADER = [
  'file', 'case_number', 'layout', 'decision_date', 'item_index', 'item', 'outcome', 'category',
  'medication', 'brand', 'strength', 'release', 'quantity', 'days_supply', 'drug_class',
  'reviewer_specialties', 'reviewer_subspecialties', 'reviewer_license_states',
  'patient_age', 'patient_sex', 'date_of_injury', 'guideline_source', 'guideline_sections',
  'guideline_pages', 'claims_admin_guideline_source', 'med_mg_per_day', 'rationale',
];
/** Record version 2's columns, after the rationale, in the spec's order. */
const HEADER_V2 = [
  'subcategory', 'retrospective', 'original_request', 'authorized', 'priority', 'date_assigned',
  'application_received', 'ur_denial_date', 'guideline_citations', 'claims_admin_guideline_citations',
  // Parser version 3.
  'reasons',
];

/** The cells of one CSV row as docs/letter-formats.md defines them (rationale left out). */
function expectedCells(row: ExpectedRow): string[] {
  const { letter, decision: d } = row;
  const text = (v: string | number | null) => {
    const s = v === null ? '' : String(v);
    return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  };
  const list = (v: readonly string[]) => text(v.join('; '));
  return [
    text(letter.file), text(letter.case_number), text(letter.layout), text(letter.decision_date), text(row.index),
    text(d.item), text(d.outcome), text(d.category), text(d.medication), text(d.brand), text(d.strength),
    text(d.release), text(d.quantity), text(d.days_supply), text(d.drug_class),
    list(letter.reviewer.specialties), list(letter.reviewer.subspecialties), list(letter.reviewer.license_states),
    text(letter.patient.age), text(letter.patient.sex), text(letter.date_of_injury),
    text(d.guideline.source), list(d.guideline.sections), text(d.guideline.pages),
    text(d.claims_admin_guideline.source), text(d.med_mg_per_day),
  ];
}

/** The version 2 cells the expected records give (citations are checked for presence only). */
function expectedV2Cells(row: ExpectedRow): string[] {
  const { letter, decision: d } = row;
  const text = (v: string | boolean | null) => (v === null ? '' : String(v));
  return [
    text(d.subcategory), text(d.retrospective), text(d.original_request), text(d.authorized), text(letter.priority),
    text(letter.date_assigned), text(letter.application_received), text(letter.ur_denial_date),
  ];
}

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const words = (s: string) => s.split(/\s+/).filter((w) => w !== '');

test.describe('export', () => {
  test('Export CSV and Export JSON write the filtered rows in the order shown', async ({ page }) => {
    const app = await DashboardPage.open(page);
    await app.addFiles(seeds.map((s) => ({ name: s.name, bytes: s.bytes })));
    const view = new DecisionsView(page);
    await view.expectSummary(all.length, all.length, seeds.length);

    // Filter: opioids only. Sort: medication descending, then item.
    const opioids = all.filter((r) => r.decision.drug_class === 'opioid');
    expect(opioids.length).toBeLessThan(all.length);
    const drugClass = await view.facet('Drug class');
    await drugClass.getByRole('checkbox', { name: `opioid (${opioids.length})` }).check();
    await view.sortBy('Medication');
    await view.sortBy('Medication');
    await expect(view.header('Medication')).toHaveAttribute('aria-sort', 'descending');
    await view.sortBy('Item', { add: true });
    const expected = sortExpected(opioids, [
      { key: (r) => r.decision.medication, desc: true },
      { key: (r) => r.decision.item, desc: false },
    ]);
    await expect.poll(() => view.column('Item')).toEqual(expected.map((r) => r.decision.item));

    // CSV
    const csvDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const csv = await csvDownload;
    expect(csv.suggestedFilename()).toBe(`imr-decisions-${today()}.csv`);
    const bytes = readFileSync(await csv.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.endsWith('\r\n')).toBe(true);
    const [header, ...records] = parseCsv(text);
    expect(header).toEqual([...HEADER, ...HEADER_V2]);
    expect(records).toHaveLength(expected.length);
    const rationaleAt = HEADER.indexOf('rationale');
    records.forEach((cells, i) => {
      const row = expected[i];
      if (!row) throw new Error(`no expected row ${i}`);
      expect(cells, `row ${i + 1}`).toHaveLength(header?.length ?? 0);
      expect(cells.slice(0, rationaleAt), `row ${i + 1}: ${row.decision.item}`).toEqual(expectedCells(row));
      expect(cells.slice(rationaleAt + 1, rationaleAt + 9), `row ${i + 1}: version 2 fields`).toEqual(expectedV2Cells(row));
      // The seeds' reasons are hand-labelled in their expected records.
      const reasons = cells[HEADER.length + HEADER_V2.indexOf('reasons')] ?? '';
      expect(reasons, `row ${i + 1}: reasons`).toBe(row.decision.reasons.join('; '));
      const citations = cells[HEADER.length + HEADER_V2.indexOf('guideline_citations')] ?? '';
      if (row.decision.guideline.source !== null) expect(citations, `row ${i + 1}: citations`).toMatch(/^[A-Z]+: \S/);
      const rationale = cells[rationaleAt] ?? '';
      const letterWords = words(row.rationaleText);
      expect(rationale.startsWith(letterWords.slice(0, 8).join(' ')), `rationale of ${row.decision.item}: ${rationale.slice(0, 80)}`).toBe(true);
      const n = words(rationale).length;
      expect(n, `rationale length of ${row.decision.item}`).toBeGreaterThan(letterWords.length * 0.6);
      expect(n, `rationale length of ${row.decision.item}`).toBeLessThanOrEqual(letterWords.length);
    });

    // JSON: the letters of those rows, each once, in order of first appearance.
    const jsonDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export JSON' }).click();
    const json = await jsonDownload;
    expect(json.suggestedFilename()).toMatch(new RegExp(`^imr-[a-z-]+-${today()}\\.json$`));
    const exported: unknown = JSON.parse(readFileSync(await json.path(), 'utf8'));
    const letterIds = [...new Set(expected.map((r) => r.letter.letter_id))];
    expect(Array.isArray(exported)).toBe(true);
    const letters = exported as Array<Record<string, unknown> & { decisions: Array<Record<string, unknown>> }>;
    expect(letters.map((l) => l.letter_id)).toEqual(letterIds);
    for (const letter of letters) {
      const seed = seeds.find((s) => s.record.letter_id === letter.letter_id);
      // The whole letter is exported (all its decisions), rationale included.
      // Every field the seed's expected record gives (it leaves out rationales and citations).
      expect(givenFields(letter, seed?.record)).toEqual(seed?.record);
      for (const d of letter.decisions) expect(typeof d.rationale === 'string' && d.rationale.length > 0).toBe(true);
    }
    app.expectNoConsoleErrors();
  });

  test('export buttons are disabled when no decision is shown', async ({ page }) => {
    const app = await DashboardPage.open(page);
    await app.addFiles(seeds.map((s) => ({ name: s.name, bytes: s.bytes })));
    const view = new DecisionsView(page);
    await view.search.fill('no decision mentions this phrase zyxwv');
    await view.expectSummary(0, all.length, 0);
    await expect(page.getByRole('button', { name: 'Export CSV' })).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Export JSON' })).toBeDisabled();
  });
});
