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

// Letters turned into rows between two yields of rowSteps.
const LETTERS_PER_STEP = 5_000;

/** toRows a slice of letters per step; the generator's value is the rows. */
export function* rowSteps(records: readonly LetterRecord[]): Generator<void, DecisionRow[]> {
  const rows: DecisionRow[] = [];
  for (let l = 0; l < records.length; l++) {
    const letter = records[l] as LetterRecord;
    const { decisions } = letter;
    for (let i = 0; i < decisions.length; i++) rows.push(new Row(letter, decisions[i] as Decision, i + 1));
    if (l % LETTERS_PER_STEP === LETTERS_PER_STEP - 1) yield;
  }
  return rows;
}

export function toRows(records: readonly LetterRecord[]): DecisionRow[] {
  const steps = rowSteps(records);
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
  }
}
