// A browser that saved letters with an earlier version of the app (schema
// version 2: letter objects, 2,000 to a value; schema 3: packs of record
// version 1) opens this one with every letter as it was saved, and keeps them
// across the next reload too. Letters an earlier parser read are counted, and
// dropping their files again replaces them.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { LAYOUTS, type LetterRecord } from '../src/domain/letter';
import { PARSER_VERSION } from '../src/parse';
import { DEFAULT_DB_NAME, toStoredLetters } from '../src/store';
import { generateLetter } from '../test/fixtures/generator';
import { packLetters, packRationales, V1_WIDTHS } from '../src/store/packed-letters';
import { givenFields } from '../test/expected-fields';
import { DashboardPage } from './support/app';
import { seedLetters } from './support/decisions-view';

async function exportJson(page: Page): Promise<LetterRecord[]> {
  const event = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export JSON' }).click();
  return JSON.parse(readFileSync(await (await event).path(), 'utf8')) as LetterRecord[];
}

const current = (records: LetterRecord[]) => records.map((record) => ({ record, parserVersion: PARSER_VERSION }));

test('letters saved by the previous schema load after the upgrade, exactly, and survive a reload', async ({ page }) => {
  // Two batches written at different times, as two imports would have.
  // The generator leaves file and letter_id to whoever writes the letter out.
  const records: LetterRecord[] = Array.from({ length: 24 }, (_, i) => ({
    ...generateLetter(4242, i, LAYOUTS[i % LAYOUTS.length] ?? 'notice-2013').expected,
    file: `letter-${i}.pdf`,
    letter_id: (0xabc000 + i).toString(16).padStart(16, '0'),
  }));
  const batches = [
    { added_at: 1_000, letters: toStoredLetters(current(records.slice(0, 15)), 1_000) },
    { added_at: 2_000, letters: toStoredLetters(current(records.slice(15)), 2_000) },
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

/** Seed letters as parser version 1 stored them (schema 3 packs): the version 1 columns of each row, no citations. */
function parserVersion1Pack(seeds: ReturnType<typeof seedLetters>) {
  const v1Records = seeds.map((s) => ({
    ...s.record,
    decisions: s.record.decisions.map((d) => ({
      ...d,
      rationale: 'Old reading.',
      guideline: { ...d.guideline, citations: [] },
      claims_admin_guideline: { ...d.claims_admin_guideline, citations: [] },
    })),
  }));
  const stored = toStoredLetters(v1Records.map((record) => ({ record: record as LetterRecord, parserVersion: 1 })), 1_000);
  const packed = packLetters(stored);
  const widths = packed.widths ?? V1_WIDTHS;
  const keep = (values: Int32Array, width: number, kept: number) => [...values.filter((_, i) => i % width < kept)];
  // Plain arrays for the trip into the page; typed again there, as the app stored them.
  const pack = {
    letterCount: packed.letterCount,
    decisionCount: packed.decisionCount,
    strings: { text: packed.strings.text, ends: [...packed.strings.ends] },
    letterInts: keep(packed.letterInts, widths.letterInts, V1_WIDTHS.letterInts),
    letterNumbers: [...packed.letterNumbers],
    decisionInts: keep(packed.decisionInts, widths.decisionInts, V1_WIDTHS.decisionInts),
    decisionNumbers: [...packed.decisionNumbers],
    lists: [...packed.lists],
  };
  const rationales = packRationales(stored);
  const texts = { text: rationales.text, ends: [...rationales.ends] };

  return { pack, texts, v1Records };
}

/**
 * Writes one pack of letters (and their kept texts) into the app's database as
 * an earlier version of the app left it, from a same-origin page that is not
 * the app, before the app opens it. Version 3 had packs and rationales; version
 * 5 added the letters' texts, a chunk of them deflated to a value.
 */
async function writePacks(
  page: Page,
  db: {
    version: 3 | 5;
    pack: ReturnType<typeof parserVersion1Pack>['pack'];
    rationales: ReturnType<typeof parserVersion1Pack>['texts'];
    letterTexts?: { letter_id: string; text: string }[];
  },
): Promise<void> {
  await page.goto('/samples/000_a3805b0da3d82ce4.txt');
  await page.evaluate(
    async ([name, { version, pack: p, rationales: r, letterTexts }]) => {
      const joined = (letterTexts ?? []).map((t) => t.text).join('');
      const ends: number[] = [];
      let end = 0;
      for (const t of letterTexts ?? []) ends.push((end += t.text.length));
      const data = new Uint8Array(
        await new Response(new Blob([new TextEncoder().encode(joined)]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer(),
      );
      await new Promise<void>((resolve, reject) => {
        // Dexie keeps its version n as IndexedDB version n * 10.
        const open = indexedDB.open(name, version * 10);
        open.onupgradeneeded = () => {
          const packs = open.result.createObjectStore('packs', { keyPath: 'id', autoIncrement: true });
          packs.createIndex('added_at', 'added_at');
          open.result.createObjectStore('rationales', { keyPath: 'id' });
          if (version >= 5) {
            open.result.createObjectStore('textChunks', { keyPath: 'id', autoIncrement: true });
            open.result.createObjectStore('letterTexts', { keyPath: 'letter_id' }).createIndex('chunk', 'chunk');
          }
        };
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const stores = version >= 5 ? ['packs', 'rationales', 'textChunks', 'letterTexts'] : ['packs', 'rationales'];
          const tx = open.result.transaction(stores, 'readwrite');
          const letters = {
            letterCount: p.letterCount,
            decisionCount: p.decisionCount,
            strings: { text: p.strings.text, ends: Uint32Array.from(p.strings.ends) },
            letterInts: Int32Array.from(p.letterInts),
            letterNumbers: Float64Array.from(p.letterNumbers),
            decisionInts: Int32Array.from(p.decisionInts),
            decisionNumbers: Float64Array.from(p.decisionNumbers),
            lists: Int32Array.from(p.lists),
          };
          const add = tx.objectStore('packs').add({ added_at: 1_000, letters });
          add.onsuccess = () => {
            tx.objectStore('rationales').add({ id: add.result, rationales: { text: r.text, ends: Uint32Array.from(r.ends) } });
          };
          if (version >= 5 && letterTexts !== undefined) {
            const chunk = tx.objectStore('textChunks').add({ ids: letterTexts.map((t) => t.letter_id), ends, data });
            chunk.onsuccess = () => {
              for (const t of letterTexts) tx.objectStore('letterTexts').put({ letter_id: t.letter_id, chunk: chunk.result });
            };
          }
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      });
    },
    [DEFAULT_DB_NAME, db] as const,
  );
}

test('letters stored by parser version 1 (schema 3 packs) load with the new fields empty, are counted, and are replaced when dropped again', async ({ page }) => {
  const seeds = seedLetters().slice(0, 3);
  const { pack, texts, v1Records } = parserVersion1Pack(seeds);

  await writePacks(page, { version: 3, pack, rationales: texts });

  const decisions = seeds.reduce((n, s) => n + s.record.decisions.length, 0);
  const app = new DashboardPage(page);
  await page.goto('/');
  await app.waitUntilReady();
  await app.expectShowing(decisions, seeds.length);
  const notice = page.getByRole('status').filter({ hasText: 'read by an earlier version' });
  await expect(notice).toHaveText(/^3 letters were read by an earlier version of this dashboard, before it kept letter texts/);
  const before = await exportJson(page);
  expect(before.flatMap((r) => r.decisions.map((d) => [d.subcategory, d.rationale]))).toEqual(
    v1Records.flatMap((r) => r.decisions.map(() => [null, 'Old reading.'])),
  );

  // Dropping the files again reads them anew: no letter twice, the notice gone.
  await app.dropFiles(seeds.map((s) => ({ name: s.name, bytes: s.bytes })));
  await app.expectShowing(decisions, seeds.length);
  await expect(notice).toHaveCount(0);
  const after = await exportJson(page);
  expect(after.map((r) => givenFields(r, seeds.find((s) => s.record.letter_id === r.letter_id)?.record))).toEqual(
    after.map((r) => seeds.find((s) => s.record.letter_id === r.letter_id)?.record),
  );
  await app.reload();
  await app.expectShowing(decisions, seeds.length);
  await expect(notice).toHaveCount(0);
  app.expectNoConsoleErrors();
});

test('letters stored by an earlier parser with their texts are read anew after a reload, none lost and none twice', async ({ page }) => {
  const seeds = seedLetters().slice(0, 3);
  const { pack, texts } = parserVersion1Pack(seeds);
  await writePacks(page, {
    version: 5,
    pack,
    rationales: texts,
    letterTexts: seeds.map((s) => ({ letter_id: s.record.letter_id, text: s.text })),
  });

  const decisions = seeds.reduce((n, s) => n + s.record.decisions.length, 0);
  const app = new DashboardPage(page);
  await page.goto('/');
  await app.waitUntilReady();
  await app.expectShowing(decisions, seeds.length);
  // Read anew on their own, in the workers: the page says so, and no drop is asked for.
  await expect(app.importSummary).toHaveText('Read 3 letters anew from their kept text with this version of the reader.');
  await expect(page.getByRole('status').filter({ hasText: 'read by an earlier version' })).toHaveCount(0);
  await app.expectShowing(decisions, seeds.length);
  const after = await exportJson(page);
  expect(after.map((r) => givenFields(r, seeds.find((s) => s.record.letter_id === r.letter_id)?.record))).toEqual(
    after.map((r) => seeds.find((s) => s.record.letter_id === r.letter_id)?.record),
  );
  expect(after.every((r) => r.decisions.every((d) => d.rationale !== 'Old reading.'))).toBe(true);

  // The new readings are stored: the next visit has nothing to read anew.
  await app.reload();
  await app.expectShowing(decisions, seeds.length);
  await expect(app.importStatus).toHaveCount(0);
  expect(await exportJson(page)).toEqual(after);
  app.expectNoConsoleErrors();
});
