// The active filters as removable chips, plus "Clear filters".
import type { FilterState } from '../../derive/filter-state';
import { activeFilterChips } from '../../derive/filter-edit';

export interface FilterChipsProps {
  filters: FilterState;
  onChange: (update: (filters: FilterState) => FilterState) => void;
  onClear: () => void;
}

export function FilterChips({ filters, onChange, onClear }: FilterChipsProps) {
  const chips = activeFilterChips(filters);
  if (chips.length === 0) return null;
  return (
    <div className="dv-chips">
      <ul className="dv-chip-list" aria-label="Active filters">
        {chips.map((chip) => (
          <li key={chip.key} className="dv-chip">
            <span>{chip.label}</span>
            <button
              type="button"
              className="dv-chip-remove"
              aria-label={chip.removeLabel}
              title={chip.removeLabel}
              onClick={() => onChange(chip.remove)}
            >
              <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="button button-quiet" onClick={onClear}>
        Clear filters
      </button>
    </div>
  );
}
