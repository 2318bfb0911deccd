// User Timing around the view's heavy steps ('view:filter', 'view:sort',
// 'view:search', 'view:facets', 'charts:aggregate'), so a benchmark can read
// how long they took with performance.getEntriesByName(...) in the real page.
export function measured<T>(name: string, work: () => T): T {
  const start = `${name}:start`;
  performance.mark(start);
  try {
    return work();
  } finally {
    performance.measure(name, start);
    performance.clearMarks(start);
  }
}

/** Marks a commit ('view:commit', 'charts:commit'): the end of an update, when its result reaches the screen. */
export function markCommit(name: string): void {
  performance.mark(name);
}
