// Show or hide any column of the table.
import type { VisibilityState } from '@tanstack/react-table';
import { COLUMNS, defaultColumnVisibility } from '../../derive/columns';
import { Popover } from './Popover';

export interface ColumnsMenuProps {
  visibility: VisibilityState;
  onChange: (next: VisibilityState) => void;
}

export function ColumnsMenu({ visibility, onChange }: ColumnsMenuProps) {
  const isVisible = (id: string) => visibility[id] !== false;
  return (
    <Popover label="Columns" className="dv-columns-menu">
      <fieldset className="dv-columns-list">
        <legend className="visually-hidden">Visible columns</legend>
        {COLUMNS.map((column) => (
          <label key={column.id} className="dv-check">
            <input
              type="checkbox"
              checked={isVisible(column.id)}
              onChange={(event) => onChange({ ...visibility, [column.id]: event.currentTarget.checked })}
            />
            {column.label}
          </label>
        ))}
      </fieldset>
      <div className="dv-columns-actions">
        <button type="button" className="button button-quiet" onClick={() => onChange({})}>
          Show all
        </button>
        <button type="button" className="button button-quiet" onClick={() => onChange(defaultColumnVisibility())}>
          Reset
        </button>
      </div>
    </Popover>
  );
}
