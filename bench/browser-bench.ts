// 3 and 4: the app in Chromium. Each measurement gets a fresh browser with its
// own on-disk profile (IndexedDB on disk, as a user has it), the page API from
// page-api.ts injected before the app's scripts, and precise heap figures.
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from '../chromium.config';
import type { LetterRecord } from '../src/domain/letter';
import { DEFAULT_DB_NAME } from '../src/store';
import { PARSER_VERSION } from '../src/parse';
import type { LetterSet } from './corpus';
import { benchInitScript, type SeedOptions, type Seeded, type UpdateDone, type WindowStats } from './page-api';

export const CHROMIUM = CHROMIUM_EXECUTABLE ?? chromium.executablePath();

export function chromiumVersion(): string {
  const run = spawnSync(CHROMIUM, ['--version'], { encoding: 'utf8' });
  return run.stdout.split('\n')[0]?.trim() || 'unknown';
}

const INIT_SCRIPT = benchInitScript();

export interface Session {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

export async function openSession(baseURL: string): Promise<Session> {
  const profile = await mkdtemp(join(tmpdir(), 'imr-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_EXECUTABLE,
    headless: true,
    baseURL,
    viewport: { width: 1366, height: 900 },
    args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'],
  });
  await context.addInitScript({ content: INIT_SCRIPT });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => console.error(`  page error: ${error.message}`));
  return {
    context,
    page,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

// BENCH_CPU_PROFILE=<dir>: also write the page's main-thread CPU profile of each
// ingest and of the large-library interactions there, for Chrome DevTools, and
// the same stretch's trace (every thread's tasks, layout, paint, GC, message
// handling: what a CPU profile leaves as "(program)"), for trace-summary.ts.
// Sampling and tracing slow the page, so figures from such a run are not to be recorded.
// BENCH_TRACE_ONLY=1 leaves the sampling out: the trace's task lengths are then
// nearer the page's own (the sampler alone added a third to some tasks here).
const PROFILE_DIR = process.env.BENCH_CPU_PROFILE;
const SAMPLE = process.env.BENCH_TRACE_ONLY !== '1';
const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'blink', 'IndexedDB', 'disabled-by-default-v8.gc', 'blink.user_timing', 'disabled-by-default-v8.compile', 'fonts', 'disabled-by-default-fonts'];

async function startProfile(page: Page): Promise<(name: string) => Promise<void>> {
  if (PROFILE_DIR === undefined || PROFILE_DIR === '') return async () => {};
  const cdp = await page.context().newCDPSession(page);
  const traceEvents: unknown[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => traceEvents.push(...value));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: TRACE_CATEGORIES }, transferMode: 'ReportEvents' });
  if (SAMPLE) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await cdp.send('Profiler.start');
  }
  return async (name) => {
    const profile = SAMPLE ? (await cdp.send('Profiler.stop')).profile : null;
    const traced = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await traced;
    await mkdir(PROFILE_DIR, { recursive: true });
    if (profile !== null) await writeFile(join(PROFILE_DIR, `${name}.cpuprofile`), JSON.stringify(profile));
    await writeFile(join(PROFILE_DIR, `${name}.trace.json`), JSON.stringify({ traceEvents }));
  };
}

// BENCH_HEAP_PROFILE=<dir>: sample the page's allocations from before the reload of a large library to
// after its interactions, and write what is still live by the function that allocated it, for
// heap-summary.ts (V8's sampling heap profiler: a sample every 32 KB allocated, scaled up).
const HEAP_DIR = process.env.BENCH_HEAP_PROFILE;

async function startHeapSampling(page: Page): Promise<(name: string) => Promise<void>> {
  if (HEAP_DIR === undefined || HEAP_DIR === '') return async () => {};
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.startSampling', { samplingInterval: 32 * 1024 });
  return async (name) => {
    const { profile } = await cdp.send('HeapProfiler.stopSampling');
    await mkdir(HEAP_DIR, { recursive: true });
    await writeFile(join(HEAP_DIR, `${name}.heapprofile`), JSON.stringify(profile));
  };
}

async function openApp(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('heading', { name: 'IMR Dashboard', level: 1 }).waitFor();
  await page.getByText('Loading saved letters…').waitFor({ state: 'detached', timeout: 120_000 });
}

