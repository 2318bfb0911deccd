// Text with the search box's words and the phrases reasons were read from
// marked: the runs of derive/text-marks.ts, each search word in a <mark>,
// each reason's phrase in a <mark> that names the reason. Text only, never HTML.
import type { MarkedRun } from '../../derive/text-marks';

function Run({ run }: { run: MarkedRun }) {
  const text = run.term ? <mark className="term-mark">{run.text}</mark> : run.text;
  if (run.reason === null) return text;
  return (
    <mark className="reason-mark" title={`Reason: ${run.reason}`} data-reason={run.reason}>
      {text}
    </mark>
  );
}

export function MarkedText({ runs }: { runs: readonly MarkedRun[] }) {
  return (
    <>
      {runs.map((run, i) => (
        <Run key={i} run={run} />
      ))}
    </>
  );
}
