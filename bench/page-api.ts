// What the benchmark runs inside the page. installBenchApi is injected as an
// init script (its source text, before the app's own scripts), so it must be
// self-contained: no imports, nothing from the module around it. The
// exceptions are the app's own letter packer and text chunk packer, which
// benchInitScript puts in the page first, so seeding writes exactly what the
// app writes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import type { StoredLetter } from '../src/store';
import type { LetterRecord } from '../src/domain/letter';

type Packer = typeof import('../src/store/packed-letters');
type TextPacker = typeof import('../src/store/text-chunks');
const STORE = join(import.meta.dirname, '..', 'src', 'store');

/** A module of src/store as a CommonJS function body (the modules used here import only types, or each other). */
const moduleSource = (file: string) =>
  ts.transpileModule(readFileSync(join(STORE, file), 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  }).outputText;

/**
 * The init script: the app's packers (src/store/packed-letters.ts, and
 * text-chunks.ts with the text-codec.ts and text-index.ts it imports) as globalThis.__imrPacker
 * and globalThis.__imrTexts, then the bench API.
 */
export function benchInitScript(): string {
  const load = (name: string, file: string, requires = '') =>
    `const ${name} = ((exports, require) => {\n${moduleSource(file)}\nreturn exports;\n})({}, (path) => ${requires || '{ throw new Error(path); }'});`;
  return [
    // esbuild (through tsx) wraps named functions in __name(...); the page has no such helper.
    'globalThis.__name ??= (f) => f;',
    '{',
    load('packer', 'packed-letters.ts'),
    load('codec', 'text-codec.ts'),
    load('words', 'text-index.ts', "{ if (path === './text-codec') return codec; throw new Error(path); }"),
    load('texts', 'text-chunks.ts', "{ if (path === './text-codec') return codec; if (path === './text-index') return words; throw new Error(path); }"),
    'globalThis.__imrPacker = packer;',
    'globalThis.__imrTexts = texts;',
    '}',
    `(${installBenchApi.toString()})();`,
  ].join('\n');
}

export interface SeedOptions {
  /** Records to clone (distinct ids, files, cases and dates are given to each copy). */
  pool: LetterRecord[];
  /** Stop at this many decisions, or at this many letters, whichever comes first. */
  decisions: number;
  letters?: number;
  parserVersion: number;
  dbName: string;
  /** With each letter, the text of its pool entry (same index), kept as the app keeps texts. */
  texts?: string[];
}

export interface Seeded {
  letters: number;
  decisions: number;
  /** Characters of text kept, and the deflated bytes they were packed into. */
  textChars: number;
  textBytes: number;
}

export interface WindowStats {
  longestTaskMs: number;
  tasksOver50: number;
  tasksOver100: number;
  /** Highest used JS heap sampled in the window, bytes (null without performance.memory). */
  heapPeak: number | null;
}

export interface IngestDone {
  t0: number;
  /** False when the time limit ran out first: the figures are then for the files read so far. */
  finished: boolean;
  filesDone: number;
  /** The summary shows every letter read. */
  shownAt: number;
  /** The frame after that was painted. */
  paintedAt: number;
  letters: number;
  decisions: number;
  problems: number;
  /** The app's own 'ingest' measure: first file queued to last letter saved. */
  ingestMeasureMs: number | null;
}

export interface UpdateDone {
  t0: number;
  paintedAt: number;
  /** Summed durations of the app's measures taken during the update, by name. */
  measures: Record<string, number>;
}

export interface Usable {
  shownAt: number;
  paintedAt: number;
  decisions: number;
  letters: number;
}

export interface BenchApi {
  longtasks: { start: number; duration: number }[];
  heap: [number, number][];
  /** timeStamp of the latest trusted event of each type. */
  lastEvent: Record<string, number>;
  /** Set on every page load once the table first shows its rows. */
  usable: Usable | null;
  stats(from: number, to: number): WindowStats;
  loadFiles(bin: string, index: string, type: string): Promise<number>;
  drop(): number;
  waitIngest(t0: number, timeoutMs: number): Promise<IngestDone>;
  waitUpdate(t0: number, marks: string[], timeoutMs: number): Promise<UpdateDone>;
  waitQuiet(quietMs: number, timeoutMs: number): Promise<number>;
  seed(options: SeedOptions): Promise<Seeded>;
  /** What the browser says this site's storage takes, bytes. */
  storageUsage(): Promise<number>;
  /** Resolves once an element matching `selector` has text matching `pattern`, with the times it was seen and painted; null on time out. */
  waitText(selector: string, pattern: string, timeoutMs: number): Promise<{ text: string; shownAt: number; paintedAt: number } | null>;
}

