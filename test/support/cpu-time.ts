// CPU time this process spends on a piece of work, in milliseconds. The
// guards against a rescanning regex or a runaway loop measure this, not the
// wall clock: other processes keeping the cores busy do not add to it, so the
// guards hold on a loaded machine and still catch work that grows out of
// bounds (a rescan costs seconds to minutes where a linear pass costs
// milliseconds). Speed itself is measured in the benchmarks.

export function cpuTimed<T>(work: () => T): { value: T; cpuMs: number } {
  const before = process.cpuUsage();
  const value = work();
  const used = process.cpuUsage(before);
  return { value, cpuMs: (used.user + used.system) / 1000 };
}