export const quiet = (page: Page, quietMs: number) => page.evaluate((q) => window.__bench.waitQuiet(q, 120_000), quietMs);
export const stats = (page: Page, from: number, to: number) =>
  page.evaluate(([a, b]) => window.__bench.stats(a, b), [from, to] as const);

export interface IngestResult {
  format: string;
  files: number;
  /** False when the time limit ran out before every file was read; the figures are then up to that point. */
  finished: boolean;
  filesDone: number;
  timeLimitMs: number;
  letters: number;
  decisions: number;
  problems: number;
  wallMs: number;
  lettersPerSecond: number;
  ingestMeasureMs: number | null;
  /**
   * Charts are held while letters arrive and redrawn once they stop: from the
   * frame showing every row to the charts' last redraw, and that span's longest task.
   */
  chartsCatchUp: { ms: number; longestTaskMs: number } | null;
  window: WindowStats;
}

/** Drops the whole set on the page; the clock runs from the drop to the frame showing every row. */
export async function benchIngest(baseURL: string, set: Pick<LetterSet, 'bin' | 'index'> & { format: LetterSet['format'] | 'ndjson' }, timeLimitMs: number): Promise<IngestResult> {
  const session = await openSession(baseURL);
  const { page } = session;
  try {
    await openApp(page);
    const type = { pdf: 'application/pdf', txt: 'text/plain', ndjson: 'application/x-ndjson' }[set.format];
    const files = await page.evaluate(([bin, index, t]) => window.__bench.loadFiles(bin, index, t), [
      `/__bench/${set.bin}`,
      `/__bench/${set.index}`,
      type,
    ] as const);
    await quiet(page, 500);
    const stopProfile = await startProfile(page);
    // The profile takes in the charts' catching up too, and is kept when a wait times out.
    const { done, chartsCatchUp } = await (async () => {
      const t0 = await page.evaluate(() => window.__bench.drop());
      const done = await page.evaluate(([t, ms]) => window.__bench.waitIngest(t, ms), [t0, timeLimitMs] as const);
      let chartsCatchUp: IngestResult['chartsCatchUp'] = null;
      if (done.finished) {
        // Attached, not visible: the page opens on the Decisions view, and the charts are drawn behind it.
        await page.locator('section.charts[aria-busy="false"]').waitFor({ state: 'attached', timeout: 120_000 });
        const settledAt = await page.evaluate(() =>
          Math.max(0, ...performance.getEntriesByName('charts:settled', 'mark').map((e) => e.startTime)),
        );
        const end = Math.max(settledAt, done.paintedAt) + 200;
        await page.evaluate((t) => new Promise((resolve) => setTimeout(resolve, Math.max(0, t - performance.now()))), end);
        chartsCatchUp = {
          ms: Math.max(0, settledAt - done.paintedAt),
          longestTaskMs: (await stats(page, done.paintedAt, end)).longestTaskMs,
        };
      }
      return { done, chartsCatchUp };
    })().finally(() => stopProfile(`ingest-${set.format}-${files}`));
    const wallMs = done.paintedAt - done.t0;
    return {
      format: set.format,
      files,
      finished: done.finished,
      filesDone: done.filesDone,
      timeLimitMs,
      letters: done.letters,
      decisions: done.decisions,
      problems: done.problems,
      wallMs,
      lettersPerSecond: done.letters / (wallMs / 1000),
      ingestMeasureMs: done.ingestMeasureMs,
      chartsCatchUp,
      window: await stats(page, done.t0, done.paintedAt),
    };
  } finally {
    await session.close();
  }
}

export interface Interaction {
  kind: 'sort' | 'filter' | 'search' | 'view' | 'compare';
  label: string;
  /** From the input event to the frame painted after the table (and, for filter and search, the charts in view) updated. */
  wallMs: number;
  /** For filter and search: from the input event to the frame painted after every chart, in view or not, was redrawn. */
  allChartsMs: number | null;
  /** The app's User Timing measures taken during the update ('view:filter', 'charts:aggregate'...), ms. */
  measures: Record<string, number>;
  longestTaskMs: number;
}

