// A view of the decisions (filters, search and its scope, sort, visible
// columns) as a URL query string and back, so Back and Forward step through
// views, a reload keeps one, and a copied link opens it for anyone holding
// the same letters. Only what the user chose goes in: facet values, ranges,
// the search words, column ids; never a letter's text or anything read about
// a patient. Reading is forgiving: a parameter that does not make sense (an
// unknown facet, a column that no longer exists, a date that is not one) is
// dropped, and the rest of the view still opens.
import { COLUMNS, defaultColumnVisibility } from './columns';
import { EMPTY_FILTERS, FACET_KEYS, type FacetKey, type FilterState } from './filter-state';
import type { Cohort } from './compare';

/** The Compare view's two cohorts. */
export interface Cohorts {
  a: Cohort;
  b: Cohort;
}

export const NO_COHORTS: Cohorts = { a: {}, b: {} };

/** One sort level, as the table keeps it (react-table's ColumnSort has this shape). */
export interface SortLevel {
  id: string;
  desc: boolean;
}

/** The dashboard's views: headline and charts, the table, two cohorts side by side. */
export const VIEWS = ['overview', 'decisions', 'compare'] as const;
export type ViewName = (typeof VIEWS)[number];
/** A page opened without a view shows the table: the decisions are what most people come for. */
export const DEFAULT_VIEW: ViewName = 'decisions';

export interface DecisionsQuery {
  view: ViewName;
  filters: FilterState;
  sorting: SortLevel[];
  /** Every column's visibility. */
  columns: Record<string, boolean>;
  cohorts: Cohorts;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const FACETS: ReadonlySet<string> = new Set(FACET_KEYS);
const SORTABLE: ReadonlySet<string> = new Set(COLUMNS.map((c) => c.id));

// Parameter names: short, stable (links outlive versions), and readable in the address bar.
const P = { view: 'view', search: 'q', scope: 'in', age: 'age', decided: 'decided', injured: 'injured', sort: 'sort', show: 'show', hide: 'hide' } as const;
const facetParam = (facet: FacetKey, prefix = 'f') => `${prefix}.${facet}`;

const range = (from: string | number | null, to: string | number | null) => `${from ?? ''}..${to ?? ''}`;

/** The view as a query string (without "?"): empty for the default view. */
export function writeDecisionsQuery(query: DecisionsQuery): string {
  const params = new URLSearchParams();
  const { filters } = query;
  if (query.view !== DEFAULT_VIEW) params.set(P.view, query.view);
  for (const facet of FACET_KEYS) for (const value of filters.facets[facet] ?? []) params.append(facetParam(facet), value);
  for (const side of ['a', 'b'] as const) {
    for (const facet of FACET_KEYS) for (const value of query.cohorts[side][facet] ?? []) params.append(facetParam(facet, side), value);
  }
  if (filters.age.min !== null || filters.age.max !== null) params.set(P.age, range(filters.age.min, filters.age.max));
  if (filters.decisionDate.from !== null || filters.decisionDate.to !== null) {
    params.set(P.decided, range(filters.decisionDate.from, filters.decisionDate.to));
  }
  if (filters.injuryDate.from !== null || filters.injuryDate.to !== null) params.set(P.injured, range(filters.injuryDate.from, filters.injuryDate.to));
  if (filters.search !== '') params.set(P.search, filters.search);
  if (filters.searchScope === 'letters') params.set(P.scope, 'letters');
  if (query.sorting.length > 0) params.set(P.sort, query.sorting.map((s) => `${s.id}${s.desc ? ':desc' : ''}`).join(','));
  const defaults = defaultColumnVisibility();
  const differs = (visible: boolean) => Object.keys(defaults).filter((id) => (query.columns[id] ?? defaults[id]) === visible && defaults[id] !== visible);
  if (differs(true).length > 0) params.set(P.show, differs(true).join(','));
  if (differs(false).length > 0) params.set(P.hide, differs(false).join(','));
  return params.toString();
}

function readRange(text: string | null, valid: (part: string) => boolean): [string | null, string | null] | null {
  if (text === null) return null;
  const m = /^([^.]*)\.\.([^.]*)$/.exec(text);
  if (m === null) return null;
  const part = (p: string | undefined) => (p === undefined || p === '' || !valid(p) ? null : p);
  return [part(m[1]), part(m[2])];
}

/** A view from a query string (with or without "?"); what cannot be read is left at its default. */
export function readDecisionsQuery(search: string): DecisionsQuery {
  const params = new URLSearchParams(search);
  const selections = (prefix: string) => {
    const chosen: Partial<Record<FacetKey, string[]>> = {};
    for (const [name, value] of params) {
      if (!name.startsWith(`${prefix}.`)) continue;
      const facet = name.slice(prefix.length + 1);
      if (!FACETS.has(facet) || value === '') continue;
      const list = (chosen[facet as FacetKey] ??= []);
      if (!list.includes(value)) list.push(value);
    }
    return chosen;
  };
  const facets = selections('f');
  const age = readRange(params.get(P.age), (p) => /^\d{1,3}$/.test(p));
  const decided = readRange(params.get(P.decided), (p) => ISO_DATE.test(p));
  const injured = readRange(params.get(P.injured), (p) => ISO_DATE.test(p));
  const filters: FilterState = {
    ...EMPTY_FILTERS,
    facets,
    age: age === null ? EMPTY_FILTERS.age : { min: age[0] === null ? null : Number(age[0]), max: age[1] === null ? null : Number(age[1]) },
    decisionDate: decided === null ? EMPTY_FILTERS.decisionDate : { from: decided[0], to: decided[1] },
    injuryDate: injured === null ? EMPTY_FILTERS.injuryDate : { from: injured[0], to: injured[1] },
    search: params.get(P.search) ?? '',
    searchScope: params.get(P.scope) === 'letters' ? 'letters' : 'decisions',
  };
  const sorting: SortLevel[] = [];
  for (const part of (params.get(P.sort) ?? '').split(',')) {
    const [id, direction] = part.split(':');
    if (id === undefined || !SORTABLE.has(id) || sorting.some((s) => s.id === id)) continue;
    sorting.push({ id, desc: direction === 'desc' });
  }
  const columns = defaultColumnVisibility();
  const listed = (name: string) => (params.get(name) ?? '').split(',').filter((id) => id in columns);
  for (const id of listed(P.show)) columns[id] = true;
  for (const id of listed(P.hide)) columns[id] = false;
  const view = VIEWS.find((name) => name === params.get(P.view)) ?? DEFAULT_VIEW;
  return { view, filters, sorting, columns, cohorts: { a: selections('a'), b: selections('b') } };
}
