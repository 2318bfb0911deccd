// A chart's numbers as a plain table: for screen readers, for copying, and for
// checking a bar against the count it stands for.
import type { GroupStats } from '../../derive/aggregate';
import { formatCount, formatRateCell } from './format';

export interface DataTableProps {
  id: string;
  /** The id of the chart's title: the table's accessible name. */
  labelledBy: string;
  groups: readonly GroupStats[];
  nameOf: (group: string) => string;
}

export function DataTable({ id, labelledBy, groups, nameOf }: DataTableProps) {
  return (
    // Focusable because it scrolls: keyboard users must be able to reach its lower rows.
    <div className="chart-data" id={id} tabIndex={0}>
      <table aria-labelledby={labelledBy}>
        <thead>
          <tr>
            <th scope="col">Group</th>
            <th scope="col">Upheld</th>
            <th scope="col">Overturned</th>
            <th scope="col">Total</th>
            <th scope="col">Overturned %</th>
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => (
            <tr key={g.group}>
              <th scope="row">{nameOf(g.group)}</th>
              <td>{formatCount(g.upheld)}</td>
              <td>{formatCount(g.overturned)}</td>
              <td>{formatCount(g.total)}</td>
              <td>{formatRateCell(g)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="chart-data-note">Overturned % is followed by its 95% Wilson interval.</p>
    </div>
  );
}
