// Outcomes -> the text the command line prints, in the chosen format, written
// as files finish: a start, a piece per file, an end. The pieces of a run put
// together are exactly the one document a run over the same files prints,
// however the run was split into threads.
import type { LetterRecord, FileOutcome } from '../domain/letter';
import { decisionsCsvHeader, decisionsCsvRows } from '../derive/csv';
import { toRows } from '../derive/rows';
import type { Format } from './args';

/** A file that produced no record, as printed: the plain message, not the code. */
export interface ErrorEntry {
  file: string;
  error: string;
}

export interface OutcomeWriter {
  start(): string;
  /** One input file's outcomes (several for a .zip). */
  piece(outcomes: readonly FileOutcome[]): string;
  end(): string;
}

const entriesOf = (outcomes: readonly FileOutcome[]): (LetterRecord | ErrorEntry)[] =>
  outcomes.map((o) => (o.ok ? o.record : { file: o.file, error: o.error.message }));

/** One JSON array, laid out as JSON.stringify(entries, null, 2) lays it out. */
function jsonWriter(): OutcomeWriter {
  let any = false;
  return {
    start: () => '[',
    piece: (outcomes) =>
      entriesOf(outcomes)
        .map((entry) => {
          const text = `${any ? ',' : ''}\n  ${JSON.stringify(entry, null, 2).replace(/\n/g, '\n  ')}`;
          any = true;
          return text;
        })
        .join(''),
    end: () => (any ? '\n]\n' : ']\n'),
  };
}

export function outcomeWriter(format: Format): OutcomeWriter {
  switch (format) {
    case 'json':
      return jsonWriter();
    case 'ndjson':
      return { start: () => '', piece: (outcomes) => entriesOf(outcomes).map((e) => `${JSON.stringify(e)}\n`).join(''), end: () => '' };
    case 'csv':
      return {
        start: decisionsCsvHeader,
        piece: (outcomes) => decisionsCsvRows(toRows(outcomes.flatMap((o) => (o.ok ? [o.record] : [])))),
        end: () => '',
      };
  }
}

/** What a run has read so far: for the progress line and the closing summary. */
export class RunTally {
  files = 0;
  letters = 0;
  decisions = 0;
  /** Inputs that gave no letter, with the reason. */
  readonly failed: ErrorEntry[] = [];

  add(outcomes: readonly FileOutcome[]): void {
    this.files++;
    for (const o of outcomes) {
      if (o.ok) {
        this.letters++;
        this.decisions += o.record.decisions.length;
      } else {
        this.failed.push({ file: o.file, error: o.error.message });
      }
    }
  }

  /** One line for standard error, so a run's result is visible whatever the format. */
  summary(): string {
    const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
    return `${plural(this.letters, 'letter', 'letters')} (${plural(this.decisions, 'decision', 'decisions')}), ${plural(this.failed.length, 'file', 'files')} not read as letters`;
  }
}
