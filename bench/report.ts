// One run's figures as Markdown: the machine, the command, each target met or
// not (with what the time went on when not), then the details.
import type { IngestResult, ScaleResult } from './browser-bench';
import type { CommandTiming } from './real-bench';
import type { BundleResult } from './bundle-size';
import type { Machine } from './machine';
import type { ParserResult } from './parser-bench';
import type { PdfResult } from './pdf-bench';
import type { TextsResult } from './text-bench';
import type { TagScore } from '../test/reason-scores';

export interface RunResults {
  date: Date;
  command: string;
  quick: boolean;
  machine: Machine;
  parser?: ParserResult;
  /** The parser on the real published letters' text (pdf.js extraction of test/fixtures/real). */
  parserReal?: ParserResult;
  pdf?: PdfResult;
  /** Real published PDFs at volume: pdftotext in two processes, the command line on two threads, the page. */
  real?: { files: number; pdftotext: CommandTiming; cli: CommandTiming; page: IngestResult };
  ingest?: IngestResult[];
  scale?: ScaleResult[];
  texts?: TextsResult;
  /** Reason tags against the hand-labelled rationales of the real letters. */
  reasons?: TagScore[];
  bundle?: BundleResult;
  buildMs?: number;
  totalMs: number;
}

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const ms = (n: number) => `${int(n)} ms`;
const sec = (n: number) => `${(n / 1000).toFixed(1)} s`;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const mb = (n: number | null) => (n === null ? 'n/a' : `${int(n / 1024 / 1024)} MB`);
const met = (ok: boolean) => (ok ? 'met' : '**not met**');

/** The biggest share of an update, for "what limits it". */
function heaviest(measures: Record<string, number>, wallMs: number): string {
  const parts = Object.entries(measures).sort((a, b) => b[1] - a[1]);
  const measured = parts.reduce((n, [, d]) => n + d, 0);
  const list = parts.map(([name, d]) => `${name} ${ms(d)}`);
  list.push(`rendering and the rest ${ms(Math.max(0, wallMs - measured))}`);
  return list.join(', ');
}

function unfinished(i: IngestResult): string {
  return `over ${sec(i.timeLimitMs)}: ${int(i.filesDone)} of ${int(i.files)} files read when the time limit ran out`;
}

function worst<T>(items: readonly T[], by: (t: T) => number): T | undefined {
  return items.reduce<T | undefined>((w, t) => (w === undefined || by(t) > by(w) ? t : w), undefined);
}

interface Target {
  name: string;
  figure: string;
  ok: boolean;
  limit?: string;
}

