// The outcome colours come from CSS variables (styles.css) so every view uses
// the same pair; the charts need them as literal values because SVG
// presentation attributes cannot use var(), and exported images must carry them.

export interface ChartColours {
  upheld: string;
  overturned: string;
}

/** Okabe-Ito blue and vermilion: told apart with every common colour-vision deficiency. */
export const FALLBACK_COLOURS: ChartColours = { upheld: '#0072B2', overturned: '#D55E00' };

export function readChartColours(): ChartColours {
  if (typeof document === 'undefined') return FALLBACK_COLOURS;
  const style = getComputedStyle(document.documentElement);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    upheld: read('--upheld', FALLBACK_COLOURS.upheld),
    overturned: read('--overturned', FALLBACK_COLOURS.overturned),
  };
}
