// Strength as the spec writes it: "N mg" or "N/M mg", milligrams only, from
// the item text. Percentages, mcg/hour and gram amounts are not strengths, nor
// is a concentration ("25mg/ml", "300mg/g": an oral suspension or a cream), nor
// a three-part strength ("320.5/30/16mg"), which "N/M mg" cannot hold.

const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|\.\d+)`;
const MG = String.raw`\s*(?:mg|milligrams?)\b`;

// "10/325mg", "10mg/325mg", "10 / 325 mg", "7.5-325mg"; then a lone "30mg". A
// leading "/" or digit means the number is the tail of something else (a
// date, a ratio). What follows the unit tells a concentration apart.
const WITH_UNIT = new RegExp(
  String.raw`(?<![\d./])${NUMBER}(?:${MG})?\s*([/-])\s*${NUMBER}${MG}(?!\s*/\s*\d)|(?<![\d./-])${NUMBER}${MG}`,
  'gi',
);
const PER_VOLUME = /^\s*(?:\/|per\b)\s*(?:\d+(?:\.\d+)?\s*)?(?:ml|mls|milliliters?|cc|l|g|gm|grams?|tsp|teaspoons?)\b/i;

// "Norco 10/325" without a unit still names milligrams when the second number
// is a standard acetaminophen or ibuprofen amount; anything else ("6/12/2014",
// "2/3 of") is left alone.
const PARTNER_MG = new Set([200, 300, 325, 400, 500, 650, 660, 750]);
const BARE_RATIO = /(?<![\d./])(\d+(?:\.\d+)?)\s*\/\s*(\d{3})(?![\d./%]|\s*(?:mcg|µg|ug|g|gm|grams?|ml|%)\b)/i;

function number(text: string): string {
  return String(Number(text.replace(/,/g, '')));
}

export interface Strength {
  text: string;
  /** The second number of an "N/M mg" strength (for reading "hydrocodone 10/325" as a combination). */
  partnerMg: number | null;
}

/**
 * The first "N mg" or "N/M mg" of the item, skipping what is not a strength: a
 * dose range ("5-10mg") is not a pair, a hyphen joins a pair only when the
 * second number is a standard acetaminophen or ibuprofen amount.
 */
function firstWithUnit(item: string): { match: RegExpExecArray; concentration: boolean } | null {
  WITH_UNIT.lastIndex = 0;
  for (let m = WITH_UNIT.exec(item); m !== null; m = WITH_UNIT.exec(item)) {
    const [, , dash, second] = m;
    if (dash === '-' && !PARTNER_MG.has(Number((second ?? '').replace(/,/g, '')))) continue;
    return { match: m, concentration: PER_VOLUME.test(item.slice(m.index + m[0].length)) };
  }
  return null;
}

export function findStrength(item: string): Strength | null {
  const found = firstWithUnit(item);
  const bare = BARE_RATIO.exec(item);
  const bareOk = bare !== null && PARTNER_MG.has(Number(bare[2]));
  if (found !== null && (!bareOk || found.match.index <= (bare?.index ?? 0))) {
    if (found.concentration) return null;
    const [, first, , second, single] = found.match;
    if (first !== undefined && second !== undefined) {
      return { text: `${number(first)}/${number(second)} mg`, partnerMg: Number(second.replace(/,/g, '')) };
    }
    return { text: `${number(single ?? '')} mg`, partnerMg: null };
  }
  if (bare !== null && bareOk) {
    return { text: `${number(bare[1] ?? '')}/${number(bare[2] ?? '')} mg`, partnerMg: Number(bare[2]) };
  }
  return null;
}
