// react-table column definitions (from the specs in derive/columns.ts, plus
// the row-expander column) and the cells' content.
//
// Cells are rendered by renderCell, a plain function, not through flexRender:
// flexRender mounts each cell as a component whose props hold the whole table
// instance, and React's development build diffs such props on every render,
// which freezes the page.
import type { ColumnDef } from '@tanstack/react-table';
import { COLUMNS, columnSpec } from '../../derive/columns';
import type { DecisionRow } from '../../derive/rows';
import { markTerms } from '../../derive/text-marks';
import { MarkedText } from '../shared/MarkedText';
import { OutcomeBadge } from './OutcomeBadge';

export const EXPAND_COLUMN_ID = 'expand';

export function detailsId(rowId: string): string {
  return `details-${rowId.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

export const TABLE_COLUMNS: ColumnDef<DecisionRow>[] = [
  { id: EXPAND_COLUMN_ID, header: 'Details', size: 40, enableSorting: false, enableHiding: false },
  ...COLUMNS.map(
    (spec): ColumnDef<DecisionRow> => ({ id: spec.id, accessorFn: spec.sortKey, header: spec.label, size: spec.width }),
  ),
];

export interface ExpandState {
  open: boolean;
  toggle: () => void;
}

function empty() {
  return (
    <>
      <span className="dv-empty" aria-hidden="true">
        —
      </span>
      <span className="visually-hidden">none</span>
    </>
  );
}

/** A cell's content; `search` is the search box's text, whose words are marked in the Item cell. */
export function renderCell(columnId: string, row: DecisionRow, expand: ExpandState, search: string) {
  if (columnId === EXPAND_COLUMN_ID) {
    return (
      <button
        type="button"
        className="dv-expand"
        aria-expanded={expand.open}
        aria-controls={expand.open ? detailsId(row.id) : undefined}
        aria-label={`Details: ${row.decision.item}`}
        onClick={expand.toggle}
      >
        <span aria-hidden="true">{expand.open ? '▾' : '▸'}</span>
      </button>
    );
  }
  if (columnId === 'outcome') return <OutcomeBadge outcome={row.decision.outcome} />;
  if (columnId === 'item' && search.trim() !== '') return <MarkedText runs={markTerms(row.decision.item, search)} />;
  const text = columnSpec(columnId)?.text(row) ?? null;
  return text === null ? empty() : text;
}

/** A text cell's whole value, for the tooltip of a cell cut short to one line. */
export function cellTitle(columnId: string, row: DecisionRow): string | undefined {
  if (columnId === EXPAND_COLUMN_ID || columnId === 'outcome') return undefined;
  return columnSpec(columnId)?.text(row) ?? undefined;
}
