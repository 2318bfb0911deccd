// The command line's NDJSON opens in the page: `npm run parse -- --format
// ndjson` over real letter files, grown to 10,000 distinct records, dropped as
// one file. Every record loads exactly (the page's JSON export gives them
// back), and a damaged line is named by its number while the rest load.
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { DashboardPage } from './support/app';
import { recordAttribute } from './support/attribute-values';

async function exportJson(page: Page): Promise<Buffer> {
  const event = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export JSON' }).click();
  return readFileSync(await (await event).path());
}

type Line = { letter_id: string; file: string; decisions: unknown[] };

test('an NDJSON file of 10,000 records from the command line imports exactly; a damaged line is named by its number', async ({ page }) => {
  test.setTimeout(300_000);
  // The command line's own output for the seed letters and six real ones...
  const printed = execFileSync(
    'npx',
    ['tsx', 'src/cli/main.ts', '--format', 'ndjson', 'test/fixtures/seeds', ...['003', '004', '005', '006', '007', '012'].map((n) => `test/fixtures/real/real_${n}.pdf`)],
    { encoding: 'utf8' },
  );
  const base = printed.trimEnd().split('\n').map((l) => JSON.parse(l) as Line);
  expect(base.length).toBe(11);
  // ...grown to 10,000 distinct letters (a letter is its id).
  const records = Array.from({ length: 10_000 }, (_, i) => {
    const r = base[i % base.length]!;
    return { ...r, letter_id: i.toString(16).padStart(16, '0'), file: `${i}/${r.file}` };
  });
  const lines = records.map((r) => JSON.stringify(r));
  const damaged = 4321;
  lines[damaged - 1] = lines[damaged - 1]!.replace('"decisions":[', '"decisions":[1,');
  const decisions = records.reduce((n, r, i) => (i === damaged - 1 ? n : n + r.decisions.length), 0);

  const app = await DashboardPage.open(page);
  // Every value the progress bar takes: one file read as a stream moves it by the bytes read.
  const barValues = await recordAttribute(page, '[role="progressbar"]', 'aria-valuenow');
  await app.dropFiles([{ name: 'year.ndjson', bytes: Buffer.from(lines.join('\n') + '\n') }]);
  await expect(app.importSummary).toHaveText(
    `Finished reading 1 file: ${(9_999).toLocaleString('en-US')} new letters with ${decisions.toLocaleString('en-US')} decisions; 1 problem.`,
    { timeout: 240_000 },
  );
  expect(await app.problems()).toEqual([
    { file: `year.ndjson, line ${damaged}`, reason: `damaged NDJSON record on line ${damaged}: decisions[0] must be an object` },
  ]);
  await app.expectShowing(decisions, 9_999);
  const values = (await barValues()).map(Number);
  expect(values.some((v) => v > 0 && v < 1), `the bar's values: ${values.join(', ')}`).toBe(true);
  expect(values).toEqual([...values].sort((a, b) => a - b));

  // Exactly: the page's export gives back every record but the damaged one, field for field.
  const exported = (JSON.parse((await exportJson(page)).toString('utf8')) as Line[]).sort((a, b) => a.letter_id.localeCompare(b.letter_id));
  expect(exported).toEqual(records.filter((_, i) => i !== damaged - 1));
  app.expectNoConsoleErrors();
});
