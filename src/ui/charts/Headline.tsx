// The figures above the charts, over the decisions in view.
import type { OutcomeCounts } from '../../derive/aggregate';
import { formatCount, formatPercent } from './format';

export interface HeadlineProps {
  counts: OutcomeCounts;
  letters: number;
}

export function Headline({ counts, letters }: HeadlineProps) {
  const { overturnedRate, low, high } = counts;
  return (
    <dl className="charts-headline">
      <div>
        <dt>Letters</dt>
        <dd>{formatCount(letters)}</dd>
      </div>
      <div>
        <dt>Decisions</dt>
        <dd>{formatCount(counts.total)}</dd>
      </div>
      <div className="headline-upheld">
        <dt>Upheld</dt>
        <dd>{formatCount(counts.upheld)}</dd>
      </div>
      <div className="headline-overturned">
        <dt>Overturned</dt>
        <dd>{formatCount(counts.overturned)}</dd>
      </div>
      <div className="headline-rate">
        <dt>Overturn rate</dt>
        <dd>
          {overturnedRate === null || low === null || high === null ? (
            '–'
          ) : (
            <>
              {formatPercent(overturnedRate)}{' '}
              <span className="headline-ci">
                (95% CI {(low * 100).toFixed(1)}–{formatPercent(high)})
              </span>
            </>
          )}
        </dd>
      </div>
    </dl>
  );
}
