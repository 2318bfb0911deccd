import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROWS } from '../../test/builders/view-rows';
import { maskedRows } from './row-list';
import type { DecisionRow } from './rows';

// A mask over the fixture's rows and, perhaps, an order: a permutation of their positions.
const maskAndOrder = fc.record({
  mask: fc.array(fc.boolean(), { minLength: ROWS.length, maxLength: ROWS.length }).map((bits) => Uint8Array.from(bits, Number)),
  order: fc.option(fc.shuffledSubarray([...ROWS.keys()], { minLength: ROWS.length, maxLength: ROWS.length }).map((p) => Int32Array.from(p))),
});

/** What the table must show: the order's rows, those the mask keeps. */
function expected(rows: readonly DecisionRow[], mask: Uint8Array, order: Int32Array | null): DecisionRow[] {
  const positions = order === null ? [...rows.keys()] : [...order];
  return positions.filter((i) => mask[i] === 1).map((i) => rows[i] as DecisionRow);
}

describe('maskedRows', () => {
  it('holds the rows the mask keeps, in the given order, whichever way they are read', () => {
    fc.assert(
      fc.property(maskAndOrder, fc.nat(), fc.nat(), ({ mask, order }, a, b) => {
        const want = expected(ROWS, mask, order);
        const list = maskedRows(ROWS, mask, order);
        expect(list.length).toBe(want.length);
        expect(list.slice()).toEqual(want);
        expect([...list]).toEqual(want);
        expect(Array.from({ length: want.length }, (_, k) => list.at(k))).toEqual(want);
        expect(list.at(want.length)).toBeUndefined();
        const [from, to] = [a % (want.length + 2), b % (want.length + 2)];
        expect(list.slice(from, to)).toEqual(want.slice(from, to));
      }),
    );
  });

  it('holds only the rows an order names, and reads a mask longer than the rows as far as they go', () => {
    const mask = new Uint8Array(ROWS.length + 3).fill(1);
    expect(maskedRows(ROWS, mask, Int32Array.from([4, 2, ROWS.length + 1])).slice()).toEqual([ROWS[4], ROWS[2]]);
    expect(maskedRows(ROWS, mask).slice()).toEqual(ROWS);
  });

  it('keeps input order without an order, and is empty for an empty mask', () => {
    expect(maskedRows(ROWS, new Uint8Array(ROWS.length).fill(1)).slice()).toEqual(ROWS);
    expect(maskedRows(ROWS, new Uint8Array(ROWS.length)).length).toBe(0);
  });
});
