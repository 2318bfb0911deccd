// Strength as the spec writes it: "N mg" or "N/M mg", milligrams only, from
// the item text. Percentages, mcg/hour and gram amounts are not strengths.

const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|\.\d+)`;
const MG = String.raw`\s*(?:mg|milligrams?)\b`;

// "10/325mg", "10mg/325mg", "10 / 325 mg"; then a lone "30mg". A leading "/"
// or digit means the number is the tail of something else (a date, a ratio).
const WITH_UNIT = new RegExp(
  String.raw`(?<![\d./])${NUMBER}(?:${MG})?\s*/\s*${NUMBER}${MG}|(?<![\d./])${NUMBER}${MG}`,
  'i',
);

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

export function findStrength(item: string): Strength | null {
  const withUnit = WITH_UNIT.exec(item);
  const bare = BARE_RATIO.exec(item);
  const bareOk = bare !== null && PARTNER_MG.has(Number(bare[2]));
  if (withUnit !== null && (!bareOk || withUnit.index <= (bare?.index ?? 0))) {
    const [, first, second, single] = withUnit;
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
