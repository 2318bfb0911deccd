// 6: the letters' kept texts. What keeping them costs (bytes on disk, a
// reload with them stored), the whole-letter search over them with its Stop,
// and reading a library again from them after a parser upgrade.
import type { Page } from '@playwright/test';
import type { LetterRecord } from '../src/domain/letter';
import { PARSER_VERSION } from '../src/parse';
import { packTextChunks } from '../src/store/text-chunks';
import { openSession, quiet, seedAndReload, stats, type Reload } from './browser-bench';
import type { WindowStats } from './page-api';

export interface TextStoreResult {
  letters: number;
  decisions: number;
  seedMs: number;
  /** Characters of text kept and the deflated bytes written for them. */
  textChars: number;
  textBytes: number;
  /** This site's storage as the browser estimates it after the reload, bytes. */
  usageBytes: number;
  reload: Reload;
}

/** A library with every letter's text kept: the reload (which must not read the texts) and the storage it takes. */
export async function benchTextStore(baseURL: string, pool: LetterRecord[], texts: string[], targetDecisions: number): Promise<TextStoreResult> {
  const session = await openSession(baseURL);
  try {
    const { seeded, seedMs, reload } = await seedAndReload(session.page, { pool, texts, decisions: targetDecisions });
    return {
      letters: seeded.letters,
      decisions: seeded.decisions,
      seedMs,
      textChars: seeded.textChars,
      textBytes: seeded.textBytes,
      usageBytes: await session.page.evaluate(() => window.__bench.storageUsage()),
      reload,
    };
  } finally {
    await session.close();
  }
}

export interface StopResult {
  /** How far the search had got when Stop was pressed, of 1. */
  at: number;
  /** From the click to the painted frame saying the search stopped. */
  uiMs: number;
  /** The search worker ended (within 5 s; the page ends it in the click's own task). */
  workerClosed: boolean;
}

export interface TextSearchResult {
  letters: number;
  decisions: number;
  terms: string;
  /** Letters the search found, and from the tick of "whole letters" to the painted result (the query starts after a 300 ms typing pause). */
  found: number;
  searchMs: number;
  window: WindowStats;
  stops: StopResult[];
}

const STATUS = '.dv-search-status [role="status"]';
const waitText = (page: Page, selector: string, pattern: string) =>
  page.evaluate(([s, p]) => window.__bench.waitText(s, p, 600_000), [selector, pattern] as const);

/** The whole-letter search over `letters` letters' kept texts, then Stop pressed at points through it. */
export async function benchTextSearch(
  baseURL: string,
  pool: LetterRecord[],
  texts: string[],
  letters: number,
  terms: string,
): Promise<TextSearchResult> {
  const session = await openSession(baseURL);
  const { page } = session;
  try {
    const { seeded } = await seedAndReload(page, { pool, texts, decisions: Number.MAX_SAFE_INTEGER, letters });
    await page.getByRole('searchbox', { name: 'Search items and rationales' }).fill(terms);
    await quiet(page, 500);
    const scope = page.getByRole('checkbox', { name: /also whole letters/ });
    await scope.check();
    const t0 = await page.evaluate(() => window.__bench.lastEvent.click ?? -1);
    const done = await waitText(page, STATUS, '^Whole letters searched');
    if (done === null) throw new Error('the whole-letter search never finished');
    const found = Number(/searched: ([\d,]+)/.exec(done.text)?.[1]?.replace(/,/g, '') ?? NaN);
    const during = await stats(page, t0, done.paintedAt);

    const stops: StopResult[] = [];
    for (const at of [0.05, 0.5, 0.95]) {
      await scope.uncheck();
      await quiet(page, 300);
      const worker = page.waitForEvent('worker', (w) => w.url().includes('text-search'));
      await scope.check();
      const running = await worker;
      let ended: () => void = () => {};
      const closed = new Promise<void>((resolve) => (ended = resolve));
      running.once('close', () => ended());
      // Within 5 s of Stop (not of the worker's start: a long search outlasts that).
      const closedSoonAfterStop = () =>
        Promise.race([closed.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 5000))]);
      // Stop pressed in the same task that sees the progress line reach `at` of the way.
      const c0 = await page.evaluate(
        ([selector, share]) =>
          new Promise<number | null>((resolve) => {
            const check = () => {
              const status = document.querySelector(selector)?.textContent ?? '';
              if (!status.startsWith('Searching')) {
                if (status.startsWith('Whole letters searched')) return resolve(null);
                return requestAnimationFrame(check);
              }
              const m = /([\d,]+) of ([\d,]+)/.exec(status);
              const [done, total] = [m?.[1], m?.[2]].map((n) => Number(n?.replace(/,/g, '') ?? NaN));
              if (m === null || done! < share * total!) return requestAnimationFrame(check);
              const stop = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Stop search');
              if (!stop) return requestAnimationFrame(check);
              const t = performance.now();
              stop.click();
              resolve(t);
            };
            check();
          }),
        [STATUS, at] as const,
      );
      if (c0 === null) continue; // finished before it got there
      const stopped = await waitText(page, STATUS, 'stopped');
      if (stopped === null) throw new Error('the search never said it stopped');
      stops.push({ at, uiMs: stopped.paintedAt - c0, workerClosed: await closedSoonAfterStop() });
    }
    return { letters: seeded.letters, decisions: seeded.decisions, terms, found, searchMs: done.paintedAt - t0, window: during, stops };
  } finally {
    await session.close();
  }
}

