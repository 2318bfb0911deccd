// A browser that saved letters with an earlier version of the app (schema
// version 2: letter objects, 2,000 to a value) opens this one with every
// letter as it was saved, and keeps them across the next reload too.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { LAYOUTS, type LetterRecord } from '../src/domain/letter';
import { DEFAULT_DB_NAME, PARSER_VERSION, toStoredLetters } from '../src/store';
import { generateLetter } from '../test/fixtures/generator';
import { DashboardPage } from './support/app';

async function exportJson(page: Page): Promise<LetterRecord[]> {
  const event = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export JSON' }).click();
  return JSON.parse(readFileSync(await (await event).path(), 'utf8')) as LetterRecord[];
}

test('letters saved by the previous schema load after the upgrade, exactly, and survive a reload', async ({ page }) => {
  // Two batches written at different times, as two imports would have.
  // The generator leaves file and letter_id to whoever writes the letter out.
  const records: LetterRecord[] = Array.from({ length: 24 }, (_, i) => ({
    ...generateLetter(4242, i, LAYOUTS[i % LAYOUTS.length] ?? 'notice-2013').expected,
    file: `letter-${i}.pdf`,
    letter_id: (0xabc000 + i).toString(16).padStart(16, '0'),
  }));
  const batches = [
    { added_at: 1_000, letters: toStoredLetters(records.slice(0, 15), 1_000) },
    { added_at: 2_000, letters: toStoredLetters(records.slice(15), 2_000) },
  ];
  expect(batches.every((b) => b.letters.every((l) => l.parser_version === PARSER_VERSION))).toBe(true);

  // A same-origin page that is not the app, so the database is written before the app opens it.
  await page.goto('/samples/000_a3805b0da3d82ce4.txt');
  await page.evaluate(
    ([name, values]) =>
      new Promise<void>((resolve, reject) => {
        // Dexie keeps its version n as IndexedDB version n * 10; version 2 had only `batches: '++id, added_at'`.
        const open = indexedDB.open(name, 20);
        open.onupgradeneeded = () => {
          const store = open.result.createObjectStore('batches', { keyPath: 'id', autoIncrement: true });
          store.createIndex('added_at', 'added_at');
        };
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('batches', 'readwrite');
          for (const value of values) tx.objectStore('batches').add(value);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [DEFAULT_DB_NAME, batches] as const,
  );

  const decisions = records.reduce((n, r) => n + r.decisions.length, 0);
  const app = new DashboardPage(page);
  await page.goto('/');
  await app.waitUntilReady();
  await app.expectShowing(decisions, records.length);
  expect(await exportJson(page)).toEqual(records);

  await app.reload();
  await app.expectShowing(decisions, records.length);
  expect(await exportJson(page)).toEqual(records);
  app.expectNoConsoleErrors();
});
