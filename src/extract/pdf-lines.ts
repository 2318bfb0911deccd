// Rebuilds lines of text from positioned PDF text runs, so the parser sees
// the same text from a PDF as from the .txt of the same letter. pdf.js hands
// out runs in content-stream order, which is usually but not always reading
// order, and says nothing about the spaces between runs.

export interface TextRun {
  str: string;
  /** Left edge and baseline, in PDF user space (y grows upward). */
  x: number;
  y: number;
  width: number;
  fontSize: number;
}

/** Runs whose baselines differ by less than this fraction of the font size share a line. */
const SAME_LINE = 0.5;
/** A horizontal gap wider than this fraction of the font size is a word space. */
const WORD_GAP = 0.15;

export function runsToLines(runs: readonly TextRun[]): string[] {
  const visible = runs.filter((r) => r.str.length > 0);
  const byBaseline = [...visible].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: TextRun[][] = [];
  let current: TextRun[] = [];
  let anchor = Number.NaN;
  for (const run of byBaseline) {
    const tolerance = SAME_LINE * Math.max(run.fontSize, 1);
    if (current.length > 0 && Math.abs(anchor - run.y) <= tolerance) {
      current.push(run);
    } else {
      if (current.length > 0) lines.push(current);
      current = [run];
      anchor = run.y;
    }
  }
  if (current.length > 0) lines.push(current);
  return lines.map(joinLine).filter((line) => line.length > 0);
}

function joinLine(runs: TextRun[]): string {
  const ordered = [...runs].sort((a, b) => a.x - b.x);
  let text = '';
  let end = Number.NEGATIVE_INFINITY;
  for (const run of ordered) {
    const gap = run.x - end;
    const needsSpace =
      text.length > 0 && gap > WORD_GAP * Math.max(run.fontSize, 1) && !/\s$/.test(text) && !/^\s/.test(run.str);
    text += (needsSpace ? ' ' : '') + run.str;
    end = Math.max(end, run.x + run.width);
  }
  return text.replace(/\s+$/, '').replace(/^\s+/, '');
}