function targets(r: RunResults): Target[] {
  const out: Target[] = [];
  if (r.parser) {
    out.push({
      name: 'Parser ≥ 5,000 text letters/s on one core',
      figure: `${int(r.parser.perSecondWall)} letters/s (by CPU time ${int(r.parser.perSecondCpu)})`,
      ok: r.parser.perSecondWall >= 5000,
      limit: `${(1000 / r.parser.perSecondWall).toFixed(2)} ms per letter of ${int(r.parser.meanChars)} characters`,
    });
  }
  if (r.pdf) {
    out.push({
      name: 'PDF extraction ≤ 2× pdftotext time',
      figure: `${r.pdf.ratioWall.toFixed(2)}× (by CPU time ${r.pdf.ratioCpu.toFixed(2)}×)`,
      ok: r.pdf.ratioWall <= 2,
      limit: `pdf.js ${int(r.pdf.pagesPerSecondPdfjs)} pages/s against pdftotext ${int(r.pdf.pagesPerSecondPdftotext)} pages/s`,
    });
  }
  if (r.real) {
    const { files, pdftotext, cli, page } = r.real;
    out.push({
      name: `Real PDFs into the page (${int(files)}) no slower than pdftotext in 2 processes`,
      figure: page.finished ? `${sec(page.wallMs)} against ${sec(pdftotext.wallMs)} (${(page.wallMs / pdftotext.wallMs).toFixed(2)}×)` : unfinished(page),
      ok: page.finished && page.wallMs <= pdftotext.wallMs,
      limit: `longest main-thread task ${ms(page.window.longestTaskMs)} (${page.window.tasksOver50} over 50 ms); ${page.lettersPerSecond.toFixed(1)} letters/s`,
    });
    out.push({
      name: `Command line --jobs 2 on the real PDFs no slower than pdftotext in 2 processes`,
      figure: `${sec(cli.wallMs)} against ${sec(pdftotext.wallMs)} (${(cli.wallMs / pdftotext.wallMs).toFixed(2)}×)`,
      ok: cli.wallMs <= pdftotext.wallMs,
      limit: `it said: ${cli.said}`,
    });
  }
  const pdfIngest = r.ingest?.find((i) => i.format === 'pdf');
  if (pdfIngest) {
    out.push({
      name: `Ingest ${int(pdfIngest.files)} PDFs < 30 s (${r.machine.cores} cores)`,
      figure: pdfIngest.finished ? sec(pdfIngest.wallMs) : unfinished(pdfIngest),
      ok: pdfIngest.finished && pdfIngest.wallMs < 30_000,
      limit: `${pdfIngest.lettersPerSecond.toFixed(1)} letters/s with ${r.machine.cores} workers`,
    });
  }
  if (r.ingest && r.ingest.length > 0) {
    const longest = worst(r.ingest, (i) => i.window.longestTaskMs);
    if (longest) {
      out.push({
        name: 'No main-thread task > 100 ms while ingesting',
        figure: `longest ${ms(longest.window.longestTaskMs)} (${longest.format}); ${r.ingest
          .map((i) => `${i.window.tasksOver100} over 100 ms (${i.format})`)
          .join(', ')}`,
        ok: r.ingest.every((i) => i.window.longestTaskMs <= 100),
        limit: 'see the ingest details below',
      });
    }
  }
  const largest = worst(r.scale ?? [], (s) => s.decisions);
  if (largest) {
    const at = `at ${int(largest.decisions)} decisions`;
    for (const kind of ['sort', 'filter', 'search', 'view', 'compare'] as const) {
      const w = worst(
        largest.interactions.filter((i) => i.kind === kind),
        (i) => i.wallMs,
      );
      if (!w) continue;
      const title = {
        sort: 'Sort',
        filter: 'Facet filter (charts in view)',
        search: 'Search keystroke (charts in view)',
        view: 'View switch (key 1, 2 or 3)',
        compare: 'Applying a Compare (a cohort picked)',
      }[kind];
      out.push({
        name: `${title} < 150 ms ${at}`,
        figure: `worst ${ms(w.wallMs)} (${w.label})`,
        ok: w.wallMs < 150,
        limit: heaviest(w.measures, w.wallMs),
      });
    }
    const chart = worst(largest.interactions, (i) => i.measures['charts:aggregate'] ?? 0);
    if (chart && chart.measures['charts:aggregate'] !== undefined) {
      out.push({
        name: `Chart re-aggregation < 150 ms ${at}`,
        figure: `worst ${ms(chart.measures['charts:aggregate'])} (${chart.label})`,
        ok: chart.measures['charts:aggregate'] < 150,
        limit: 'the charts:aggregate measure: the charts in view counted over the rows in view (every chart before 2026-12-06 17:41 UTC)',
      });
    }
    out.push({
      name: `Reload to usable table < 3 s ${at}`,
      figure: sec(largest.reload.usableMs),
      ok: largest.reload.usableMs < 3000,
      limit: `longest task while loading ${ms(largest.reload.window.longestTaskMs)}`,
    });
    out.push({
      name: `Peak JS heap < 1 GB ${at}`,
      figure: mb(largest.heapPeak),
      ok: largest.heapPeak !== null && largest.heapPeak < 1024 ** 3,
      limit: `${int((largest.heapPeak ?? 0) / largest.decisions)} bytes per decision`,
    });
  }
  if (r.texts) {
    const { store, search, reread } = r.texts;
    const plain = store ? r.scale?.find((s) => s.decisions === store.decisions) : undefined;
    if (store && plain) {
      out.push({
        name: `Reload with every letter's text kept no slower than without (within 10%) at ${int(store.decisions)} decisions`,
        figure: `${sec(store.reload.usableMs)} with texts, ${sec(plain.reload.usableMs)} without`,
        ok: store.reload.usableMs <= plain.reload.usableMs * 1.1,
        limit: `longest task while loading ${ms(store.reload.window.longestTaskMs)} with texts, ${ms(plain.reload.window.longestTaskMs)} without`,
      });
    }
    if (search) {
      out.push({
        name: `Whole-letter search over ${int(search.letters)} letters < 5 s`,
        figure: sec(search.searchMs),
        ok: search.searchMs < 5000,
        limit: `${int(search.letters / (search.searchMs / 1000))} letters/s in one worker`,
      });
      const slowest = worst(search.stops, (s) => s.uiMs);
      if (slowest) {
        out.push({
          name: 'Whole-letter search stopped within 200 ms, wherever it is',
          figure: `worst ${ms(slowest.uiMs)} (Stop at ${Math.round(slowest.at * 100)}%)`,
          ok: slowest.uiMs < 200 && search.stops.every((s) => s.workerClosed),
          limit: `workers ended: ${search.stops.filter((s) => s.workerClosed).length} of ${search.stops.length}`,
        });
      }
    }
    if (reread) {
      out.push({
        name: `Re-read ${int(reread.letters)} letters after an upgrade, table usable throughout`,
        figure: `${sec(reread.doneMs)} (${int(reread.lettersPerSecond)} letters/s); longest task ${ms(reread.window.longestTaskMs)}`,
        ok: reread.after.letters === reread.letters && reread.after.decisions === reread.decisions && reread.window.longestTaskMs <= 100,
        limit: `after it the table shows ${int(reread.after.decisions)} decisions from ${int(reread.after.letters)} letters`,
      });
    }
  }
  if (r.bundle) {
    out.push({
      name: 'Initial JS < 250 KB gzipped',
      figure: kb(r.bundle.gzipBytes),
      ok: r.bundle.gzipBytes < 250 * 1024,
      limit: r.bundle.files.map((f) => `${f.file} ${kb(f.gzipBytes)}`).join(', '),
    });
  }
  return out;
}

