// Compare: cohort A against cohort B, each some values of one facet, within
// the page's filters; their overturn rates with Wilson intervals, the
// difference with its Newcombe interval, overall and by category,
// medication, drug class and reason. Differences whose interval excludes
// zero are marked. Everything shown is computed in derive/compare.ts.
import { useLayoutEffect, useMemo, useState } from 'react';
import type { Cohort, CompareRow, Difference, Rate } from '../../derive/compare';
import { comparisonCsv, DEFAULT_COHORT_FACET } from '../../derive/compare';
import type { DecisionSet } from '../../derive/decision-set';
import { FACET_LABELS, facetValueLabel } from '../../derive/display-words';
import { FACET_KEYS, type FacetKey } from '../../derive/filter-state';
import { NO_COHORTS, type Cohorts } from '../../derive/view-query';
import { downloadBlob } from '../shared/download';
import { markCommit, measured } from '../table/measure';
import './compare.css';

// Outcome is what is compared, so it is not a way to split cohorts.
const BY: readonly FacetKey[] = FACET_KEYS.filter((facet) => facet !== 'outcome');

const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);
const points = (x: number | null) => (x === null ? '—' : `${x > 0 ? '+' : x < 0 ? '−' : ''}${Math.abs(x * 100).toFixed(1)}`);
const rateText = (r: Rate) => (r.rate === null ? 'no decisions' : `${pct(r.rate)} (${pct(r.low)}–${pct(r.high)})`);
const diffText = (d: Difference) => (d.value === null ? '—' : `${points(d.value)} (${points(d.low)} to ${points(d.high)})`);

/** The one facet a cohort is chosen by (the first with values), and its values. */
function facetOf(cohort: Cohort): FacetKey | null {
  return BY.find((facet) => (cohort[facet]?.length ?? 0) > 0) ?? null;
}

export function ComparePanel({
  set,
  mask,
  cohorts,
  onChange,
}: {
  set: DecisionSet;
  mask: Uint8Array;
  cohorts: Cohorts;
  onChange: (cohorts: Cohorts) => void;
}) {
  const [facet, setFacet] = useState<FacetKey>(facetOf(cohorts.a) ?? facetOf(cohorts.b) ?? DEFAULT_COHORT_FACET);
  const values = useMemo(() => set.valuesOf(facet, mask), [set, facet, mask]);
  const chosen = (side: 'a' | 'b') => cohorts[side][facet] ?? [];
  const ready = chosen('a').length > 0 && chosen('b').length > 0;
  const comparison = useMemo(
    () => (ready ? measured('compare:compute', () => set.compare(mask, cohorts.a, cohorts.b)) : null),
    [ready, set, mask, cohorts],
  );
  useLayoutEffect(() => markCommit('compare:commit'), [comparison]);
  const label = (side: 'a' | 'b') => `${FACET_LABELS[facet]}: ${chosen(side).map((v) => facetValueLabel(facet, v)).join(' or ')}`;

  const pickFacet = (next: FacetKey) => {
    setFacet(next);
    onChange(NO_COHORTS);
  };
  const pick = (side: 'a' | 'b', picked: string[]) => onChange({ ...cohorts, [side]: picked.length === 0 ? {} : { [facet]: picked } });

  return (
    <div className="compare">
      <form className="compare-form" onSubmit={(event) => event.preventDefault()}>
        <label className="compare-by">
          Compare by
          <select value={facet} onChange={(event) => pickFacet(event.currentTarget.value as FacetKey)}>
            {BY.map((key) => (
              <option key={key} value={key}>
                {FACET_LABELS[key]}
              </option>
            ))}
          </select>
        </label>
        {(['a', 'b'] as const).map((side) => (
          <label key={side} className="compare-cohort">
            Cohort {side.toUpperCase()}
            <select
              multiple
              size={Math.min(8, Math.max(3, values.length))}
              value={chosen(side)}
              onChange={(event) => pick(side, [...event.currentTarget.selectedOptions].map((o) => o.value))}
            >
              {values.map(([value, n]) => (
                <option key={value} value={value}>
                  {`${facetValueLabel(facet, value)} (${n.toLocaleString('en-US')})`}
                </option>
              ))}
            </select>
          </label>
        ))}
        <p className="compare-help">
          Pick one or more values for each cohort (Ctrl or Shift for several). Both cohorts stay within the filters on the left.
        </p>
      </form>

      {comparison === null ? (
        <p className="compare-empty">Choose a value for cohort A and for cohort B to compare their overturn rates.</p>
      ) : (
        <>
          <table className="compare-table" aria-label="Cohorts compared">
            <thead>
              <tr>
                <th scope="col">Cohort</th>
                <th scope="col">Decisions</th>
                <th scope="col">Overturned</th>
                <th scope="col">Overturn rate (95% CI)</th>
              </tr>
            </thead>
            <tbody>
              {(['a', 'b'] as const).map((side) => (
                <tr key={side}>
                  <th scope="row">{`${side.toUpperCase()}: ${label(side)}`}</th>
                  <td>{comparison[side].n.toLocaleString('en-US')}</td>
                  <td>{comparison[side].overturned.toLocaleString('en-US')}</td>
                  <td>{rateText(comparison[side])}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="compare-difference" role="status">
            {`A − B: ${diffText(comparison.difference)} percentage points, 95% CI by Newcombe's method`}
            {comparison.difference.excludesZero ? ' — the interval excludes zero.' : ' — the interval includes zero.'}
          </p>
          <button
            type="button"
            className="button"
            onClick={() =>
              downloadBlob(
                new Blob([comparisonCsv(comparison, { a: label('a'), b: label('b') })], { type: 'text/csv;charset=utf-8' }),
                'imr-comparison.csv',
              )
            }
          >
            Export comparison CSV
          </button>
          {comparison.by.map(({ facet: by, rows }) => (
            <Breakdown key={by} facet={by} rows={rows} />
          ))}
        </>
      )}
    </div>
  );
}

function Breakdown({ facet, rows }: { facet: FacetKey; rows: readonly CompareRow[] }) {
  if (rows.length === 0) return null;
  const title = `By ${FACET_LABELS[facet].toLowerCase()}`;
  return (
    <section className="compare-breakdown" aria-label={title}>
      <h3>{title}</h3>
      <table className="compare-table" aria-label={title}>
        <thead>
          <tr>
            <th scope="col">Group</th>
            <th scope="col">A decisions</th>
            <th scope="col">A overturn rate</th>
            <th scope="col">B decisions</th>
            <th scope="col">B overturn rate</th>
            <th scope="col">A − B (points, 95% CI)</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.group} className={row.difference.excludesZero ? 'is-different' : undefined}>
              <th scope="row">{facetValueLabel(facet, row.group)}</th>
              <td>{row.a.n.toLocaleString('en-US')}</td>
              <td>{rateText(row.a)}</td>
              <td>{row.b.n.toLocaleString('en-US')}</td>
              <td>{rateText(row.b)}</td>
              <td>
                {diffText(row.difference)}
                {row.difference.excludesZero ? <span className="compare-mark"> ✱ excludes zero</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
