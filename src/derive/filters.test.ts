import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { randomFilters, viewRows, withFilters as f } from '../../test/builders/decision-view';
import { ROWS, ids } from '../../test/builders/view-rows';
import { applyFilters, applySearch, sortRows } from '../../test/reference/decisions';
import { DecisionSet } from './decision-set';
import { facetValueOf } from './facet-value';
import type { FilterState } from './filter-state';
import { EMPTY_FILTERS, NONE } from './filter-state';
import type { DecisionRow } from './rows';
import { SearchIndex, searchTerms } from './search-index';

describe('the rows a filter keeps', () => {
  it.each<[string, FilterState, string[]]>([
    ['no filters keep every row in order', EMPTY_FILTERS, ['a1:1', 'a1:2', 'a2:1', 'a2:2', 'a3:1', 'a4:1', 'a5:1', 'a5:2', 'a6:1']],
    ['one medication', f({ facets: { medication: ['hydromorphone'] } }), ['a2:1', 'a2:2']],
    ['values within a facet are OR-ed', f({ facets: { medication: ['oxycodone', 'naproxen'] } }), ['a1:1', 'a5:1']],
    ['NONE selects rows without the field', f({ facets: { medication: [NONE] } }), ['a1:2', 'a4:1', 'a6:1']],
    ['facets are AND-ed', f({ facets: { outcome: ['Overturned'], drug_class: ['opioid'] } }), ['a3:1']],
    ['an empty facet list filters nothing', f({ facets: { outcome: [] } }), ids(ROWS)],
    ['specialty matches any of the letter specialties', f({ facets: { specialty: ['Pain Medicine'] } }), ['a1:1', 'a1:2', 'a3:1']],
    ['state matches any licence state', f({ facets: { state: ['NY'] } }), ['a5:1', 'a5:2']],
    ['a letter without states is NONE', f({ facets: { state: [NONE] } }), ['a6:1']],
    ['guideline source NONE', f({ facets: { guideline_source: [NONE] } }), ['a4:1']],
    ['decision month is the YYYY-MM of the decision date', f({ facets: { decision_month: ['2015-11'] } }), ['a1:1', 'a1:2', 'a5:1', 'a5:2']],
    ['sex', f({ facets: { sex: ['M'] } }), ['a4:1', 'a5:1', 'a5:2']],
    ['age range is inclusive and drops unknown ages', f({ age: { min: 55, max: 68 } }), ['a1:1', 'a1:2', 'a4:1', 'a5:1', 'a5:2']],
    ['age minimum only', f({ age: { min: 61, max: null } }), ['a4:1']],
    ['age maximum only', f({ age: { min: null, max: 47 } }), ['a3:1']],
    ['decision date range is inclusive', f({ decisionDate: { from: '2015-11-02', to: '2015-11-30' } }), ['a1:1', 'a1:2', 'a5:1', 'a5:2']],
    ['decision date from only', f({ decisionDate: { from: '2016-01-01', to: null } }), ['a4:1']],
    ['a YYYY-MM injury date counts as its first day', f({ injuryDate: { from: '2004-08-01', to: '2004-08-01' } }), ['a1:1', 'a1:2']],
    ['injury date to', f({ injuryDate: { from: null, to: '2002-01-01' } }), ['a2:1', 'a2:2']],
    ['search looks in the rationale, any case', f({ search: 'weaning' }), ['a1:1', 'a3:1']],
    ['search looks in the item', f({ search: 'EXALGO' }), ['a2:2']],
    ['every search word must occur', f({ search: 'weaning plan' }), ['a3:1']],
    ['search words may come from item and rationale', f({ search: 'norco relief' }), ['a3:1']],
    ['blank search filters nothing', f({ search: '   ' }), ids(ROWS)],
    ['search and facet combine', f({ search: 'weaning', facets: { outcome: ['Upheld'] } }), ['a1:1']],
    ['nothing matches', f({ facets: { medication: ['fentanyl'] } }), []],
  ])('%s', (_name, filters, expected) => {
    expect(ids(viewRows(ROWS, filters))).toEqual(expected);
    // The plain reference the random tests below rely on agrees too.
    expect(ids(applyFilters(ROWS, filters))).toEqual(expected);
  });

  it('agree with the plain reference under any filters', () => {
    fc.assert(
      fc.property(randomFilters, (filters) => {
        expect(ids(viewRows(ROWS, filters))).toEqual(ids(applyFilters(ROWS, filters)));
      }),
      { numRuns: 300 },
    );
  });
});

