// The rendered width of an element, kept current as it resizes, so a chart can
// choose its layout for the room it has rather than for the window's width.
//
// A hidden element (the Overview while another view shows, where the charts
// are drawn ahead) measures 0: that is not passed on, and the last real width,
// or the caller's guess before any, stands. Taken as the width, it drew every
// group chart drawn ahead in its narrow, stacked layout, twice as tall, to be
// drawn again in its wide one when the Overview was shown.
import { useLayoutEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';

export function useWidth<T extends HTMLElement>(initial: number): [RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(initial);
  useLayoutEffect(() => {
    const element = ref.current;
    if (element === null) return;
    const shown = (measured: number) => {
      if (measured > 0) setWidth(measured);
    };
    shown(element.getBoundingClientRect().width);
    const observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (entry !== undefined) shown(entry.contentRect.width);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
