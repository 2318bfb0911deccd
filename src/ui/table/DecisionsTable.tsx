// The decisions table: a real <table> (so rows, headers and sort state have
// native semantics) whose body is virtualised: only the rows near the viewport
// are in the DOM, between two spacer rows that stand for the rest. Each
// decision is its own <tbody> holding the row and, when expanded, its details,
// so the virtualiser measures both as one item of variable height.
//
// react-table is given only the rows on screen: it owns column, sort,
// visibility and expansion state, while filtering and sorting of all rows are
// done before, by derive/ (a react-table row model over 330,000 rows costs
// seconds and gigabytes).
import type { Header, OnChangeFn, SortingState, VisibilityState } from '@tanstack/react-table';
import { getCoreRowModel, useReactTable } from '@tanstack/react-table';
import { elementScroll, useVirtualizer } from '@tanstack/react-virtual';
import type { Rect, Virtualizer } from '@tanstack/react-virtual';
import type { KeyboardEvent, MouseEvent } from 'react';
import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { columnSpec } from '../../derive/columns';
import type { RowList } from '../../derive/row-list';
import type { DecisionRow } from '../../derive/rows';
import { idleSlices } from '../shared/idle-slices';
import { RowDetails } from './RowDetails';
import { cellTitle, detailsId, EXPAND_COLUMN_ID, renderCell, TABLE_COLUMNS } from './table-columns';

// Every row is one line of this height (table.css); only an opened row's details make an item taller.
const ROW_HEIGHT = 38;
const coreRowModel = getCoreRowModel<DecisionRow>();
// Items are keyed by position (the virtualiser's default), not by row id: a
// new key function, or keys read from a new rows array, makes it lay out all
// 330,000 items again on every sort. A row that moves is measured again where
// it lands.
const estimateSize = () => ROW_HEIGHT;
// Rows drawn past each edge of the table's view, so that a scroll finds them ready.
const OVERSCAN = 8;
/**
 * How much of the table's window is drawn, for the rows it was drawn for: 0
 * the rows and columns in view; 1 the rows past the edges too; each step
 * after it COLUMNS_PER_STEP more of the columns out of view, nearest first;
 * WHOLE all of it. A step per idle period keeps each frame's layout small.
 */
const WHOLE = Number.POSITIVE_INFINITY;
const COLUMNS_PER_STEP = 3;

// The table's view is hidden (display: none) while another view shows, and a
// hidden element measures 0 x 0: the virtualiser then kept 8 rows, and
// showing the view again was three renders and layouts (the table sized, its
// rows added, laid out) instead of one. A zero size is not passed on, so the
// rows of the last real size stay rendered, and before any real size the
// table assumes the height its CSS gives it (table.css, .dv-scroll).
//
// Nor is the size read when the table mounts, as the virtualiser's own
// observer does: read then, it lays the page out in the middle of the render
// that brings the first rows (42 ms of a 114 ms task of a reload at 330,000
// decisions). The observer's first report, after the frame's own layout,
// gives it for free; until then the assumed size stands.
function observeShownRect(instance: Virtualizer<HTMLDivElement, Element>, cb: (rect: Rect) => void) {
  const element = instance.scrollElement;
  if (element === null) return undefined;
  const observer = new ResizeObserver(() => {
    const { clientWidth: width, clientHeight: height } = element;
    if (width > 0 && height > 0) cb({ width, height });
  });
  observer.observe(element);
  return () => observer.disconnect();
}
const assumedRect = (): Rect => ({ width: window.innerWidth, height: Math.max(360, window.innerHeight - 240) });

// The virtualiser scrolls its element to where it last saw it when it first
// meets it: to the top, where a new table already is, and scrolling lays the
// page out at once (46 ms of the same task). A scroll to the top when it last
// saw the top, or has seen no scroll yet, is left out; every other is made.
const scrollTo: typeof elementScroll<HTMLDivElement> = (offset, options, instance) => {
  if (offset + (options.adjustments ?? 0) === 0 && (instance.scrollOffset ?? 0) === 0) return;
  elementScroll(offset, options, instance);
};

