// Patient age (min/max) and date ranges (decision date, date of injury).
import type { DateRange, FilterState, NumberRange } from '../../derive/filter-state';
import { withAge, withDecisionDate, withInjuryDate } from '../../derive/filter-edit';

export interface RangeFiltersProps {
  filters: FilterState;
  onChange: (update: (filters: FilterState) => FilterState) => void;
}

function toNumber(text: string): number | null {
  if (text.trim() === '') return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

function AgeRange({ range, onChange }: { range: NumberRange; onChange: (range: NumberRange) => void }) {
  return (
    <fieldset className="dv-range">
      <legend>Patient age</legend>
      <label>
        Minimum<span className="visually-hidden"> age</span>
        <input
          type="number"
          inputMode="numeric"
          min={0}
          max={120}
          value={range.min ?? ''}
          onChange={(event) => onChange({ ...range, min: toNumber(event.currentTarget.value) })}
        />
      </label>
      <label>
        Maximum<span className="visually-hidden"> age</span>
        <input
          type="number"
          inputMode="numeric"
          min={0}
          max={120}
          value={range.max ?? ''}
          onChange={(event) => onChange({ ...range, max: toNumber(event.currentTarget.value) })}
        />
      </label>
    </fieldset>
  );
}

function DateRangeInputs({
  legend,
  range,
  onChange,
}: {
  legend: string;
  range: DateRange;
  onChange: (range: DateRange) => void;
}) {
  return (
    <fieldset className="dv-range">
      <legend>{legend}</legend>
      <label>
        <span className="visually-hidden">{legend} </span>From
        <input
          type="date"
          value={range.from ?? ''}
          onChange={(event) => onChange({ ...range, from: event.currentTarget.value || null })}
        />
      </label>
      <label>
        <span className="visually-hidden">{legend} </span>To
        <input
          type="date"
          value={range.to ?? ''}
          onChange={(event) => onChange({ ...range, to: event.currentTarget.value || null })}
        />
      </label>
    </fieldset>
  );
}

export function RangeFilters({ filters, onChange }: RangeFiltersProps) {
  return (
    <div className="dv-ranges">
      <AgeRange range={filters.age} onChange={(age) => onChange((f) => withAge(f, age))} />
      <DateRangeInputs
        legend="Decision date"
        range={filters.decisionDate}
        onChange={(range) => onChange((f) => withDecisionDate(f, range))}
      />
      <DateRangeInputs
        legend="Date of injury"
        range={filters.injuryDate}
        onChange={(range) => onChange((f) => withInjuryDate(f, range))}
      />
    </div>
  );
}
