// A press on a chart's group (a bar, a month's point) that survives the chart
// redrawing under the pointer. New rows while the button is held (the search,
// an idle redraw of a chart, letters arriving) make recharts draw a series'
// elements again: a button pressed on the old element and released on the new
// one gets no click. So a press is read from pointerdown and pointerup on the
// figure, by the group each lands on (its data-group), and the element's own
// click is kept for keyboards and assistive technology (which click without a pointer).
import { useCallback, useMemo, useRef } from 'react';
import type { PointerEvent } from 'react';

export interface GroupPress {
  /** For the element around the chart's surface. */
  figure: { onPointerDown: (event: PointerEvent) => void; onPointerUp: (event: PointerEvent) => void };
  /** For each group's element, with data-group={group}. */
  onClick: (group: string) => void;
}

// A click this soon after a pointer release is that release's own click, already handled.
const SAME_PRESS_MS = 1_000;

function groupAt(target: EventTarget | null): string | null {
  return target instanceof Element ? (target.closest('[data-group]')?.getAttribute('data-group') ?? null) : null;
}

export function useGroupPress(press: (group: string) => void): GroupPress {
  const down = useRef<string | null>(null);
  const releasedAt = useRef(Number.NEGATIVE_INFINITY);
  const onPointerDown = useCallback((event: PointerEvent) => {
    down.current = event.button === 0 ? groupAt(event.target) : null;
  }, []);
  const onPointerUp = useCallback(
    (event: PointerEvent) => {
      const group = groupAt(event.target);
      if (group !== null && group === down.current) {
        releasedAt.current = performance.now();
        press(group);
      }
      down.current = null;
    },
    [press],
  );
  const onClick = useCallback(
    (group: string) => {
      if (performance.now() - releasedAt.current < SAME_PRESS_MS) return;
      press(group);
    },
    [press],
  );
  return useMemo(() => ({ figure: { onPointerDown, onPointerUp }, onClick }), [onPointerDown, onPointerUp, onClick]);
}