export interface DecisionsTableProps {
  /** The filtered rows, already in display order. */
  rows: RowList;
  sorting: SortingState;
  onSortingChange: OnChangeFn<SortingState>;
  columnVisibility: VisibilityState;
  onColumnVisibilityChange: OnChangeFn<VisibilityState>;
  /** A new value (the filters) scrolls the table back to the top, as a new sort does. */
  scrollResetKey: unknown;
  /** The search box's text the rows were found with: its words are marked. */
  search: string;
  /** Opens the letter behind a row; `from` gets the focus back when it closes. */
  onViewLetter: (row: DecisionRow, from: HTMLElement | null) => void;
  /** Its view is hidden: the table keeps what it shows until it is shown again (see tableUnchanged). */
  hidden: boolean;
}

/** "L" on a row (its Details button, or anything in its details but a text field) opens its letter. */
function isViewLetterKey(event: KeyboardEvent): boolean {
  const target = event.target;
  const typing = target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
  return (event.key === 'l' || event.key === 'L') && !event.ctrlKey && !event.metaKey && !event.altKey && !typing;
}

const ariaSort = (sorted: false | 'asc' | 'desc') =>
  sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined;

// A plain function, not a component: its arguments hold the table instance
// (see table-columns.tsx on why no component gets that as a prop).
function headerCell(header: Header<DecisionRow, unknown>, levels: number) {
  const { column } = header;
  const label = columnSpec(column.id)?.label ?? column.id;
  const numeric = columnSpec(column.id)?.numeric === true;
  if (!column.getCanSort()) {
    return (
      <th key={header.id} scope="col" className="dv-th">
        <span className={column.id === EXPAND_COLUMN_ID ? 'visually-hidden' : undefined}>
          {column.id === EXPAND_COLUMN_ID ? 'Details' : label}
        </span>
      </th>
    );
  }
  const sorted = column.getIsSorted();
  const level = column.getSortIndex() + 1;
  // Click sorts by this column alone; shift-click (or Shift+Enter) adds it as the next sort level.
  const toggle = (multi: boolean) => column.toggleSorting(undefined, multi);
  const onClick = (event: MouseEvent) => toggle(event.shiftKey);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && event.shiftKey) {
      event.preventDefault();
      toggle(true);
    }
  };
  return (
    <th key={header.id} scope="col" className={`dv-th${numeric ? ' dv-num' : ''}`} aria-sort={ariaSort(sorted)}>
      <button type="button" className="dv-sort" onClick={onClick} onKeyDown={onKeyDown}>
        <span className="dv-sort-label">{label}</span>
        <span className={`dv-sort-mark${sorted ? ' is-sorted' : ''}`} aria-hidden="true">
          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
          {sorted && levels > 1 ? <sup>{level}</sup> : null}
        </span>
        {sorted && levels > 1 ? <span className="visually-hidden">{` (sort level ${level})`}</span> : null}
      </button>
    </th>
  );
}

/**
 * The memo's comparison. A filter click renders the view once at once (old
 * rows) and once deferred (new rows); the first must not re-render the table
 * for nothing. And while its view is hidden the table is not rendered at all,
 * whatever changes: filters and searches in the Overview rendered its rows each
 * time for no one to see. Shown again, it renders once with what changed.
 */
function tableUnchanged(before: DecisionsTableProps, after: DecisionsTableProps): boolean {
  if (before.hidden && after.hidden) return true;
  return (Object.keys(after) as (keyof DecisionsTableProps)[]).every((key) => Object.is(before[key], after[key]));
}

