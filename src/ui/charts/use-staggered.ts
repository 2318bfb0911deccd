// Hands a list's new items to the screen one per task: each chart then
// re-renders in a task of its own (~35 ms for recharts) instead of all of
// them in one long task (~500 ms at 330,000 decisions) that would hold up
// typing and scrolling. Items that did not change keep their old object, so
// a memoised child renders only when its turn comes. The first items mount
// the same way, one by one, so the charts' first drawing is no long task either.
import { useEffect, useState } from 'react';

export function useStaggered<T>(items: readonly T[]): readonly T[] {
  const [shown, setShown] = useState<readonly T[]>(() => items.slice(0, 1));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let next = 0;
    const step = () => {
      const at = next++;
      setShown((prev) => {
        // Items beyond those shown are added in turn; fewer items are shown whole at once.
        if (prev.length > items.length) return items;
        if (at >= prev.length) return at === prev.length ? [...prev, items[at] as T] : prev;
        if (prev[at] === items[at]) return prev;
        const copy = prev.slice();
        copy[at] = items[at] as T;
        return copy;
      });
      if (next < items.length) timer = setTimeout(step, 0);
    };
    step();
    return () => clearTimeout(timer);
  }, [items]);
  return shown;
}