export function renderRun(r: RunResults): string {
  const m = r.machine;
  const lines: string[] = [];
  const stamp = r.date.toISOString().replace('T', ' ').slice(0, 16);
  lines.push(`## ${stamp} UTC${r.quick ? ' (quick run: small sizes, not comparable with the targets)' : ''}`, '');
  lines.push(`- Command: \`${r.command}\` (${sec(r.totalMs)} in all${r.buildMs ? `, of which the build ${sec(r.buildMs)}` : ''})`);
  lines.push(`- Machine: ${m.cores} cores, ${m.cpu}, ${m.ramGiB.toFixed(1)} GiB RAM, ${m.os}`);
  lines.push(`- Code: commit ${m.commit}${m.dirty ? ' with uncommitted changes to the app' : ''}`);
  lines.push(`- Software: Node ${m.node}, ${m.chromium}, ${m.pdftotext ?? 'no pdftotext'}`);
  lines.push(`- Load average (1 min) at start ${m.loadStart.toFixed(2)}, at end ${m.loadEnd.toFixed(2)}`, '');

  const ts = targets(r);
  lines.push('| Target | Figure | Met |', '|---|---|---|');
  for (const t of ts) lines.push(`| ${t.name} | ${t.figure} | ${met(t.ok)} |`);
  lines.push('');
  const missed = ts.filter((t) => !t.ok && t.limit);
  if (missed.length > 0) {
    lines.push('Where the time goes in the targets not met:', '');
    for (const t of missed) lines.push(`- ${t.name}: ${t.limit}`);
    lines.push('');
  }

  if (r.parser) {
    const p = r.parser;
    lines.push(
      `**1. Parser** (Node, one thread): ${int(p.letters)} distinct generated text letters (mean ${int(p.meanChars)} characters, ` +
        `${int(p.decisions)} decisions, ${p.failed} refused), parsed ${p.passes}× after a warm-up pass: ` +
        `${int(p.perSecondWall)} letters/s by wall clock, ${int(p.perSecondCpu)} by CPU time.`,
      '',
    );
  }
  if (r.parserReal) {
    const p = r.parserReal;
    lines.push(
      `**1b. Parser on real letters** (same run, same thread): the ${int(p.letters)} real published letters' text as pdf.js gives it ` +
        `(mean ${int(p.meanChars)} characters, ${int(p.decisions)} decisions, ${p.failed} refused), parsed ${p.passes}×: ` +
        `${int(p.perSecondWall)} letters/s by wall clock, ${int(p.perSecondCpu)} by CPU time` +
        (r.parser
          ? `, against ${int(r.parser.perSecondWall)} for the generated letters, which are ${(p.meanChars / r.parser.meanChars).toFixed(2)}× shorter.`
          : '.'),
      '',
    );
  }
  if (r.reasons) {
    lines.push(
      '**1c. Reason tags** against the hand-labelled rationales of the real letters (test/fixtures/real/reason-labels.json; the phrases were written while looking at these same rationales, so these are in-sample figures):',
      '',
      '| Reason | Labelled | Read | Right | Precision | Recall |',
      '|---|---|---|---|---|---|',
    );
    for (const s of r.reasons) {
      lines.push(`| ${s.tag} | ${s.labelled} | ${s.found} | ${s.right} | ${s.labelled + s.found === 0 ? '—' : s.precision.toFixed(2)} | ${s.labelled === 0 ? '—' : s.recall.toFixed(2)} |`);
    }
    lines.push('');
  }
  if (r.pdf) {
    const p = r.pdf;
    lines.push(
      `**2. PDF text extraction** (Node, one thread, best of ${p.rounds} rounds): ${int(p.files)} generated PDFs, ${int(p.pages)} pages` +
        `${p.failed > 0 ? `, ${p.failed} failed` : ''}. pdf.js (legacy Node build, our line reconstruction included) ` +
        `${sec(p.pdfjs.wallMs)} = ${int(p.pagesPerSecondPdfjs)} pages/s (CPU ${sec(p.pdfjs.cpuMs)}); ` +
        `pdftotext, one process per file, ${sec(p.pdftotext.wallMs)} = ${int(p.pagesPerSecondPdftotext)} pages/s (CPU ${sec(p.pdftotext.cpuMs)}). ` +
        `Ratio ${p.ratioWall.toFixed(2)}× by wall clock, ${p.ratioCpu.toFixed(2)}× by CPU time.`,
      '',
    );
  }
  if (r.real) {
    const { files, pdftotext, cli, page } = r.real;
    lines.push(
      `**3a. Real published letters** (the 64 in test/fixtures/real, copied with distinct bytes to ${int(files)} files), side by side in this run: ` +
        `pdftotext in 2 processes (xargs -P 2) extracted their text in ${sec(pdftotext.wallMs)}; ` +
        `the command line (\`npm run parse -- --jobs 2 --format ndjson\`, tsx's start included) read them in ${sec(cli.wallMs)} (${cli.said}); ` +
        `the page, from the drop to the painted frame showing every row, ${page.finished ? sec(page.wallMs) : unfinished(page)} ` +
        `(${int(page.letters)} letters, ${int(page.problems)} problems; longest main-thread task ${ms(page.window.longestTaskMs)}, ${page.window.tasksOver50} over 50 ms, peak JS heap ${mb(page.window.heapPeak)}).`,
      '',
    );
  }
  if (r.ingest && r.ingest.length > 0) {
    lines.push('**3. Ingest in the browser**, from the drop event to the painted frame showing every row:', '');
    lines.push(
      '| Files | Letters | Decisions | Problems | Wall time | Letters/s | App "ingest" measure | Longest task | Tasks > 50 ms | Tasks > 100 ms | Peak JS heap | Charts caught up after | Longest task catching up |',
      '|---|---|---|---|---|---|---|---|---|---|---|---|---|',
    );
    for (const i of r.ingest) {
      lines.push(
        `| ${int(i.files)} ${i.format} | ${int(i.letters)} | ${int(i.decisions)} | ${i.problems} | ${i.finished ? sec(i.wallMs) : unfinished(i)} | ${i.lettersPerSecond.toFixed(1)} | ` +
          `${i.ingestMeasureMs === null ? 'n/a' : sec(i.ingestMeasureMs)} | ${ms(i.window.longestTaskMs)} | ${i.window.tasksOver50} | ` +
          `${i.window.tasksOver100} | ${mb(i.window.heapPeak)} | ` +
          `${i.chartsCatchUp === null ? 'n/a' : sec(i.chartsCatchUp.ms)} | ${i.chartsCatchUp === null ? 'n/a' : ms(i.chartsCatchUp.longestTaskMs)} |`,
      );
    }
    lines.push('');
  }
  for (const s of r.scale ?? []) {
    lines.push(
      `**4. ${int(s.decisions)} decisions** (${int(s.letters)} letters written straight into the app's IndexedDB in ${sec(s.seedMs)}): ` +
        `reload to usable table ${sec(s.reload.usableMs)}, to rationales read (the search over them ready) ${sec(s.reload.rationalesMs)}, ` +
        `to every chart drawn ${sec(s.reload.allChartsMs)}, to a quiet main thread ` +
        `${sec(s.reload.quietMs)}; longest task while loading ${ms(s.reload.window.longestTaskMs)}; peak JS heap ${mb(s.heapPeak)}.`,
      '',
    );
    lines.push(
      '| Action | Wall time to painted update | Every chart redrawn | Longest task | App measures |',
      '|---|---|---|---|---|',
    );
    for (const i of s.interactions) {
      const measures = Object.entries(i.measures)
        .map(([name, d]) => `${name} ${d.toFixed(1)}`)
        .join(', ');
      const all = i.allChartsMs === null ? '—' : ms(i.allChartsMs);
      lines.push(`| ${i.kind} ${i.label} | ${ms(i.wallMs)} | ${all} | ${ms(i.longestTaskMs)} | ${measures || '—'} |`);
    }
    lines.push('');
  }
  if (r.texts) {
    const { store, search, reread, realTextBytes, generatedTextBytes } = r.texts;
    lines.push(
      `**6. Letter texts.** Kept, deflated 64 to a chunk, with each chunk's words for the search: the real published letters' text ${int(realTextBytes.chars)} characters → ` +
        `${int(realTextBytes.bytes)} + ${int(realTextBytes.indexBytes)} bytes per letter (text + words); the generated letters' ${int(generatedTextBytes.chars)} → ` +
        `${int(generatedTextBytes.bytes)} + ${int(generatedTextBytes.indexBytes)}.`,
      '',
    );
    if (store) {
      const plain = r.scale?.find((s) => s.decisions === store.decisions);
      const disk = plain ? (store.usageBytes - plain.usageBytes) / store.letters : null;
      lines.push(
        `A library of ${int(store.letters)} letters (${int(store.decisions)} decisions) with every text kept, written in ${sec(store.seedMs)}: ` +
          `${int(store.textBytes / store.letters)} bytes of deflated text and words per letter written; the browser's storage estimate ` +
          `${mb(store.usageBytes)}${plain ? ` against ${mb(plain.usageBytes)} for the same letters without texts, ${int(disk ?? 0)} bytes per letter on disk for the texts` : ''}. ` +
          `Reload to usable table ${sec(store.reload.usableMs)}, to rationales read ${sec(store.reload.rationalesMs)}, to every chart drawn ${sec(store.reload.allChartsMs)}, ` +
          `to a quiet main thread ${sec(store.reload.quietMs)}; ` +
          `longest task while loading ${ms(store.reload.window.longestTaskMs)}.`,
        '',
      );
    }
    if (search) {
      lines.push(
        `Whole-letter search for “${search.terms}” over ${int(search.letters)} letters' texts (${int(search.decisions)} decisions), in a worker: ` +
          `${int(search.found)} letters found; ${sec(search.searchMs)} from ticking “also whole letters” to the painted result ` +
          `(of which a 300 ms pause for typing), longest main-thread task meanwhile ${ms(search.window.longestTaskMs)}. ` +
          `Stop pressed at ${search.stops.map((s) => `${Math.round(s.at * 100)}%: the page said so in ${ms(s.uiMs)}, ${s.workerClosed ? 'and the worker ended' : '**but the worker did not end**'}`).join('; ')}.`,
        '',
      );
    }
    if (reread) {
      lines.push(
        `Re-read after an upgrade: ${int(reread.letters)} letters stored by the previous parser version with their texts; on reload the table was usable in ` +
          `${sec(reread.usableMs)} and every letter was read again in the workers by ${sec(reread.doneMs)} from navigation start ` +
          `(${int(reread.lettersPerSecond)} letters/s), with the longest main-thread task from the usable table to the end ${ms(reread.window.longestTaskMs)} ` +
          `(${reread.window.tasksOver50} over 50 ms). After it the table shows ${int(reread.after.decisions)} decisions from ${int(reread.after.letters)} letters ` +
          `(before: ${int(reread.decisions)} from ${int(reread.letters)}).`,
        '',
      );
    }
  }
  if (r.bundle) {
    const b = r.bundle;
    lines.push(
      `**5. Initial JavaScript** (index.html's entry and modulepreloads and their static imports, gzip -9): ` +
        `${kb(b.gzipBytes)} gzipped, ${kb(b.bytes)} raw, in ${b.files.length} file${b.files.length === 1 ? '' : 's'} ` +
        `(${b.files.map((f) => `${f.file} ${kb(f.gzipBytes)}`).join(', ')}). ` +
        `pdf.js in the initial files: ${b.eager.pdfjs ? '**yes**' : 'no'}; recharts: ${b.eager.recharts ? '**yes**' : 'no'}.`,
      '',
    );
  }
  return lines.join('\n');
}

