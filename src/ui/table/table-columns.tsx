// react-table column definitions: the column specs of derive/columns.ts plus
// the row-expander column, with their cell renderers. Sorting itself is done
// by derive/sort-rows.ts before the rows reach the table (manualSorting).
import type { ColumnDef } from '@tanstack/react-table';
import type { ColumnSpec } from '../../derive/columns';
import { COLUMNS } from '../../derive/columns';
import type { DecisionRow } from '../../derive/rows';
import { OutcomeBadge } from './OutcomeBadge';

export const EXPAND_COLUMN_ID = 'expand';

export function detailsId(rowId: string): string {
  return `details-${rowId.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

function CellText({ text }: { text: string | null }) {
  if (text === null) {
    return (
      <>
        <span className="dv-empty" aria-hidden="true">
          —
        </span>
        <span className="visually-hidden">none</span>
      </>
    );
  }
  return <>{text}</>;
}

const expandColumn: ColumnDef<DecisionRow> = {
  id: EXPAND_COLUMN_ID,
  header: () => <span className="visually-hidden">Details</span>,
  size: 40,
  enableSorting: false,
  enableHiding: false,
  cell: ({ row }) => {
    const open = row.getIsExpanded();
    return (
      <button
        type="button"
        className="dv-expand"
        aria-expanded={open}
        aria-controls={open ? detailsId(row.id) : undefined}
        aria-label={`Details: ${row.original.decision.item}`}
        onClick={row.getToggleExpandedHandler()}
      >
        <span aria-hidden="true">{open ? '▾' : '▸'}</span>
      </button>
    );
  },
};

function specColumn(spec: ColumnSpec): ColumnDef<DecisionRow> {
  return {
    id: spec.id,
    accessorFn: spec.sortKey,
    header: spec.label,
    size: spec.width,
    cell: ({ row }) =>
      spec.id === 'outcome' ? (
        <OutcomeBadge outcome={row.original.decision.outcome} />
      ) : (
        <CellText text={spec.text(row.original)} />
      ),
  };
}

export const TABLE_COLUMNS: ColumnDef<DecisionRow>[] = [
  expandColumn,
  ...COLUMNS.map((spec): ColumnDef<DecisionRow> => specColumn(spec)),
];
