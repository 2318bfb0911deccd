// npx tsx bench/heap-summary.ts <file.heapprofile> [count]
// What a sampling heap profile written by the benchmarks (BENCH_HEAP_PROFILE=dir)
// holds live, by the function that allocated it (self) and by the functions on
// the stack when it was allocated (total), largest first.
import { readFileSync } from 'node:fs';

interface HeapNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: HeapNode[];
}

const [file, countArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: npx tsx bench/heap-summary.ts <file.heapprofile> [count]');
  process.exit(2);
}
const count = Number(countArg ?? 25);
const { head } = JSON.parse(readFileSync(file, 'utf8')) as { head: HeapNode };
const self = new Map<string, number>();
const total = new Map<string, number>();
let all = 0;
const nameOf = (n: HeapNode) => `${n.callFrame.functionName || '(anonymous)'}  ${n.callFrame.url.split('/').pop() || '(native)'}:${n.callFrame.lineNumber + 1}`;
function walk(node: HeapNode, onStack: Set<string>): number {
  const name = nameOf(node);
  self.set(name, (self.get(name) ?? 0) + node.selfSize);
  all += node.selfSize;
  const fresh = !onStack.has(name);
  if (fresh) onStack.add(name);
  let size = node.selfSize;
  for (const child of node.children) size += walk(child, onStack);
  if (fresh) {
    onStack.delete(name);
    total.set(name, (total.get(name) ?? 0) + size);
  }
  return size;
}
walk(head, new Set());
const mb = (n: number) => `${(n / 1e6).toFixed(1).padStart(7)} MB`;
console.log(`${mb(all)} live in all\n\nBy allocating function (self):`);
for (const [name, size] of [...self].sort((a, b) => b[1] - a[1]).slice(0, count)) console.log(`  ${mb(size)}  ${name}`);
console.log('\nBy function on the stack (total):');
for (const [name, size] of [...total].sort((a, b) => b[1] - a[1]).slice(0, count)) console.log(`  ${mb(size)}  ${name}`);
