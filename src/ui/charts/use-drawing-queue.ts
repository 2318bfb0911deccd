// The one queue the charts are drawn through. Each chart is drawn in parts
// (a group chart's bars, then its rate panel), in short tasks: recharts
// renders a few parts at a time instead of every chart in one long task that
// would hold up typing and scrolling. Parts of the charts the user can see go
// first, bars before rate panels, as many to a task as its time allows
// (PACK_MS); the others follow in the browser's idle time, as many to an
// idle period as it and that budget allow, so a filter click is finished on
// screen when the charts in view are, not when the last chart below the fold
// is. Parts
// whose item did not change keep their old object, so a memoised child
// renders only when its turn comes. `hold` stops all of it while an import
// runs (the workers then hold both cores and the page must stay quick) or
// the charts' columns are still being built; parts catch up, in view first,
// when the hold ends. A part not drawn yet is
// `undefined` (the caller draws a placeholder).
import { useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { idleSlices } from '../shared/idle-slices';

// A part in view starts in the task of the one before while that task has run less than this:
// two parts (a group chart's bars and rate panel) take 30-45 ms at 330,000 decisions.
const PACK_MS = 25;

/** Per item, per part, the item that part shows (undefined while none). */
type Shown<T> = readonly (readonly (T | undefined)[] | undefined)[];

export interface DrawingQueue<T> {
  shown: Shown<T>;
  /** Every part of every item in view shows its current item. */
  urgentDone: boolean;
  /** Every part of every item shows its current item. */
  allDone: boolean;
}

export function useDrawingQueue<T>(
  items: readonly T[],
  partsOf: (item: T) => number,
  urgent: ReadonlySet<number>,
  hold: boolean,
): DrawingQueue<T> {
  const [shown, setShown] = useState<Shown<T>>([]);
  // What was last handed to setShown. The effect starts from it, not from the
  // `shown` of the render that made it: a step of the previous run can land
  // between that render and its commit (a render React paused), and starting
  // from the render's copy would leave that step's chart showing old rows
  // while the queue believed it current.
  const latest = useRef<Shown<T>>([]);
  useLayoutEffect(() => {
    // The effect is the only writer, so every step builds on the previous one.
    let current = latest.current;
    const show = (list: Shown<T>) => {
      current = list;
      latest.current = list;
      setShown(list);
    };
    let cancel: () => void = () => {};
    let stopped = false;
    const next = (wantUrgent: boolean) => (hold ? null : stalePart(items, current, partsOf, (i) => urgent.has(i) === wantUrgent));
    const apply = ([i, p]: readonly [number, number]) => {
      const list = current.slice(0, items.length);
      const parts = (list[i] ?? []).slice(0, partsOf(items[i] as T));
      parts[p] = items[i];
      list[i] = parts;
      show(list);
    };
    // Draws `part`, then more of the same kind while the task is short (PACK_MS) and
    // `hasTime()`, each rendered, committed and its effects run before the next
    // (flushSync). As ordinary work, recharts' effects (the new data into the
    // chart's store) ran in a later task, and an axis change recharts reports at
    // the next animation frame (Redux's autoBatch) often came first: the part
    // rendered with the new axis and old data, then again. Packing parts in view
    // (a group chart's rate panel after its bars) took a paint and frame out of
    // every update (A/B at 100,000 decisions, filter tick/untick: 130 -> 99 and
    // 115 -> 100 ms); packing those out of view, an idle callback per part.
    const draw = (part: readonly [number, number], wantUrgent: boolean, hasTime: () => boolean) => {
      const started = performance.now();
      for (let todo: readonly [number, number] | null = part; todo !== null; todo = next(wantUrgent)) {
        const now = todo;
        flushSync(() => apply(now));
        if (stopped || !hasTime() || performance.now() - started >= PACK_MS) break;
      }
      schedule();
    };
    const schedule = () => {
      if (stopped) return;
      const now = next(true);
      if (now !== null) {
        cancel = later(() => draw(now, true, () => true));
        return;
      }
      const idle = next(false);
      if (idle !== null) {
        cancel = whenIdle((hasTime) => draw(idle, false, hasTime));
      } else if (!hold && current.length > items.length) {
        show(current.slice(0, items.length));
      }
    };
    // The first part in view in the commit that brought its data, before the frame is painted.
    const first = next(true);
    if (first !== null) apply(first);
    schedule();
    return () => {
      stopped = true;
      cancel();
    };
  }, [items, urgent, hold, partsOf]);

  const inView = (i: number) => urgent.has(i);
  return {
    shown,
    urgentDone: stalePart(items, shown, partsOf, inView) === null,
    allDone: shown.length === items.length && stalePart(items, shown, partsOf, () => true) === null,
  };
}

/** The first part not showing its item among the chosen items: every item's first part, then every second part... */
function stalePart<T>(
  items: readonly T[],
  shown: Shown<T>,
  partsOf: (item: T) => number,
  chosen: (i: number) => boolean,
): readonly [number, number] | null {
  const most = items.reduce((max, item) => Math.max(max, partsOf(item)), 0);
  for (let p = 0; p < most; p++) {
    for (let i = 0; i < items.length; i++) {
      const item = items[i] as T;
      if (chosen(i) && p < partsOf(item) && shown[i]?.[p] !== item) return [i, p];
    }
  }
  return null;
}

function later(run: () => void): () => void {
  const timer = setTimeout(run, 0);
  return () => clearTimeout(timer);
}

// One run in the browser's idle time (idleSlices with a single step).
function whenIdle(run: (hasTime: () => boolean) => void): () => void {
  return idleSlices((hasTime) => {
    run(hasTime);
    return true;
  });
}
