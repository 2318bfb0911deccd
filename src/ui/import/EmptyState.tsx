// What a first-time visitor sees: what to drop, and the promise that it stays here.
export function EmptyState() {
  return (
    <section className="empty-state" aria-labelledby="empty-title">
      <div className="empty-card">
        <svg className="empty-icon" viewBox="0 0 48 48" aria-hidden="true" focusable="false">
          <path d="M14 6h14l10 10v26H14z" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinejoin="round" />
          <path d="M28 6v10h10M20 26h12M20 32h12M20 38h7" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" />
        </svg>
        <h2 id="empty-title">Drop IMR determination letters anywhere on this page</h2>
        <p>
          Drop PDF or text letters, whole folders, or <code>.zip</code> archives, or use <strong>Add letters</strong>. Every
          disputed treatment becomes a row you can filter, chart and export. A <code>.json</code> file from{' '}
          <strong>Export JSON</strong> loads back the same way, and so does the command line's <code>.ndjson</code> output,
          however large.
        </p>
        <p className="empty-privacy">
          Letters are read on this computer and saved only in this browser. Nothing leaves your computer.
        </p>
        <p className="empty-hint">
          No letters at hand? <strong>Load sample letters</strong> to try it out.
        </p>
      </div>
    </section>
  );
}
