// One decision as a line to paste into a brief, a claim note or an email: the
// case number, the decision date, the item and the outcome. A letter without
// a printed case number is named by its file.
import type { DecisionRow } from './rows';

export function citationLine({ letter, decision }: DecisionRow): string {
  const which = letter.case_number ?? letter.file;
  const when = letter.decision_date === null ? 'decision date not stated' : `decided ${letter.decision_date}`;
  return `${which} (${when}): ${decision.item} — ${decision.outcome}`;
}
