// Files that gave no letter (and damaged lines of an NDJSON file, named
// "file, line N"), each with its reason in plain words.
import { useId } from 'react';
import type { Problem } from '../../app/ingest-session';

const MAX_LISTED = 500;

export function ProblemsPanel({ problems }: { problems: readonly Problem[] }) {
  const headingId = useId();
  if (problems.length === 0) return null;
  return (
    <section className="problems panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel-title">
        Problems
      </h2>
      <p className="panel-lead">
        {problems.length === 1 ? 'This was' : `These ${problems.length.toLocaleString('en-US')} were`} not added. Everything else was loaded.
      </p>
      <ul className="problem-list">
        {problems.slice(0, MAX_LISTED).map((problem, i) => (
          <li key={`${i}:${problem.file}`} className="problem">
            <span className="problem-file">{problem.file}</span>
            <span className="problem-reason">{problem.message}</span>
          </li>
        ))}
      </ul>
      {problems.length > MAX_LISTED && (
        <p className="panel-lead">and {(problems.length - MAX_LISTED).toLocaleString('en-US')} more</p>
      )}
    </section>
  );
}
