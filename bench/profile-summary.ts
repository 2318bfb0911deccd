// npx tsx bench/profile-summary.ts <file.cpuprofile> [count]
// Where a CPU profile written by the benchmarks (BENCH_CPU_PROFILE=dir) spent
// its time: self time by function (name, file and line), most first, and by
// source file. Profiles of an unminified build name the app's own functions.
import { readFileSync } from 'node:fs';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

const [file, countArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: npx tsx bench/profile-summary.ts <file.cpuprofile> [count]');
  process.exit(2);
}
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const byFunction = new Map<string, number>();
const byFile = new Map<string, number>();
let total = 0;
profile.samples.forEach((id, i) => {
  const frame = byId.get(id)?.callFrame;
  const dt = (profile.timeDeltas[i] ?? 0) / 1000;
  total += dt;
  if (!frame) return;
  const source = frame.url.split('/').pop() || '(native)';
  const name = `${frame.functionName || '(anonymous)'}  ${source}:${frame.lineNumber + 1}`;
  byFunction.set(name, (byFunction.get(name) ?? 0) + dt);
  byFile.set(source, (byFile.get(source) ?? 0) + dt);
});
const top = (map: Map<string, number>, n: number) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `${v.toFixed(0).padStart(8)} ms  ${((v / total) * 100).toFixed(1).padStart(5)}%  ${k}`)
    .join('\n');
console.log(`${total.toFixed(0)} ms sampled\n\nBy function (self time):\n${top(byFunction, Number(countArg ?? 25))}\n\nBy file:\n${top(byFile, 10)}`);