describe('facetValueOf', () => {
  const [a1oxy] = ROWS;
  it.each([
    ['outcome', 'Upheld'],
    ['category', 'pharmaceutical'],
    ['medication', 'oxycodone'],
    ['drug_class', 'opioid'],
    ['guideline_source', 'MTUS'],
    ['layout', 'final-determination'],
    ['sex', 'F'],
    ['decision_month', '2015-11'],
  ] as const)('%s of the first row is %s', (facet, value) => {
    expect(a1oxy && facetValueOf(a1oxy, facet)).toBe(value);
  });
  it('lists every specialty and state', () => {
    expect(a1oxy && facetValueOf(a1oxy, 'specialty')).toEqual(['Anesthesiology', 'Pain Medicine']);
    expect(a1oxy && facetValueOf(a1oxy, 'state')).toEqual(['TX', 'FL']);
  });
});

describe('search', () => {
  it.each([
    ['', []],
    ['  Weaning  Plan ', ['weaning', 'plan']],
    ['MRI', ['mri']],
  ])('%j splits into %j', (input, terms) => {
    expect(searchTerms(input)).toEqual(terms);
  });

  it('matches every row, in order, when there is nothing to search', () => {
    expect(Array.from(new SearchIndex(ROWS).positions(' '))).toEqual(ROWS.map((_, i) => i));
  });

  it('gives the same answer to a repeated search (the last hits are kept)', () => {
    const index = new SearchIndex(ROWS);
    const first = index.positions('therapy');
    expect(Array.from(first, (i) => ROWS[i]?.id)).toEqual(['a1:2']);
    expect(index.positions('therapy')).toBe(first);
  });
});

describe('a filter mask over a sort order', () => {
  it('filtering a sorted order equals sorting the filtered rows', () => {
    const filters = f({ facets: { drug_class: ['opioid', NONE] }, age: { min: 50, max: null } });
    const sorting = [{ id: 'medication', desc: true }, { id: 'item', desc: false }];
    const viaOrder = viewRows(ROWS, filters, sorting);
    expect(ids(viaOrder)).toEqual(ids(sortRows(applyFilters(ROWS, filters), sorting)));
    expect(ids(viaOrder)).toEqual(['a1:1', 'a2:1', 'a2:2', 'a4:1', 'a1:2']);
  });

  it('marks exactly the filtered rows', () => {
    const mask = new DecisionSet(ROWS).filter(f({ facets: { outcome: ['Overturned'] } }));
    expect([...mask]).toEqual([0, 1, 0, 0, 1, 0, 0, 1, 0]);
  });

  it('takes the search hits it is given', () => {
    const set = new DecisionSet(ROWS);
    const filters = f({ search: 'weaning', facets: { outcome: ['Upheld'] } });
    expect([...set.filter(filters, set.search(filters.search))]).toEqual([...set.filter(filters)]);
  });
});