export const BENCHMARKS_HEADER = `# Benchmarks

\`npm run bench\` measures the app against its speed targets on the machine it runs on and appends one section
per run (\`npm run bench -- --quick\` runs small sizes and only prints; \`--record\` appends it too). Every figure
in a section comes from that one run. A full run takes about ten minutes and should have the machine to itself.

Targets:

- the parser reads at least 5,000 text letters per second on one core;
- PDF text extraction takes at most twice as long as Poppler's \`pdftotext\` on the same files;
- 1,000 PDF letters are ingested in under 30 s on 2 cores, with no main-thread task over 100 ms while ingesting;
- at 330,000 decisions a sort, a facet filter, a search keystroke and a chart update each take under 150 ms,
  a reload shows a usable table in under 3 s, and the JS heap stays under 1 GB;
- the JavaScript a first visit loads is under 250 KB gzipped (pdf.js and recharts load only when needed);
- with every letter's text kept, a reload at 330,000 decisions is no slower than without them (within 10%, the
  spread between runs); the whole-letter search over 100,000 letters takes under 5 s and stops within 200 ms of
  Stop at any point; re-reading a library after a parser upgrade keeps every letter and no main-thread task
  goes over 100 ms.

How each figure is taken:

1. **Parser**: \`parseLetter\` in Node on distinct generated text letters, after a warm-up pass, for a few seconds.
2. **PDF extraction**: \`extractPdfText\` with pdf.js's Node build against \`pdftotext\` (one process per file,
   output to /dev/null) on the same generated PDFs; each side's best of several rounds.
3. **Ingest**: the production build in Debian's Chromium (headless, on-disk profile). The letters are fetched
   into \`File\`s first, then dropped on the page in one drop event; the clock stops at the first painted frame
   after the import reports done and the table shows all its rows. Long tasks come from a \`longtask\`
   PerformanceObserver, the heap from \`performance.memory\` (\`--enable-precise-memory-info\`) sampled every
   100 ms; both are the page's main thread only (the workers have their own heaps). The app draws its charts
   when an import finishes, not while it runs; "charts caught up after" times, from that frame, the last chart
   drawn (\`charts:settled\`), with the longest task in between.
4. **Large libraries**: 100,000 and 330,000 decisions are not parsed from 180,000 files; the page writes letters
   straight into the app's own IndexedDB store (the database the app's Dexie store created, in the packed batches
   of the current schema, packed by the app's own code), cloned from a pool of generated letters' expected records with distinct ids, file names, case
   numbers and decision dates, then reloads. "Usable table" is the first painted frame showing every decision
   counted and rows in the table, timed from navigation start. Sort, facet filter and search keystrokes are real
   clicks and key presses; each is timed from the input event's timestamp to the frame painted after the app's
   \`view:commit\` mark (and \`charts:commit\` when the charts change: every chart in view shows the new rows), with the
   app's User Timing measures (\`view:sort\`, \`view:filter\`, \`view:search\`, \`view:facets\`, \`charts:aggregate\`)
   beside it. The frame is asked for when the mark is set (the harness wraps \`performance.mark\`), and its end is a
   user-blocking task queued from its frame callback. Before 2026-12-06 17:41 UTC the harness asked only once
   Playwright's click had returned, and timed the frame after the one it saw the mark in, ended by a message queued
   behind the app's own tasks: 20-100 ms more than the frame that showed the update (both ways in the same clicks,
   BENCHMARKS.md). Since then too, \`charts:commit\` is set once recharts has taken the new rows (in its own effects),
   not when the charts' panel commits, and \`charts:aggregate\` counts only the charts in view (the others are counted
   in idle time, \`charts:aggregate-rest\`). Charts out of view are redrawn in idle time afterwards; "every chart
   redrawn" times the frame after the last of them, the turnaround chart included (\`charts:settled\`; before 2026-12-06 16:40 UTC it left the
   turnaround chart out), and the longest task is taken up to then.
5. **Initial JavaScript**: from the built \`index.html\`, its module script and modulepreloads and what they import
   statically, gzipped at level 9; lazy chunks (pdf.js in the worker, recharts with the charts) are not counted.
6. **Letter texts**: the same seeding as 4, with each letter's generated text packed and deflated by the app's own
   code into its text tables; disk use is the browser's \`navigator.storage.estimate()\` after the reload, against
   the run of 4 at the same size. The search ticks "also whole letters" with the words already typed and stops
   the clock at the painted "Whole letters searched" line; Stop is clicked (from the page, in the task that sees the
   progress line reach 5%, 50% and 95%) and timed to the painted "stopped" line; the search worker must end too. The re-read stores letters
   with the previous parser version, reloads, and stops the clock at the painted summary of the re-read.

# Runs
`;
