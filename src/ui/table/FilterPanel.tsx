// The filter sidebar: a disclosure per facet, then the ranges.
import type { AllFacetCounts } from '../../derive/facets';
import { memo } from 'react';
import type { FacetKey, FilterState } from '../../derive/filter-state';
import { FACET_KEYS } from '../../derive/filter-state';
import { withFacetValue } from '../../derive/filter-edit';
import { FacetFilter } from './FacetFilter';
import { RangeFilters } from './RangeFilters';

/** The facets open when the page loads. */
export const FIRST_OPEN_FACETS: readonly FacetKey[] = ['outcome', 'category'];

export interface FilterPanelProps {
  id?: string;
  filters: FilterState;
  /** Counts of the open facets. */
  counts: AllFacetCounts;
  openFacets: readonly FacetKey[];
  onOpenChange: (facet: FacetKey, open: boolean) => void;
  onChange: (update: (filters: FilterState) => FilterState) => void;
}

export const FilterPanel = memo(function FilterPanel({ id, filters, counts, openFacets, onOpenChange, onChange }: FilterPanelProps) {
  const toggle = (facet: FacetKey, value: string, on: boolean) => onChange((f) => withFacetValue(f, facet, value, on));
  return (
    <div id={id} className="dv-filter-panel">
      <h2 className="dv-filter-title">Filters</h2>
      {FACET_KEYS.map((facet) => (
        <FacetFilter
          key={facet}
          facet={facet}
          counts={counts.get(facet) ?? []}
          chosen={filters.facets[facet] ?? []}
          open={openFacets.includes(facet)}
          onOpenChange={onOpenChange}
          onToggle={toggle}
        />
      ))}
      <RangeFilters filters={filters} onChange={onChange} />
    </div>
  );
});
