// The charts' input, with new rows taken at most once per `everyMs`. During
// an import the letters reach the view every second, and redrawing the charts
// in view each time kept the page's main thread busy in ~50-100 ms recharts
// tasks while the workers held both cores; every other second halves that and
// still shows the charts growing. A change of the mask alone (a filter or a
// search over the same rows) goes through at once, as do rows that come after
// a quiet spell (a reload, the first letters of an import, Clear all data).
import { useEffect, useRef, useState } from 'react';

export interface Paced<T> {
  /** The input to show now. */
  value: T;
  /** Newer rows are waiting for their turn. */
  waiting: boolean;
  /** Rows are coming one change after another (an import is running): waiting, or taken twice within 1.5 × everyMs. */
  arriving: boolean;
}

export function usePaced<T extends { rows: unknown }>(input: T, everyMs: number): Paced<T> {
  const [paced, setPaced] = useState(input);
  const [streak, setStreak] = useState(false);
  const takenAt = useRef(Number.NEGATIVE_INFINITY);
  useEffect(() => {
    if (input.rows === paced.rows) return;
    const take = () => {
      const now = performance.now();
      setStreak(now - takenAt.current < everyMs * 1.5);
      takenAt.current = now;
      setPaced(input);
    };
    const wait = takenAt.current + everyMs - performance.now();
    if (wait <= 0) {
      take();
      return;
    }
    const timer = setTimeout(take, wait);
    return () => clearTimeout(timer);
  }, [input, paced.rows, everyMs]);
  // A streak ends when no rows have come for a while after the last ones taken.
  useEffect(() => {
    if (!streak) return;
    const timer = setTimeout(() => setStreak(false), everyMs * 1.5);
    return () => clearTimeout(timer);
  }, [streak, paced, everyMs]);
  // The same rows with another mask: a filter change, shown at once.
  const waiting = input.rows !== paced.rows;
  return { value: waiting ? paced : input, waiting, arriving: waiting || streak };
}
