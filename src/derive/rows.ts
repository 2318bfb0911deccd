// One table row per decision. Rows point at their letter instead of copying
// its fields, so 330,000 rows cost little more than the records themselves.
import type { Decision, LetterRecord } from '../domain/letter';

export interface DecisionRow {
  /** `${letter_id}:${item_index}`: stable across reloads. */
  id: string;
  /** 1-based position of the decision in its letter (the CSV's item_index). */
  item_index: number;
  letter: LetterRecord;
  decision: Decision;
}

export function toRows(records: readonly LetterRecord[]): DecisionRow[] {
  const rows: DecisionRow[] = [];
  for (const letter of records) {
    letter.decisions.forEach((decision, i) => {
      rows.push({ id: `${letter.letter_id}:${i + 1}`, item_index: i + 1, letter, decision });
    });
  }
  return rows;
}
