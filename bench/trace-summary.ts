// npx tsx bench/trace-summary.ts <name.trace.json> [count]
// Where each thread of a trace written by the benchmarks (BENCH_CPU_PROFILE=dir)
// spent its time: per thread, the busy time (top-level tasks) and the events
// inside them by self time (time not covered by a nested event), most first.
// Complements profile-summary.ts, whose "(program)" this breaks down.
import { readFileSync } from 'node:fs';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  cat: string;
  args?: { name?: string };
}

const [file, countArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: npx tsx bench/trace-summary.ts <file.trace.json> [count]');
  process.exit(2);
}
const count = Number(countArg ?? 15);
const { traceEvents } = JSON.parse(readFileSync(file, 'utf8')) as { traceEvents: TraceEvent[] };
const threadName = new Map<string, string>();
for (const e of traceEvents) if (e.ph === 'M' && e.name === 'thread_name') threadName.set(`${e.pid}:${e.tid}`, e.args?.name ?? '?');

const byThread = new Map<string, TraceEvent[]>();
for (const e of traceEvents) {
  if (e.ph !== 'X' || e.dur === undefined) continue;
  const key = `${e.pid}:${e.tid}`;
  let list = byThread.get(key);
  if (!list) byThread.set(key, (list = []));
  list.push(e);
}

const span = (() => {
  let first = Infinity;
  let last = -Infinity;
  for (const e of traceEvents) {
    if (e.ph !== 'X') continue;
    first = Math.min(first, e.ts);
    last = Math.max(last, e.ts + (e.dur ?? 0));
  }
  return (last - first) / 1000;
})();
console.log(`${span.toFixed(0)} ms traced\n`);

const rows = [...byThread].map(([key, events]) => {
  events.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const self = new Map<string, number>();
  const stack: Array<{ e: TraceEvent; end: number; childMs: number }> = [];
  let busy = 0;
  const close = (until: number) => {
    while (stack.length > 0 && (stack.at(-1)?.end ?? 0) <= until) {
      const top = stack.pop();
      if (!top) break;
      const ms = (top.e.dur ?? 0) / 1000;
      self.set(top.e.name, (self.get(top.e.name) ?? 0) + ms - top.childMs);
      const parent = stack.at(-1);
      if (parent) parent.childMs += ms;
    }
  };
  for (const e of events) {
    close(e.ts);
    if (stack.length === 0) busy += (e.dur ?? 0) / 1000;
    stack.push({ e, end: e.ts + (e.dur ?? 0), childMs: 0 });
  }
  close(Infinity);
  return { name: threadName.get(key) ?? key, busy, self };
});
rows.sort((a, b) => b.busy - a.busy);
for (const { name, busy, self } of rows.slice(0, 8)) {
  if (busy < 50) continue;
  console.log(`${name}: busy ${busy.toFixed(0)} ms`);
  for (const [event, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, count)) {
    console.log(`  ${ms.toFixed(0).padStart(8)} ms  ${event}`);
  }
  console.log('');
}