export const DecisionsTable = memo(function DecisionsTable({
  rows,
  sorting,
  onSortingChange,
  columnVisibility,
  onColumnVisibilityChange,
  scrollResetKey,
  search,
  onViewLetter,
  hidden,
}: DecisionsTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [initialRect] = useState(assumedRect);
  const [expanded, setExpanded] = useState<Record<string, boolean>>({});
  // New rows (an import's hand-over, a sort, a filter, a keystroke) are drawn in view first; the
  // rest of the window follows a step per idle period (see WHOLE), or all of it at once when
  // the table is scrolled. The frame that filled the table as 1,024 real PDFs came in laid out,
  // shaped and painted 585-718 objects while the PDF workers held both cores (61-68 ms, traces):
  // a third of them rows below the edge, and of each row's seventeen cells about half out of view
  // to the right. Drawn in one idle step, the rest was a frame of its own of 910 objects (80 ms).
  const [fill, setFill] = useState<{ rows: RowList | null; step: number }>({ rows: null, step: 0 });
  const step = fill.rows === rows ? fill.step : 0;
  const whole = step === WHOLE;
  // Read from scroll events, never from the element while rendering (a read there can force a layout).
  const scrollLeft = useRef(0);
  // The scroll back to the top after a sort or filter is the table's own: it is no reason to draw all at once.
  const ownScroll = useRef(false);

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    overscan: step >= 1 ? OVERSCAN : 0,
    observeElementRect: observeShownRect,
    scrollToFn: scrollTo,
    initialRect,
  });
  const items = virtualizer.getVirtualItems();
  // The items of one lane are consecutive rows; keyed on the bounds so the
  // table's data only changes when the window does.
  const startIndex = items[0]?.index ?? 0;
  const endIndex = items[items.length - 1]?.index ?? -1;
  const windowRows = useMemo(() => rows.slice(startIndex, endIndex + 1), [rows, startIndex, endIndex]);

  useEffect(() => {
    // Scrolling, even to where it already is, lays the page out at once (a
    // long task in a large table): only when the table is scrolled at all.
    if (virtualizer.scrollOffset !== 0 && scrollRef.current !== null) {
      ownScroll.current = true;
      scrollRef.current.scrollTo({ top: 0 });
    }
    // The virtualiser instance is stable; only a new filter or sort scrolls back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [scrollResetKey, sorting]);

  const table = useReactTable({
    data: windowRows,
    columns: TABLE_COLUMNS,
    getRowId: (row) => row.id,
    state: { sorting, columnVisibility, expanded },
    onSortingChange,
    onColumnVisibilityChange,
    onExpandedChange: (updater) =>
      setExpanded((old) => {
        const next = typeof updater === 'function' ? updater(old) : updater;
        // `true` means "all expanded", which this table never offers.
        return next === true ? old : next;
      }),
    getCoreRowModel: coreRowModel,
    getRowCanExpand: () => true,
    manualSorting: true,
    manualFiltering: true,
    manualExpanding: true,
    // A new window of data must not reset state (react-table would otherwise
    // reset the page index on every data change and render again, for ever).
    autoResetAll: false,
    enableMultiSort: true,
    sortDescFirst: false,
  });

  const tableRows = table.getRowModel().rows;
  // A position measured while its row was open keeps that height after the row
  // closes, or after a sort or filter puts a closed row there: set it back.
  useLayoutEffect(() => {
    for (const [key, size] of virtualizer.itemSizeCache) {
      const index = Number(key);
      const row = rows.at(index);
      if (size !== ROW_HEIGHT && (row === undefined || expanded[row.id] !== true)) virtualizer.resizeItem(index, ROW_HEIGHT);
    }
  });
  const visibleColumns = table.getVisibleLeafColumns();
  const width = visibleColumns.reduce((sum, c) => sum + c.getSize(), 0);
  const first = items[0];
  const last = items[items.length - 1];
  const padTop = first === undefined ? 0 : first.start;
  const padBottom = last === undefined ? 0 : virtualizer.getTotalSize() - last.end;
  const span = visibleColumns.length;
  // Row details are as wide as the visible part of the table, not the whole (wide) table.
  const viewWidth = virtualizer.scrollRect?.width;
  const columnsByDistance = whole || viewWidth === undefined ? null : byDistanceFromView(visibleColumns, scrollLeft.current, viewWidth);
  // The Details column always: its button may hold the keyboard's focus, and a cell emptied under it would drop it.
  const shownColumns =
    columnsByDistance === null
      ? null
      : new Set([EXPAND_COLUMN_ID, ...columnsByDistance.inView, ...columnsByDistance.outside.slice(0, Math.max(0, step - 1) * COLUMNS_PER_STEP)]);
  const nextStep = columnsByDistance === null || (step - 1) * COLUMNS_PER_STEP >= columnsByDistance.outside.length ? WHOLE : step + 1;
  // Not while the view is hidden: each step would render the table for no one to see (see tableUnchanged).
  useEffect(
    () => (whole || hidden ? undefined : idleSlices(() => (setFill({ rows, step: nextStep }), true))),
    [rows, whole, nextStep, hidden],
  );
  useEffect(() => {
    if (viewWidth !== undefined) scrollRef.current?.style.setProperty('--dv-view-width', `${Math.max(240, viewWidth - 72)}px`);
  }, [viewWidth]);

  return (
    <div
      ref={scrollRef}
      className="dv-scroll"
      tabIndex={0}
      role="region"
      aria-label="Decisions table"
      // Partly drawn (rows past the edges, cells past the sides still to come): assistive technology and tests can wait.
      aria-busy={!whole}
      onScroll={(event) => {
        scrollLeft.current = event.currentTarget.scrollLeft;
        if (ownScroll.current) ownScroll.current = false;
        else if (!whole) setFill({ rows, step: WHOLE });
      }}
    >
      <table className="dv-table" style={{ width }} aria-rowcount={rows.length + 1}>
        <colgroup>
          {visibleColumns.map((column) => (
            <col key={column.id} style={{ width: column.getSize() }} />
          ))}
        </colgroup>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1}>
              {group.headers.map((header) => headerCell(header, sorting.length))}
            </tr>
          ))}
        </thead>
        {padTop > 0 && (
          <tbody aria-hidden="true">
            <tr className="dv-spacer">
              <td colSpan={span} style={{ height: padTop }} />
            </tr>
          </tbody>
        )}
        {items.map((item, k) => {
          const row = tableRows[k];
          if (row === undefined) return null;
          const open = row.getIsExpanded();
          const expand = { open, toggle: () => row.toggleExpanded() };
          return (
            <tbody
              key={item.key}
              // Only an opened row can differ from ROW_HEIGHT: measuring every row forces
              // a layout of each as it mounts, a long first paint of a large table.
              ref={open ? virtualizer.measureElement : undefined}
              data-index={item.index}
              className={`dv-item${item.index % 2 === 1 ? ' is-odd' : ''}${open ? ' is-open' : ''}`}
              onKeyDown={(event) => {
                if (!isViewLetterKey(event)) return;
                event.preventDefault();
                onViewLetter(row.original, event.target instanceof HTMLElement ? event.target : null);
              }}
            >
              <tr aria-rowindex={item.index + 2}>
                {row.getVisibleCells().map((cell) => {
                  const shown = shownColumns === null || shownColumns.has(cell.column.id);
                  return (
                    <td
                      // By column, not by cell (a cell's id holds its row's): a sort or filter
                      // puts other rows at these positions, and their cells take over the
                      // elements there, text changed, instead of every cell made and styled anew.
                      key={cell.column.id}
                      className={columnSpec(cell.column.id)?.numeric === true ? 'dv-num' : undefined}
                      title={shown ? cellTitle(cell.column.id, row.original) : undefined}
                    >
                      {shown ? renderCell(cell.column.id, row.original, expand, search) : null}
                    </td>
                  );
                })}
              </tr>
              {open && (
                <tr className="dv-detail-row">
                  <td colSpan={span}>
                    <RowDetails row={row.original} id={detailsId(row.id)} search={search} onViewLetter={onViewLetter} />
                  </td>
                </tr>
              )}
            </tbody>
          );
        })}
        {padBottom > 0 && (
          <tbody aria-hidden="true">
            <tr className="dv-spacer">
              <td colSpan={span} style={{ height: padBottom }} />
            </tr>
          </tbody>
        )}
      </table>
    </div>
  );
}, tableUnchanged);

/**
 * The ids of the columns at least partly within `width` pixels from `left`
 * (the table's horizontal scroll), and of the others, nearest the view first.
 */
function byDistanceFromView(columns: readonly { id: string; getSize(): number }[], left: number, width: number) {
  const inView: string[] = [];
  const outside: { id: string; distance: number }[] = [];
  let x = 0;
  for (const column of columns) {
    const size = column.getSize();
    if (x < left + width && x + size > left) inView.push(column.id);
    else outside.push({ id: column.id, distance: x >= left + width ? x - (left + width) : left - (x + size) });
    x += size;
  }
  return { inView, outside: outside.sort((a, b) => a.distance - b.distance).map((c) => c.id) };
}