export interface ScaleResult {
  targetDecisions: number;
  letters: number;
  decisions: number;
  seedMs: number;
  reload: {
    /** Navigation start to the frame showing the table with every decision counted. */
    usableMs: number;
    /** ... to the saved letters' rationales read (read after the table shows; the search over them waits for them). */
    rationalesMs: number;
    /**
     * ... to every chart drawn (the reload opens on the table: no chart is in view, so the charts in
     * view, 'charts:commit', are no figure of their own; before 2026-12-06 18:40 UTC the report gave that one).
     */
    allChartsMs: number;
    /** ... to the main thread quiet for a second. */
    quietMs: number;
    window: WindowStats;
  };
  interactions: Interaction[];
  /** Highest used JS heap from the reload to the last interaction (seeding is the harness's, not counted). */
  heapPeak: number | null;
  /** This site's storage as the browser estimates it at the end, bytes. */
  usageBytes: number;
}

async function interaction(
  page: Page,
  kind: Interaction['kind'],
  label: string,
  event: 'click' | 'keydown',
  marks: string[],
  act: () => Promise<void>,
): Promise<Interaction> {
  await quiet(page, 300);
  const before = await page.evaluate(([e]) => window.__bench.lastEvent[e] ?? -1, [event] as const);
  await act();
  const t0 = await page.evaluate(([e]) => window.__bench.lastEvent[e] ?? -1, [event] as const);
  if (t0 === before) throw new Error(`${label}: no ${event} reached the page`);
  const done: UpdateDone = await page.evaluate(([t, m]) => window.__bench.waitUpdate(t, m, 120_000), [t0, marks] as const);
  // Charts out of view are redrawn in idle time after that; the longest task counts until they are.
  const settled = marks.includes('charts:commit')
    ? await page.evaluate(([t]) => window.__bench.waitUpdate(t, ['charts:settled'], 120_000), [t0] as const)
    : done;
  const during = await stats(page, done.t0, Math.max(done.paintedAt, settled.paintedAt));
  return {
    kind,
    label,
    wallMs: done.paintedAt - done.t0,
    allChartsMs: settled === done ? null : settled.paintedAt - done.t0,
    measures: done.measures,
    longestTaskMs: during.longestTaskMs,
  };
}

export type Reload = ScaleResult['reload'];

/**
 * Writes letters straight into the app's IndexedDB, reloads, and times the
 * table (and unless `tableOnly`, the charts and a quiet page; its other
 * figures are then 0).
 */
export async function seedAndReload(
  page: Page,
  options: Omit<SeedOptions, 'dbName' | 'parserVersion'> & { parserVersion?: number },
  tableOnly = false,
): Promise<{ seeded: Seeded; seedMs: number; reload: Reload }> {
  await openApp(page);
  const s0 = performance.now();
  const seeded = await page.evaluate((o) => window.__bench.seed(o), { parserVersion: PARSER_VERSION, ...options, dbName: DEFAULT_DB_NAME });
  const seedMs = performance.now() - s0;

  // The profiler keeps sampling across the reload (same page, same renderer), to the quiet
  // page (the reload's longest tasks come after the table shows), and stops even if it fails.
  const stopProfile = await startProfile(page);
  const stopHeap = await startHeapSampling(page);
  const stop = async () => {
    await stopProfile(`reload-${seeded.decisions}`);
    await stopHeap(`reload-${seeded.decisions}`);
  };
  let stopped = false;
  try {
    await page.reload({ waitUntil: 'commit' });
    await page.waitForFunction(() => window.__bench.usable !== null, null, { timeout: 600_000, polling: 250 });
    const usable = await page.evaluate(() => window.__bench.usable);
    if (!usable) throw new Error('the table never showed');
    if (usable.decisions !== seeded.decisions || usable.letters !== seeded.letters) {
      throw new Error(`after reload the table shows ${usable.decisions} decisions from ${usable.letters} letters, not ${seeded.decisions} from ${seeded.letters}`);
    }
    if (tableOnly) {
      stopped = true;
      await stop();
      const window = await stats(page, 0, usable.paintedAt);
      return { seeded, seedMs, reload: { usableMs: usable.paintedAt, rationalesMs: 0, allChartsMs: 0, quietMs: 0, window } };
    }
    const rationales = await page.evaluate(() => window.__bench.waitUpdate(0, ['library:rationales'], 600_000));
    const allCharts = await page.evaluate(() => window.__bench.waitUpdate(0, ['charts:settled'], 600_000));
    const quietAt = await quiet(page, 1000);
    stopped = true;
    await stop();
    const reload = {
      usableMs: usable.paintedAt,
      rationalesMs: rationales.paintedAt,
      allChartsMs: allCharts.paintedAt,
      quietMs: quietAt - 1000,
      window: await stats(page, 0, quietAt),
    };
    return { seeded, seedMs, reload };
  } finally {
    if (!stopped) await stop().catch(() => {});
  }
}

