import { matchesIn } from '../text/regex';
// Dispensed quantity and days' supply. Only "#N", "Qty: N" / "Qty N" and
// "quantity N" are quantities (spec); the first one written wins. Gram
// amounts, refills, sessions and dates never match these shapes.

const COUNT = String.raw`(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
const QUANTITY = new RegExp(
  String.raw`#\s*${COUNT}|\bqty\b\.?\s*:?\s*#?\s*${COUNT}|\bquantity\b\s*(?:of\s*)?:?\s*#?\s*${COUNT}`,
  'gi',
);

const DAYS_SUPPLY = /\b(\d+)\s*-?\s*days?'?\s+supply\b/i;

/**
 * The first quantity outside `excluded` spans: "Tylenol #3" names the product
 * (its codeine strength), so the "#3" inside that brand is not a quantity.
 * `byWeight`: the product is sold by weight, so "#N" is not a count.
 */
export function findQuantity(
  item: string,
  excluded: readonly (readonly [number, number])[] = [],
  options: { byWeight?: boolean } = {},
): number | null {
  for (const m of matchesIn(QUANTITY, item)) {
    const digits = m[1] ?? m[2] ?? m[3];
    if (digits === undefined) continue;
    // "#30" on a cream or gel is its weight in grams (see data/item-words.ts).
    if (options.byWeight === true && m[1] !== undefined) continue;
    const at = m.index + m[0].lastIndexOf(digits);
    if (excluded.some(([start, end]) => at >= start && at < end)) continue;
    return Number(digits.replace(/,/g, ''));
  }
  return null;
}

export function findDaysSupply(item: string): number | null {
  const m = DAYS_SUPPLY.exec(item);
  return m === null ? null : Number(m[1]);
}
