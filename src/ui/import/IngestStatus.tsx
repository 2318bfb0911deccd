// Progress of the current import, then its summary. The counts update at most
// once per flush; only the start and the end are announced to screen readers.
import type { IngestProgress } from '../../app/ingest-session';
import { plural } from './plural';

function summary(p: IngestProgress): string {
  const added = `${plural(p.letters, 'new letter')} with ${plural(p.decisions, 'decision')}`;
  const problems = p.problems.length > 0 ? `; ${plural(p.problems.length, 'problem')}` : '';
  const reread = p.reread > 0 ? `; ${plural(p.reread, 'letter')} read anew by this version` : '';
  if (p.kind === 'reread') {
    const done = `${p.filesDone.toLocaleString('en-US')} of ${plural(p.filesTotal, 'letter')} read by an earlier version`;
    if (p.state === 'cancelled') return `Stopped reading letters anew after ${done}; the rest are read on your next visit${problems}.`;
    return `Read ${plural(p.reread, 'letter')} anew from their kept text with this version of the reader${problems}.`;
  }
  if (p.state === 'cancelled') {
    return `Cancelled after ${p.filesDone.toLocaleString('en-US')} of ${plural(p.filesTotal, 'file')}: kept ${added}${reread}${problems}.`;
  }
  return `Finished reading ${plural(p.filesTotal, 'file')}: ${added}${reread}${problems}.`;
}

function skippedNotice(count: number): string {
  return count === 1
    ? '1 file was already loaded and was skipped.'
    : `${count.toLocaleString('en-US')} files were already loaded and were skipped.`;
}

const MAX_LISTED = 100;

export function IngestStatus({
  progress,
  onCancel,
  onDismiss,
}: {
  progress: IngestProgress;
  onCancel: () => void;
  onDismiss: () => void;
}) {
  const running = progress.state === 'running';
  const rereading = progress.kind === 'reread';
  const unit = rereading ? 'letters' : 'files';
  const percent = progress.filesTotal === 0 ? 0 : Math.round((progress.filesRead / progress.filesTotal) * 100);
  // A file read as a stream (a long NDJSON file) moves the bar as its bytes are read; its share is said too.
  const partly = Math.round((progress.filesRead - progress.filesDone) * 100);
  const partlyText = partly > 0 ? `, current file ${partly}% read` : '';
  return (
    <section className="ingest-status panel" aria-label="Import" aria-busy={running} data-run-id={progress.runId}>
      {running ? (
        <div className="ingest-running">
          <div className="ingest-bar-row">
            <div
              className="progress"
              role="progressbar"
              aria-label={rereading ? 'Letters read anew' : 'Files read'}
              aria-valuemin={0}
              aria-valuemax={progress.filesTotal}
              aria-valuenow={Math.round(progress.filesRead * 100) / 100}
              aria-valuetext={`${progress.filesDone} of ${progress.filesTotal} ${unit}${partlyText}`}
            >
              <div className="progress-fill" style={{ width: `${percent}%` }} />
            </div>
            <button type="button" className="button" onClick={onCancel}>
              Cancel
            </button>
          </div>
          <dl className="ingest-counts">
            <div>
              <dt>{rereading ? 'Letters read anew' : 'Files'}</dt>
              <dd>
                {progress.filesDone.toLocaleString('en-US')} / {progress.filesTotal.toLocaleString('en-US')}
                {partly > 0 ? <span className="ingest-partly"> (current file {partly}% read)</span> : null}
              </dd>
            </div>
            <div>
              <dt>Letters</dt>
              <dd>{progress.letters.toLocaleString('en-US')}</dd>
            </div>
            <div>
              <dt>Decisions</dt>
              <dd>{progress.decisions.toLocaleString('en-US')}</dd>
            </div>
            <div>
              <dt>Problems</dt>
              <dd>{progress.problems.length.toLocaleString('en-US')}</dd>
            </div>
          </dl>
        </div>
      ) : null}
      <div className="ingest-summary-row">
        <p role="status" className="ingest-summary">
          {running
            ? rereading
              ? 'Reading letters anew from their kept text with this version of the reader…'
              : 'Reading letters…'
            : summary(progress)}
        </p>
        {!running && (
          <button type="button" className="button button-quiet" onClick={onDismiss}>
            Dismiss
          </button>
        )}
      </div>
      {progress.skipped.length > 0 && (
        <details className="notice notice-info">
          <summary>{skippedNotice(progress.skipped.length)}</summary>
          <ul className="file-list">
            {progress.skipped.slice(0, MAX_LISTED).map((file, i) => (
              <li key={`${i}:${file}`}>{file}: already loaded</li>
            ))}
            {progress.skipped.length > MAX_LISTED && <li>and {progress.skipped.length - MAX_LISTED} more</li>}
          </ul>
        </details>
      )}
    </section>
  );
}
