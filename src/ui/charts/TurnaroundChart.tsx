// How long IMR took, month by month: the median and 90th percentile of days
// from application received to decision, for the letters in view, against
// the statutory limits (30 days for a standard review, 3 for an expedited
// one). Computed in derive/turnaround.ts; its data table is always there.
import { memo, useId, useMemo, useState } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, YAxis } from 'recharts';
import type { DecisionSet } from '../../derive/decision-set';
import { LINE_MARGIN, MonthAxis, ROW_LINES, usePlainTick, VALUE_AXIS_WIDTH } from './axes';
import type { ChartColours } from './colours';

const HEIGHT = 220;

export const TurnaroundChart = memo(function TurnaroundChart({
  set,
  mask,
  colours,
}: {
  set: DecisionSet;
  mask: Uint8Array;
  colours: ChartColours;
}) {
  const titleId = useId();
  const [showData, setShowData] = useState(false);
  const months = useMemo(() => set.turnaround(mask), [set, mask]);
  const monthNames = useMemo(() => months.map((m) => m.month), [months]);
  const valueTick = usePlainTick('left', colours.muted);
  const letters = months.reduce((n, m) => n + m.letters, 0);
  const late = months.reduce((n, m) => n + m.late, 0);
  return (
    <section className="chart-card chart-card-wide" aria-labelledby={titleId}>
      <header className="chart-card-header">
        <h3 id={titleId}>Turnaround by decision month</h3>
      </header>
      {months.length === 0 ? (
        <p className="chart-empty">No letter in view gives both its application date and its decision date.</p>
      ) : (
        <div className="chart-figure">
          <div className="chart-legend" aria-hidden="true">
            <span className="swatch" style={{ background: colours.upheld }} /> Median days{' '}
            <span className="swatch" style={{ background: colours.overturned }} /> 90th percentile{' '}
            <span className="swatch swatch-line" /> Limits: 30 days standard, 3 expedited
          </div>
          <ResponsiveContainer width="100%" height={HEIGHT}>
            <LineChart data={months} margin={LINE_MARGIN} accessibilityLayer={false}>
              <CartesianGrid {...ROW_LINES} stroke={colours.grid} />
              <MonthAxis dataKey="month" months={monthNames} fill={colours.muted} />
              <YAxis width={VALUE_AXIS_WIDTH} tick={valueTick} interval={0} allowDecimals={false} />
              <Tooltip isAnimationActive={false} />
              <ReferenceLine y={30} stroke={colours.ink} strokeDasharray="4 3" label={{ value: '30-day limit', fontSize: 11, fill: colours.muted, position: 'insideTopRight' }} />
              <ReferenceLine y={3} stroke={colours.ink} strokeDasharray="2 3" label={{ value: '3-day limit', fontSize: 11, fill: colours.muted, position: 'insideBottomRight' }} />
              <Line dataKey="median" name="Median days" stroke={colours.upheld} strokeWidth={2} isAnimationActive={false} connectNulls />
              <Line dataKey="p90" name="90th percentile" stroke={colours.overturned} strokeWidth={2} isAnimationActive={false} connectNulls />
            </LineChart>
          </ResponsiveContainer>
        </div>
      )}
      <p className="chart-note">
        {`Days from application received to decision, per letter (${letters.toLocaleString('en-US')} with both dates); ${late.toLocaleString('en-US')} decided past the limit for their priority. A letter without a priority counts as standard.`}
      </p>
      <div className="chart-actions">
        <button type="button" aria-expanded={showData} onClick={() => setShowData((shown) => !shown)} disabled={months.length === 0}>
          Show data
        </button>
      </div>
      {showData && months.length > 0 ? (
        <table className="chart-data" aria-labelledby={titleId}>
          <thead>
            <tr>
              <th scope="col">Month</th>
              <th scope="col">Letters</th>
              <th scope="col">Median days</th>
              <th scope="col">90th percentile</th>
              <th scope="col">Past the limit</th>
              <th scope="col">Median days, UR denial to application</th>
            </tr>
          </thead>
          <tbody>
            {months.map((m) => (
              <tr key={m.month}>
                <th scope="row">{m.month}</th>
                <td>{m.letters}</td>
                <td>{m.median ?? '—'}</td>
                <td>{m.p90 ?? '—'}</td>
                <td>{m.late}</td>
                <td>{m.medianToApply ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
});
