// Which children of a container are on screen, by position, as one Set whose
// identity changes only when the answer does: the charts panel draws those
// charts first.
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';

const EMPTY: ReadonlySet<number> = new Set();

export function useVisibleChildren(container: RefObject<HTMLElement | null>, heading = 0): ReadonlySet<number> {
  const [visible, setVisible] = useState<ReadonlySet<number>>(EMPTY);
  const observer = useRef<IntersectionObserver | null>(null);
  const inView = useRef(new WeakMap<Element, boolean>());

  useEffect(() => {
    if (typeof IntersectionObserver !== 'function') return;
    const io = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) inView.current.set(entry.target, entry.isIntersecting);
        const parent = container.current;
        if (parent === null) return;
        const next = new Set<number>();
        Array.from(parent.children).forEach((child, k) => {
          if (inView.current.get(child) === true) next.add(k);
        });
        setVisible((prev) => (sameSet(prev, next) ? prev : next));
      },
      // Only what is on screen: the rest is drawn in idle time anyway (use-drawing-queue.ts).
      // A child whose top shows in the last `heading` pixels shows no more than its
      // heading, which its data does not change: it is not counted as in view.
      { rootMargin: `0px 0px -${heading}px 0px` },
    );
    observer.current = io;
    // Whatever is there now is observed by this observer (the children come before it on mounting, and a
    // new `heading` makes a new one); children that come later are observed after their commit, below.
    inView.current = new WeakMap();
    for (const child of Array.from(container.current?.children ?? [])) {
      inView.current.set(child, false);
      io.observe(child);
    }
    return () => {
      io.disconnect();
      observer.current = null;
    };
  }, [container, heading]);

  // Children come and go (a placeholder becomes its chart): observe whatever is there after each commit.
  useLayoutEffect(() => {
    const parent = container.current;
    const io = observer.current;
    if (parent === null || io === null) return;
    for (const child of Array.from(parent.children)) {
      if (!inView.current.has(child)) {
        inView.current.set(child, false);
        io.observe(child);
      }
    }
  });
  return visible;
}

function sameSet(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}
