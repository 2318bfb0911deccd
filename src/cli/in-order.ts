// Work on many items at once, results in the items' order: the command line
// reads files on several threads but prints them as a one-thread run would,
// so output files compare and concatenate. At most `ahead` items are started
// beyond the one waited for, so a run holds a bounded number of results
// however many files it is given (memory stays flat).

/** `work(item)` for each item, up to `ahead` at a time, yielded in order. `work` must not reject. */
export async function* inOrder<T, R>(items: readonly T[], ahead: number, work: (item: T) => Promise<R>): AsyncGenerator<R> {
  const started = new Map<number, Promise<R>>();
  let next = 0;
  for (let i = 0; i < items.length; i++) {
    for (; next < items.length && next < i + Math.max(1, ahead); next++) started.set(next, work(items[next] as T));
    const result = started.get(i) as Promise<R>;
    started.delete(i);
    yield await result;
  }
}
