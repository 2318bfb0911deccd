// Whether a disputed item is a retrospective request (record version 2): care
// already given when it was reviewed. The item says so ("Retrospective",
// "Retro"), or dates the service in the past ("(DOS 11/18/16)", "dispensed on
// 8/20/2015"). A modified request is retrospective when its original request
// was ("Retrospective: Open reduction ... was the original request").
import { DATE_SOURCE, isoFromMatch } from './dates';

const RETRO = /\bretro(?:spective(?:ly)?)?\b/i;
// A date of service, or a service dated as done: "DOS 12/29/16", "date of service: 1/4/2017", "dispensed on 8/20/2015".
const SERVICE_DATE = new RegExp(
  String.raw`\b(?:DOS|dates?\s+of\s+service|(?:dispensed|administered|performed|provided|rendered)\s+on)\b\s*:?\s*(?:${DATE_SOURCE})`,
  'gi',
);

function hasPastServiceDate(text: string, decisionDate: string | null, currentYear: number): boolean {
  SERVICE_DATE.lastIndex = 0;
  for (let m = SERVICE_DATE.exec(text); m !== null; m = SERVICE_DATE.exec(text)) {
    const iso = isoFromMatch(m, 1, currentYear);
    // Without a decision date, a dated service is taken as one already given.
    if (iso !== null && (decisionDate === null || iso < decisionDate)) return true;
  }
  return false;
}

export function isRetrospective(
  requests: readonly (string | null)[],
  decisionDate: string | null,
  currentYear: number,
): boolean {
  return requests.some(
    (text) => text !== null && (RETRO.test(text) || hasPastServiceDate(text, decisionDate, currentYear)),
  );
}
