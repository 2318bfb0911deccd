// Where a chart will be drawn, at about its height, until its turn comes
// (use-drawing-queue.ts): the page keeps its layout while charts arrive one by one.
export function ChartPlaceholder({ title, wide, note }: { title: string; wide: boolean; note: string }) {
  return (
    <section className={`chart-card chart-placeholder${wide ? ' chart-card-wide' : ''}`} aria-label={title} aria-busy="true">
      <header className="chart-card-header">
        <h3>{title}</h3>
      </header>
      <p className="chart-placeholder-note">{note}</p>
    </section>
  );
}
