// Hands a list's new items to the screen one per task: each chart then
// re-renders in a task of its own (~35 ms for recharts) instead of all of
// them in one long task (~500 ms at 330,000 decisions) that would hold up
// typing and scrolling. Items the user can see go first, one per task; the
// others follow in the browser's idle time, so a filter click is finished on
// screen when the charts in view are, not ~0.4 s later when the last chart
// below the fold is. Items that did not change keep their old object, so a
// memoised child renders only when its turn comes. `hold` stops all of it
// while an import runs: each recharts drawing was a 100-300 ms task every
// second or two of an import, with the workers holding both cores, so the
// page answered input slowly while it read letters. Items catch up, in view
// first, when the hold ends. Items not yet shown are
// `undefined` (the caller draws a placeholder), and mount by the same rules.
import { useEffect, useState } from 'react';
import { idleSlices } from '../shared/idle-slices';

export interface Staggered<T> {
  /** Position by position, the item shown there, or undefined while it is not. */
  shown: readonly (T | undefined)[];
  /** Every urgent position shows its current item. */
  urgentDone: boolean;
  /** Every position shows its current item. */
  allDone: boolean;
}

export function useStaggered<T>(items: readonly T[], urgent: ReadonlySet<number>, hold = false): Staggered<T> {
  const [shown, setShown] = useState<readonly (T | undefined)[]>([]);
  useEffect(() => {
    // The effect is the only writer, so it tracks what is shown itself and
    // every step builds on the previous one, whenever React renders it.
    let current = shown;
    let cancel: () => void = () => {};
    let stopped = false;
    const stale = (wantUrgent: boolean) => {
      if (hold) return -1;
      for (let i = 0; i < items.length; i++) {
        if (current[i] !== items[i] && urgent.has(i) === wantUrgent) return i;
      }
      return -1;
    };
    const apply = (i: number) => {
      const next = current.slice(0, items.length);
      next[i] = items[i];
      current = next;
      setShown(next);
    };
    const schedule = () => {
      if (stopped) return;
      const i = stale(true);
      if (i >= 0) {
        cancel = later(() => {
          apply(i);
          schedule();
        });
        return;
      }
      const j = stale(false);
      if (j >= 0) {
        cancel = whenIdle(() => {
          apply(j);
          schedule();
        });
      } else if (!hold && current.length > items.length) {
        current = current.slice(0, items.length);
        setShown(current);
      }
    };
    // The first chart in view changes in this very task: no wait for a click's first feedback.
    const first = stale(true);
    if (first >= 0) apply(first);
    schedule();
    return () => {
      stopped = true;
      cancel();
    };
    // `shown` is read once as the starting point; the effect's own steps update it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [items, urgent, hold]);

  let urgentDone = true;
  for (const i of urgent) if (i < items.length && shown[i] !== items[i]) urgentDone = false;
  const allDone = shown.length === items.length && items.every((item, i) => shown[i] === item);
  return { shown, urgentDone, allDone };
}

function later(run: () => void): () => void {
  const timer = setTimeout(run, 0);
  return () => clearTimeout(timer);
}

// One run in the browser's idle time (idleSlices with a single step).
function whenIdle(run: () => void): () => void {
  return idleSlices(() => {
    run();
    return true;
  });
}
