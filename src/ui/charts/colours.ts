// The charts' colours come from the CSS variables in styles.css, so every view
// uses the same outcome pair. SVG presentation attributes cannot use var(), and
// exported images must carry their colours, so the charts take literal values
// read from those variables once.

export interface ChartColours {
  upheld: string;
  overturned: string;
  /** Text, error bars. */
  ink: string;
  /** Axis tick labels. */
  muted: string;
  /** Grid lines. */
  grid: string;
  /** Card background, used to ring points so they stand off the line. */
  surface: string;
}

/** Okabe-Ito blue and vermilion (told apart with every common colour-vision deficiency), and neutral greys. */
export const FALLBACK_COLOURS: ChartColours = {
  upheld: '#0072B2',
  overturned: '#D55E00',
  ink: '#1b2430',
  muted: '#566170',
  grid: '#d5dae1',
  surface: '#ffffff',
};

export function readChartColours(): ChartColours {
  if (typeof document === 'undefined') return FALLBACK_COLOURS;
  const style = getComputedStyle(document.documentElement);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    upheld: read('--upheld', FALLBACK_COLOURS.upheld),
    overturned: read('--overturned', FALLBACK_COLOURS.overturned),
    ink: read('--text', FALLBACK_COLOURS.ink),
    muted: read('--text-muted', FALLBACK_COLOURS.muted),
    grid: read('--border', FALLBACK_COLOURS.grid),
    surface: read('--surface', FALLBACK_COLOURS.surface),
  };
}