export interface RereadResult {
  letters: number;
  decisions: number;
  /** From navigation start: the table usable, and the last letter read again (its summary painted). */
  usableMs: number;
  doneMs: number;
  lettersPerSecond: number;
  /** The page's main thread from the table usable to the end of the re-read (the charts' first drawing included). */
  window: WindowStats;
  /** The table's counts after it: the same letters and decisions as before. */
  after: { letters: number; decisions: number };
}

/** A library stored by the previous parser version, with texts: the reload reads it again in the workers. */
export async function benchReread(baseURL: string, pool: LetterRecord[], texts: string[], letters: number): Promise<RereadResult> {
  const session = await openSession(baseURL);
  const { page } = session;
  try {
    const { seeded, reload } = await seedAndReload(
      page,
      { pool, texts, decisions: Number.MAX_SAFE_INTEGER, letters, parserVersion: PARSER_VERSION - 1 },
      true,
    );
    const done = await waitText(page, 'section[aria-label="Import"] [role="status"]', '^Read [\\d,]+ letters? anew');
    if (done === null) throw new Error('the library was never read again');
    const summary = await page.locator('.dv-summary').innerText();
    const m = /of ([\d,]+) decisions? from ([\d,]+) letters?/.exec(summary);
    const num = (s: string | undefined) => Number((s ?? '').replace(/,/g, ''));
    return {
      letters: seeded.letters,
      decisions: seeded.decisions,
      usableMs: reload.usableMs,
      doneMs: done.paintedAt,
      lettersPerSecond: seeded.letters / (done.paintedAt / 1000),
      window: await stats(page, reload.usableMs, done.paintedAt),
      after: { decisions: num(m?.[1]), letters: num(m?.[2]) },
    };
  } finally {
    await session.close();
  }
}

/** Deflated bytes per letter when these texts are packed as the app packs them (in order, TEXTS_PER_CHUNK to a chunk): the texts, and their words for the search. */
export async function textBytesPerLetter(texts: readonly string[]): Promise<{ chars: number; bytes: number; indexBytes: number }> {
  const chunks = await packTextChunks(texts.map((text, i) => ({ letter_id: String(i), text })));
  const bytes = chunks.reduce((n, { chunk }) => n + chunk.data.byteLength, 0);
  const indexBytes = chunks.reduce((n, { index }) => n + index.byteLength, 0);
  const chars = texts.reduce((n, text) => n + text.length, 0);
  return { chars: chars / texts.length, bytes: bytes / texts.length, indexBytes: indexBytes / texts.length };
}

export interface TextsResult {
  /** Each null when left out of the run (--texts). */
  store: TextStoreResult | null;
  search: TextSearchResult | null;
  reread: RereadResult | null;
  /** Mean characters and deflated bytes per letter: the real published letters' pdf.js text, and the generated letters'. */
  realTextBytes: { chars: number; bytes: number; indexBytes: number };
  generatedTextBytes: { chars: number; bytes: number; indexBytes: number };
}
