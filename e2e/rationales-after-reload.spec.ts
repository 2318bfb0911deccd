// A reload shows the table before the saved letters' rationales are read (they
// are most of the bytes stored). Until they are in, the search finds items
// only and says so, a row's details say its rationale is being read, and the
// exports wait for them; a failure to read them is told, not hidden, and no
// JSON export (a library's backup) is written without them.
// The browser's IndexedDB is held back here (an init script) so that moment
// can be looked at: the rationales' reads succeed, but their results are
// handed to the page only when the test says.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parseCsv } from './support/csv';
import { DecisionsView, expectedRows, openWithSeeds, seedLetters } from './support/decisions-view';

const all = expectedRows(seedLetters());
// Rows whose item or rationale names oxymorphone, and those whose item does.
const inRationales = all.filter((r) => /oxymorphone/i.test(r.rationaleText) || /oxymorphone/i.test(r.decision.item));
const inItems = all.filter((r) => /oxymorphone/i.test(r.decision.item));
const letterCount = (rows: typeof all) => new Set(rows.map((r) => r.letter.letter_id)).size;

/** From the next navigation on, results of reads of the 'rationales' store reach the page only after release(). */
async function holdRationales(page: Page): Promise<() => Promise<void>> {
  await page.addInitScript(() => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    (window as unknown as { releaseRationales: () => void }).releaseRationales = release;
    const transaction = IDBDatabase.prototype.transaction;
    IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
      const tx = transaction.apply(this, args);
      if (args[0] !== 'rationales') return tx;
      const objectStore = tx.objectStore.bind(tx);
      tx.objectStore = (name: string) => {
        const store = objectStore(name);
        const get = store.get.bind(store);
        store.get = (key: IDBValidKey | IDBKeyRange) => {
          const request = get(key);
          let handler: ((event: Event) => void) | null = null;
          request.addEventListener('success', (event) => void gate.then(() => handler?.call(request, event)));
          Object.defineProperty(request, 'onsuccess', { set: (f: (event: Event) => void) => (handler = f), get: () => handler });
          return request;
        };
        return store;
      };
      // The transaction ends after every held result has been handed over.
      let complete: ((event: Event) => void) | null = null;
      tx.addEventListener('complete', (event) => void gate.then(() => setTimeout(() => complete?.call(tx, event), 0)));
      Object.defineProperty(tx, 'oncomplete', { set: (f: (event: Event) => void) => (complete = f), get: () => complete });
      return tx;
    } as IDBDatabase['transaction'];
  });
  return () => page.evaluate(() => (window as unknown as { releaseRationales: () => void }).releaseRationales());
}

test('after a reload the table comes first; the search, the details and the export get every rationale once read', async ({ page }) => {
  expect(inItems.length).toBeGreaterThan(0);
  expect(inRationales.length).toBeGreaterThan(inItems.length);
  const { app } = await openWithSeeds(page);
  const release = await holdRationales(page);
  await app.reload();
  const view = new DecisionsView(page);
  await view.expectSummary(all.length, all.length, letterCount(all));

  // Before the rationales are in: items only, and the page says so.
  await view.search.fill('oxymorphone');
  await view.expectSummary(inItems.length, all.length, letterCount(inItems));
  await expect(page.getByRole('status').filter({ hasText: 'Still reading the rationales' })).toBeVisible();
  const target = inItems[0];
  if (!target) throw new Error('no seed item names oxymorphone');
  await view.table.getByRole('button', { name: `Details: ${target.decision.item}` }).click();
  const details = view.table.getByRole('group', { name: `Details: ${target.decision.item}` });
  await expect(details).toContainText('Reading the rationale…');
  await page.screenshot({ path: 'e2e/artifacts/rationales-pending.png' });
  // The exports wait for them: the rows in view may change when they come.
  await expect(page.getByRole('button', { name: 'Export CSV' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Export JSON' })).toBeDisabled();
  await expect(page.getByText('Export waits for the rationales of the saved letters, still being read.')).toBeVisible();

  await release();
  await view.expectSummary(inRationales.length, all.length, letterCount(inRationales));
  await expect(page.getByText('Still reading the rationales')).toHaveCount(0);
  await expect(details).toContainText(target.rationaleText.split(' ').slice(0, 8).join(' '));
  await expect(page.getByText('Export waits for the rationales')).toHaveCount(0);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const [header, ...rows] = parseCsv(readFileSync(await (await download).path()).subarray(3).toString('utf8'));
  const rationaleAt = header?.indexOf('rationale') ?? -1;
  expect(rows).toHaveLength(inRationales.length);
  for (const cells of rows) expect((cells[rationaleAt] ?? '').length, `rationale of ${cells[5]}`).toBeGreaterThan(40);
  app.expectNoConsoleErrors();
});

test('rationales that cannot be read: the table still shows, and the page says what is missing', async ({ page }) => {
  const { app } = await openWithSeeds(page);
  await page.addInitScript(() => {
    const transaction = IDBDatabase.prototype.transaction;
    IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
      if (args[0] === 'rationales') throw new DOMException('The disk could not be read.', 'NotReadableError');
      return transaction.apply(this, args);
    } as IDBDatabase['transaction'];
  });
  await app.reload();
  const view = new DecisionsView(page);
  await view.expectSummary(all.length, all.length, letterCount(all));
  await expect(page.getByRole('alert')).toHaveText(
    "The saved letters’ rationales could not be read: the browser's database reported an error: The disk could not be read. " +
      'The search and Export CSV leave them out, Export JSON is off; a reload may read them.',
  );
  const target = all[0];
  if (!target) throw new Error('no seed rows');
  await view.table.getByRole('button', { name: `Details: ${target.decision.item}` }).click();
  await expect(view.table.getByRole('group', { name: `Details: ${target.decision.item}` })).toContainText(
    'The rationale could not be read from this browser’s storage.',
  );
  await expect(page.getByRole('button', { name: 'Export JSON' })).toBeDisabled();
  await expect(page.getByText('Export JSON needs the rationales, which could not be read: reload the page to try again.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Export CSV' })).toBeEnabled();
  await page.screenshot({ path: 'e2e/artifacts/rationales-failed.png' });
});
