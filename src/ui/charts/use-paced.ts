// The charts' input, with new rows taken at most once per `everyMs`. During
// an import the letters reach the view every second, and redrawing the charts
// in view each time kept the page's main thread busy in ~50-100 ms recharts
// tasks while the workers held both cores; every other second halves that and
// still shows the charts growing. A change of the mask alone (a filter or a
// search over the same rows) goes through at once, as do rows that come after
// a quiet spell (a reload, the first letters of an import, Clear all data).
import { useEffect, useRef, useState } from 'react';

/** The input to show now, and whether newer rows are waiting for their turn. */
export function usePaced<T extends { rows: unknown }>(input: T, everyMs: number): { value: T; waiting: boolean } {
  const [paced, setPaced] = useState(input);
  const takenAt = useRef(Number.NEGATIVE_INFINITY);
  useEffect(() => {
    if (input.rows === paced.rows) return;
    const take = () => {
      takenAt.current = performance.now();
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
  // The same rows with another mask: a filter change, shown at once.
  return input.rows === paced.rows ? { value: input, waiting: false } : { value: paced, waiting: true };
}
