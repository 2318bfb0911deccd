// Text with the search box's words marked: the runs of derive/text-marks.ts,
// each word in a <mark>. Text only, never HTML.
import type { MarkedRun } from '../../derive/text-marks';

export function MarkedText({ runs }: { runs: readonly MarkedRun[] }) {
  return (
    <>
      {runs.map((run, i) =>
        run.term ? (
          <mark key={i} className="term-mark">
            {run.text}
          </mark>
        ) : (
          run.text
        ),
      )}
    </>
  );
}