describe('search as the user types', () => {
  // Fresh answer: the positions of the plain reference's rows.
  const fresh = (rows: readonly DecisionRow[], query: string) => {
    const hits = new Set(applySearch(rows, query));
    return rows.flatMap((row, i) => (hits.has(row) ? [i] : []));
  };

  it('gives the same rows after any sequence of queries as a fresh search', () => {
    // Words drawn from the fixture's texts, so queries hit, narrow and widen.
    const words = ['o', 'ox', 'oxy', 'oxycodone', 'n', 'no', 'norco', 'weaning', 'we', 'e', 'mg', '10', 'x'];
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom(...words), { maxLength: 3 }), { minLength: 1, maxLength: 8 }), (queries) => {
        const index = new SearchIndex(ROWS);
        for (const q of queries.map((w) => w.join(' '))) {
          expect(Array.from(index.positions(q))).toEqual(fresh(ROWS, q));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds the same rows as a look at each row, across many chunks of text, in any order of queries', () => {
    // 4,600 rows (three chunks of search text and part of a fourth), their rationales drawn
    // from few words so queries hit rows on both sides of every chunk's edges; among them
    // empty texts, a NUL in a rationale, a capital whose lower case is longer ('İ'), and
    // characters beyond Latin-1 as real letters have them (such rows are kept apart).
    const vocabulary = ['weaning', 'plan', 'norco', 'oxy', 'oxycodone', 'pain', 'mri', 'İstanbul', 'a\u0000b', '', 'A’s', 'Preface – Physical'];
    const rows = Array.from({ length: 4_600 }, (_, k) => {
      const base = ROWS[k % ROWS.length] as DecisionRow;
      const rationale = [k % 7, (k * 3) % 11, (k * 5) % 13].map((w) => vocabulary[w % vocabulary.length]).join(k % 2 === 0 ? ' ' : '');
      return { ...base, id: `${k}`, decision: { ...base.decision, item: k % 97 === 0 ? '' : base.decision.item, rationale } };
    });
    // One and two letters or digits ('b', 'ap', 'b1') are answered from the pair index alone;
    // a letter beside a character it does not know ('a’', '’s'), or a longer word, is looked for.
    // The end of one row's text and the start of the next together ('gox', 'nph'...) must not match.
    const words = ['o', 'oxy', 'oxycodone', 'weaning', 'plan', 'pain', 'mri', 'i̇stanbul', 'b', 'nope', 'an', 'ning', 'a’s', '–', 'preface', 'sphysical', 'a’', '’s', 'ap', 'ep', 'b1', '0b', 'ac'];
    const acrossRows = ['gox', 'nph', 'ydi', 'iex', 'lno', 'nmr', 'ena', 'sib', 'nho', 'eho', 'gno', 'yox', 'ioxy', 'anph'];
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom(...words, ...acrossRows), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 5 }), (queries) => {
        const index = new SearchIndex(rows);
        for (const q of queries.map((w) => w.join(' '))) {
          expect(Array.from(index.positions(q))).toEqual(fresh(rows, q));
        }
      }),
      { numRuns: 40 },
    );
  });

  it('does not find a word that only the end of one row and the start of the next make', () => {
    const texts: [string, string][] = [['ox', 'go'], ['xylophone', 'plan'], ['gox', ''], ['ox', 'g']];
    const rows = texts.map(([item, rationale], k) => {
      const base = ROWS[0] as DecisionRow;
      return { ...base, id: `${k}`, decision: { ...base.decision, item, rationale } };
    });
    expect(Array.from(new SearchIndex(rows).positions('gox'))).toEqual([2]);
    expect(Array.from(new SearchIndex(rows).positions('gox xylo'))).toEqual([]);
    // Among many rows one candidate (fewer than one in four), read as a slice of its own, not to the next row.
    const many = [...rows, ...Array.from({ length: 40 }, (_, k) => ({ ...(rows[1] as DecisionRow), id: `m${k}`, decision: { ...(rows[1] as DecisionRow).decision, item: 'plain', rationale: 'text' } }))];
    expect(Array.from(new SearchIndex(many).positions('gox'))).toEqual([2]);
  });

  it('can prepare the search text in slices, with the same results', () => {
    const rows = Array.from({ length: 5_000 }, (_, k) => ({ ...(ROWS[k % ROWS.length] as DecisionRow), id: `${k}` }));
    const index = new SearchIndex(rows);
    let slices = 0;
    while (!index.prepare(() => false)) slices++;
    expect(slices).toBeGreaterThan(0);
    expect(Array.from(index.positions('oxy'))).toEqual(fresh(rows, 'oxy'));
  });
});
