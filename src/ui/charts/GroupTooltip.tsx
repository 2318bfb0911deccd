// The tooltip every chart shows: group, both counts, and the overturn rate
// with its interval, so a bar's length never has to be read by eye.
import type { GroupStats } from '../../derive/aggregate';
import { formatCount, formatRateWithInterval } from './format';

/** Above the data tables' sticky headers; a short chart's tooltip may overhang its card. */
export const TOOLTIP_WRAPPER = { zIndex: 20 } as const;

export interface GroupTooltipProps {
  active?: boolean;
  /** The category under the pointer (the group name). */
  label?: string | number;
  byGroup: ReadonlyMap<string, GroupStats>;
  nameOf: (group: string) => string;
}

export function GroupTooltip({ active, label, byGroup, nameOf }: GroupTooltipProps) {
  const group = active === true && label !== undefined ? byGroup.get(String(label)) : undefined;
  if (group === undefined) return null;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip-title">{nameOf(group.group)}</p>
      <p>
        <span className="swatch swatch-upheld" aria-hidden="true" /> Upheld {formatCount(group.upheld)}
      </p>
      <p>
        <span className="swatch swatch-overturned" aria-hidden="true" /> Overturned {formatCount(group.overturned)}
      </p>
      <p>Total {formatCount(group.total)}</p>
      <p>Overturned {formatRateWithInterval(group)}</p>
      {group.folded > 0 ? <p className="chart-tooltip-hint">{group.folded} smaller groups together</p> : null}
    </div>
  );
}
