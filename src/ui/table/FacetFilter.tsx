// One facet of the filter panel: a disclosure with a checkbox per value and
// its count ("oxycodone (12)"), and a find box when the list is long.
import { useId, useState } from 'react';
import type { FacetCount } from '../../derive/facets';
import type { FacetKey } from '../../derive/filter-state';
import { FACET_LABELS, facetValueLabel } from '../../derive/display-words';

const FIND_FROM = 10; // values before a find box is offered
const FIRST = 30; // values listed before "Show all"

export interface FacetFilterProps {
  facet: FacetKey;
  counts: readonly FacetCount[];
  /** The values chosen right now (the counts may lag a frame behind while they are recomputed). */
  chosen: readonly string[];
  /** Open facets list their values; the view counts only those (a closed facet's counts are not taken). */
  open: boolean;
  onOpenChange: (facet: FacetKey, open: boolean) => void;
  onToggle: (facet: FacetKey, value: string, on: boolean) => void;
}

const number = new Intl.NumberFormat('en-US');

export function FacetFilter({ facet, counts: computed, chosen, open, onOpenChange, onToggle }: FacetFilterProps) {
  const [query, setQuery] = useState('');
  const [all, setAll] = useState(false);
  const findId = useId();
  const label = FACET_LABELS[facet];
  const isChosen = new Set(chosen);
  const listed = new Set(computed.map((c) => c.value));
  const counts = [
    ...computed,
    ...chosen.filter((v) => !listed.has(v)).map((value) => ({ value, count: 0, selected: true })),
  ];
  const selected = chosen.length;

  const q = query.trim().toLowerCase();
  const matching = q === '' ? counts : counts.filter((c) => facetValueLabel(facet, c.value).toLowerCase().includes(q));
  // Chosen values stay in the list even past the cut, so they can always be unticked.
  const shown = all ? matching : matching.filter((c, i) => i < FIRST || isChosen.has(c.value));
  const hidden = matching.length - shown.length;

  return (
    <details className="dv-facet" open={open} onToggle={(event) => {
        const now = event.currentTarget.open;
        if (now !== open) onOpenChange(facet, now);
      }}>
      <summary>
        <span className="dv-facet-name">{label}</span>
        {selected > 0 && <span className="dv-facet-selected">{selected} selected</span>}
      </summary>
      {open && (
        <fieldset className="dv-facet-body">
          <legend className="visually-hidden">{label}</legend>
          {counts.length >= FIND_FROM && (
            <div className="dv-facet-find">
              <label htmlFor={findId} className="visually-hidden">{`Find ${label.toLowerCase()}`}</label>
              <input
                id={findId}
                type="search"
                placeholder={`Find ${label.toLowerCase()}…`}
                value={query}
                onChange={(event) => setQuery(event.currentTarget.value)}
              />
            </div>
          )}
          {shown.length === 0 ? (
            <p className="dv-facet-none">{counts.length === 0 ? 'No values in view.' : 'No match.'}</p>
          ) : (
            <ul className="dv-facet-values">
              {shown.map((c) => (
                <li key={c.value}>
                  <label className={`dv-check${c.count === 0 ? ' is-zero' : ''}`}>
                    <input
                      type="checkbox"
                      checked={isChosen.has(c.value)}
                      onChange={(event) => onToggle(facet, c.value, event.currentTarget.checked)}
                    />
                    <span className="dv-facet-value">{facetValueLabel(facet, c.value)}</span>{' '}
                    <span className="dv-facet-count">({number.format(c.count)})</span>
                  </label>
                </li>
              ))}
            </ul>
          )}
          {hidden > 0 && (
            <button type="button" className="button button-quiet" onClick={() => setAll(true)}>
              {`Show all ${number.format(matching.length)}`}
            </button>
          )}
        </fieldset>
      )}
    </details>
  );
}