declare global {
  interface Window {
    __bench: BenchApi;
  }
}

export function installBenchApi(): void {
  const SUMMARY = /^Showing ([\d,]+) of ([\d,]+) decisions? from ([\d,]+) letters?$/;
  const num = (s: string | undefined) => Number((s ?? '').replace(/,/g, ''));
  // Runs once the frame whose callbacks are running now is drawn: a task queued from a frame
  // callback. At the highest priority, so it is not queued behind the app's own tasks (React's
  // scheduler posts messages: a message queued here ran up to 30 ms after the frame it followed).
  const afterThisFrame = (done: () => void) => {
    const scheduler = (globalThis as { scheduler?: { postTask?: (f: () => void, o: { priority: string }) => Promise<void> } }).scheduler;
    if (scheduler?.postTask) {
      void scheduler.postTask(done, { priority: 'user-blocking' });
      return;
    }
    const channel = new MessageChannel();
    channel.port1.onmessage = () => done();
    channel.port2.postMessage(null);
  };
  /** After the next paint. */
  const painted = () => new Promise<number>((resolve) => requestAnimationFrame(() => afterThisFrame(() => resolve(performance.now()))));

  // The frame painted after each of the app's marks ('view:commit', 'charts:commit'...), asked for
  // the moment the mark is set: the page's updates are timed to that frame, not to when the harness
  // gets round to asking (a Playwright click returns, and its next call arrives, 40-100 ms after
  // the event, by when the update may long be painted).
  const afterMarks = new Map<string, { markAt: number; paintedAt: number | null }[]>();
  const onPainted = new Set<() => void>();
  const mark = performance.mark.bind(performance);
  performance.mark = ((name: string, options?: PerformanceMarkOptions) => {
    const entry = mark(name, options);
    // The start marks of the app's measures are not waited on, and each request would add a frame.
    if (name.endsWith(':start')) return entry;
    const record = { markAt: entry.startTime, paintedAt: null as number | null };
    const records = afterMarks.get(name) ?? [];
    records.push(record);
    afterMarks.set(name, records);
    requestAnimationFrame(() =>
      afterThisFrame(() => {
        record.paintedAt = performance.now();
        for (const check of onPainted) check();
      }),
    );
    return entry;
  }) as typeof performance.mark;
  const summary = () => {
    const text = document.querySelector('.dv-summary')?.textContent?.trim() ?? '';
    const m = SUMMARY.exec(text);
    return m ? { shown: num(m[1]), decisions: num(m[2]), letters: num(m[3]) } : null;
  };
  const hasRows = () => document.querySelector('table tbody td') !== null;
  /** Resolves with the first non-null check(), re-checked on every DOM change; null when time runs out. */
  const whenDom = <T>(check: () => T | null, timeoutMs: number) =>
    new Promise<T | null>((resolve) => {
      const first = check();
      if (first !== null) return resolve(first);
      const observer = new MutationObserver(() => {
        const value = check();
        if (value === null) return;
        observer.disconnect();
        clearTimeout(timer);
        resolve(value);
      });
      const timer = setTimeout(() => {
        observer.disconnect();
        resolve(null);
      }, timeoutMs);
      observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
    });

  // Built while loading, in a task of its own: filling a DataTransfer with
  // 10,000 files takes the page ~0.8 s, which is the harness's work, not the
  // app's, and must not count as a long task of the import.
  let dropping: DataTransfer | null = null;
  let files = 0;
  const api: BenchApi = {
    longtasks: [],
    heap: [],
    lastEvent: {},
    usable: null,

    stats(from, to) {
      const tasks = api.longtasks.filter((t) => t.start + t.duration >= from && t.start <= to);
      const heap = api.heap.filter(([t]) => t >= from && t <= to).map(([, bytes]) => bytes);
      return {
        longestTaskMs: tasks.reduce((m, t) => Math.max(m, t.duration), 0),
        tasksOver50: tasks.filter((t) => t.duration > 50).length,
        tasksOver100: tasks.filter((t) => t.duration > 100).length,
        heapPeak: heap.length > 0 ? Math.max(...heap) : null,
      };
    },

    async loadFiles(bin, index, type) {
      const [bytes, list] = await Promise.all([
        fetch(bin).then((r) => r.arrayBuffer()),
        fetch(index).then((r) => r.json() as Promise<{ files: { name: string; offset: number; length: number }[] }>),
      ]);
      const transfer = new DataTransfer();
      for (const f of list.files) transfer.items.add(new File([new Uint8Array(bytes, f.offset, f.length)], f.name, { type }));
      dropping = transfer;
      return list.files.length;
    },

    drop() {
      const transfer = dropping;
      if (!transfer) throw new Error('no files loaded');
      files = transfer.items.length;
      dropping = null;
      const zone = document.querySelector('[data-testid="drop-zone"]');
      if (!zone) throw new Error('no drop zone');
      const t0 = performance.now();
      for (const type of ['dragenter', 'dragover', 'drop']) {
        zone.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
      }
      return t0;
    },

    async waitIngest(t0, timeoutMs) {
      const done = await whenDom(
        () => {
          const status = document.querySelector('section[aria-label="Import"]');
          if (status?.getAttribute('aria-busy') !== 'false') return null;
          const text = status.querySelector('[role="status"]')?.textContent ?? '';
          const read = /([\d,]+) new letters? with ([\d,]+) decisions?/.exec(text);
          if (!read) return null;
          const letters = num(read[1]);
          const decisions = num(read[2]);
          const shown = summary();
          if (!shown || shown.decisions !== decisions || shown.letters !== letters || !hasRows()) return null;
          return { letters, decisions, problems: num(/([\d,]+) problems?/.exec(text)?.[1] ?? '0') };
        },
        timeoutMs,
      );
      const shownAt = performance.now();
      const paintedAt = await painted();
      const measure = performance.getEntriesByName('ingest', 'measure').at(-1);
      if (done) return { t0, finished: true, filesDone: files, shownAt, paintedAt, ...done, ingestMeasureMs: measure ? measure.duration : null };
      // Out of time: what the progress panel says so far.
      const counts = [...document.querySelectorAll('.ingest-counts dd')].map((dd) => dd.textContent ?? '');
      return {
        t0,
        finished: false,
        filesDone: num(counts[0]?.split('/')[0]?.trim()),
        shownAt,
        paintedAt,
        letters: num(counts[1]),
        decisions: num(counts[2]),
        problems: num(counts[3]),
        ingestMeasureMs: null,
      };
    },

    async waitUpdate(t0, marks, timeoutMs) {
      const after = (name: string, type: 'mark' | 'measure') =>
        performance.getEntriesByName(name, type).filter((e) => e.startTime >= t0);
      // Each mark's first setting since t0, and the frame painted after it.
      const paintedAfter = () => {
        const times = marks.map((m) => afterMarks.get(m)?.find((r) => r.markAt >= t0)?.paintedAt ?? null);
        return times.every((t) => t !== null) ? Math.max(...(times as number[])) : null;
      };
      const paintedAt = await new Promise<number>((resolve, reject) => {
        const check = () => {
          const at = paintedAfter();
          if (at === null) return;
          stop();
          resolve(at);
        };
        const timer = setTimeout(() => {
          stop();
          reject(new Error(`timed out waiting for ${marks.join(', ')}`));
        }, timeoutMs);
        const stop = () => {
          clearTimeout(timer);
          onPainted.delete(check);
        };
        onPainted.add(check);
        check();
      });
      const measures: Record<string, number> = {};
      for (const name of ['view:search', 'view:filter', 'view:facets', 'view:sort', 'charts:aggregate']) {
        const entries = after(name, 'measure');
        if (entries.length > 0) measures[name] = entries.reduce((n, e) => n + e.duration, 0);
      }
      return { t0, paintedAt, measures };
    },

    async waitQuiet(quietMs, timeoutMs) {
      const start = performance.now();
      for (;;) {
        const now = await painted();
        const last = api.longtasks.reduce((m, t) => Math.max(m, t.start + t.duration), 0);
        if (now - Math.max(last, start) >= quietMs) return now;
        if (now - start > timeoutMs) throw new Error('the page never went quiet');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },

    async waitText(selector, pattern, timeoutMs) {
      const re = new RegExp(pattern);
      const text = await whenDom(() => {
        for (const element of document.querySelectorAll(selector)) {
          const content = element.textContent ?? '';
          if (re.test(content)) return content;
        }
        return null;
      }, timeoutMs);
      if (text === null) return null;
      const shownAt = performance.now();
      return { text, shownAt, paintedAt: await painted() };
    },

    async storageUsage() {
      return (await navigator.storage.estimate()).usage ?? 0;
    },

    async seed({ pool, decisions: target, letters: maxLetters = Infinity, parserVersion, dbName, texts }) {
      const { __imrPacker: packer, __imrTexts: textPacker } = globalThis as unknown as { __imrPacker?: Packer; __imrTexts?: TextPacker };
      if (!packer || !textPacker) throw new Error('the page has no letter packer: inject benchInitScript()');
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(dbName);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      // The app's store (src/store/dexie-store.ts, schema version 6): each batch
      // packed into `packs`, its rationales in `rationales` under the same id;
      // texts deflated in chunks into `textChunks`, each chunk's words in
      // `textIndex` under its id, each letter's chunk in `letterTexts`.
      for (const table of ['packs', 'rationales', 'textChunks', 'textIndex', 'letterTexts']) {
        if (!db.objectStoreNames.contains(table)) throw new Error('the app has not created its store yet');
      }
      const pad = (n: number) => String(n).padStart(2, '0');
      let letters = 0;
      let decisions = 0;
      let textChars = 0;
      let textBytes = 0;
      while (decisions < target && letters < maxLetters) {
        const batch: StoredLetter[] = [];
        const batchTexts: { letter_id: string; text: string }[] = [];
        for (let k = 0; k < 2000 && decisions < target && letters < maxLetters; k++, letters++) {
          const i = letters;
          const base = pool[i % pool.length];
          if (!base) throw new Error('empty pool');
          // Distinct ids, files, cases and dates; the rest is the generated letter's.
          const record: LetterRecord = {
            ...base,
            file: `letter-${String(i).padStart(6, '0')}.pdf`,
            letter_id: i.toString(16).padStart(16, '0'),
            case_number: base.case_number === null ? null : `CM${String(13000000 + i).padStart(8, '0')}`,
            decision_date:
              base.decision_date === null ? null : `${2014 + (i % 11)}-${pad(1 + ((i * 7) % 12))}-${pad(1 + (i % 28))}`,
          };
          batch.push({ letter_id: record.letter_id, record, parser_version: parserVersion, added_at: i });
          decisions += record.decisions.length;
          const text = texts?.[i % pool.length];
          if (text !== undefined) batchTexts.push({ letter_id: record.letter_id, text });
        }
        const chunks = await textPacker.packTextChunks(batchTexts);
        for (const { chunk, index } of chunks) {
          textChars += chunk.ends.at(-1) ?? 0;
          textBytes += chunk.data.byteLength + index.byteLength;
        }
        await new Promise<void>((resolve, reject) => {
          const tx = db.transaction(['packs', 'rationales', 'textChunks', 'textIndex', 'letterTexts'], 'readwrite');
          const added = tx.objectStore('packs').add({ added_at: batch[0]?.added_at ?? 0, letters: packer.packLetters(batch) });
          added.onsuccess = () =>
            tx.objectStore('rationales').add({ id: added.result, rationales: packer.packRationales(batch) });
          for (const { chunk, index } of chunks) {
            const put = tx.objectStore('textChunks').add(chunk);
            put.onsuccess = () => {
              tx.objectStore('textIndex').add({ id: put.result, ids: chunk.ids, index });
              for (const letter_id of chunk.ids) tx.objectStore('letterTexts').put({ letter_id, chunk: put.result });
            };
          }
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
          tx.onabort = () => reject(tx.error);
        });
      }
      db.close();
      return { letters, decisions, textChars, textBytes };
    },
  };
  window.__bench = api;

  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) api.longtasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });

  // performance.memory is a snapshot: read it afresh each time.
  const heapUsed = () => (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize;
  if (heapUsed() !== undefined) setInterval(() => api.heap.push([performance.now(), heapUsed() ?? 0]), 100);

  for (const type of ['click', 'keydown']) {
    addEventListener(
      type,
      (e) => {
        if (e.isTrusted) api.lastEvent[type] = e.timeStamp;
      },
      true,
    );
  }

  // Reload to usable table: the first time the summary and rows are on screen.
  void whenDom(() => {
    const shown = summary();
    return shown && shown.decisions > 0 && hasRows() ? shown : null;
  }, 600_000).then(async (shown) => {
    if (!shown) return;
    const shownAt = performance.now();
    api.usable = { shownAt, paintedAt: await painted(), decisions: shown.decisions, letters: shown.letters };
  });
}
