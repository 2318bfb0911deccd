// One table row per decision. Rows point at their letter instead of copying
// its fields, so 330,000 rows cost little more than the records themselves.
import type { Decision, LetterRecord } from '../domain/letter';

export interface DecisionRow {
  /** `${letter_id}:${item_index}`: stable across reloads. */
  readonly id: string;
  /** 1-based position of the decision in its letter (the CSV's item_index). */
  item_index: number;
  letter: LetterRecord;
  decision: Decision;
}

// The id is made when asked for (the table asks for the few rows in view), not
// kept: rows with their ids took 30.9 MB against 18.5 MB without, for 321,540
// decisions in Node, and the ids were a good part of building the rows on a reload.
class Row implements DecisionRow {
  constructor(
    readonly letter: LetterRecord,
    readonly decision: Decision,
    readonly item_index: number,
  ) {}

  get id(): string {
    return `${this.letter.letter_id}:${this.item_index}`;
  }
}

export function toRows(records: readonly LetterRecord[]): DecisionRow[] {
  const rows: DecisionRow[] = [];
  for (const letter of records) {
    letter.decisions.forEach((decision, i) => {
      rows.push(new Row(letter, decision, i + 1));
    });
  }
  return rows;
}
