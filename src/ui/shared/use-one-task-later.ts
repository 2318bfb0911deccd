// A value as it was until one task after it changed (null before the first
// one arrives): a component can hand the new value to one part of itself now
// and to another part in the next task, so a first drawing or a redraw of two
// heavy parts is two shorter tasks instead of one long one.
import { useEffect, useState } from 'react';

export function useOneTaskLater<T>(value: T): T | null {
  const [later, setLater] = useState<T | null>(null);
  useEffect(() => {
    if (later === value) return;
    const timer = setTimeout(() => setLater(value), 0);
    return () => clearTimeout(timer);
  }, [value, later]);
  return later;
}