/**
 * Fills the app's IndexedDB with `targetDecisions` decisions cloned from `pool`
 * (distinct ids, files, case numbers and dates), reloads, and times the table
 * appearing, then a sort, a facet filter and search keystrokes.
 */
export async function benchScale(baseURL: string, pool: LetterRecord[], targetDecisions: number): Promise<ScaleResult> {
  const session = await openSession(baseURL);
  const { page } = session;
  try {
    const { seeded, seedMs, reload } = await seedAndReload(page, { pool, decisions: targetDecisions });

    const interactions: Interaction[] = [];
    const stopProfile = await startProfile(page);
    for (const column of ['Decision date', 'Item', 'Patient age']) {
      const header = page.locator('th button.dv-sort').filter({ hasText: new RegExp(`^${column}`) });
      interactions.push(await interaction(page, 'sort', column, 'click', ['view:commit'], () => header.click()));
    }
    // Filters and search with the charts in view: the Overview.
    interactions.push(await interaction(page, 'view', 'Decisions → Overview (key 1)', 'keydown', ['view:shown'], () => page.keyboard.press('1')));
    const overturned = page.getByRole('checkbox', { name: /^Overturned/ });
    const both = ['view:commit', 'charts:commit'];
    interactions.push(await interaction(page, 'filter', 'tick Overturned', 'click', both, () => overturned.check()));
    interactions.push(await interaction(page, 'filter', 'untick Overturned', 'click', both, () => overturned.uncheck()));
    await page.getByRole('searchbox', { name: 'Search items and rationales' }).focus();
    let typed = '';
    for (const key of 'wean') {
      typed += key;
      interactions.push(await interaction(page, 'search', `"${typed}"`, 'keydown', both, () => page.keyboard.press(key)));
    }
    await page.locator('body').click({ position: { x: 2, y: 2 } });
    interactions.push(await interaction(page, 'view', 'Overview → Decisions (key 2)', 'keydown', ['view:shown'], () => page.keyboard.press('2')));
    interactions.push(await interaction(page, 'view', 'Decisions → Compare (key 3)', 'keydown', ['view:shown'], () => page.keyboard.press('3')));
    // A Compare of two specialties, picked by keyboard: the first of cohort A's list, then
    // cohort B's first and second (each keystroke a new comparison over every decision).
    await page.getByLabel('Cohort A').focus();
    await page.keyboard.press('ArrowDown');
    await page.getByLabel('Cohort B').focus();
    interactions.push(await interaction(page, 'compare', 'cohort B: first specialty', 'keydown', ['compare:commit'], () => page.keyboard.press('ArrowDown')));
    interactions.push(await interaction(page, 'compare', 'cohort B: second specialty', 'keydown', ['compare:commit'], () => page.keyboard.press('ArrowDown')));
    // Out of the cohort list (where 1 would pick an option) before the key that switches views.
    await page.getByRole('heading', { name: 'Compare', level: 2 }).click();
    interactions.push(await interaction(page, 'view', 'Compare → Overview (key 1)', 'keydown', ['view:shown'], () => page.keyboard.press('1')));
    await stopProfile(`interactions-${targetDecisions}`);
    const end = await page.evaluate(() => performance.now());
    const all = await stats(page, 0, end);
    return {
      targetDecisions,
      letters: seeded.letters,
      decisions: seeded.decisions,
      seedMs,
      reload,
      interactions,
      heapPeak: all.heapPeak,
      usageBytes: await page.evaluate(() => window.__bench.storageUsage()),
    };
  } finally {
    await session.close();
  }
}
