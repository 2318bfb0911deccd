// Outcomes -> the text the command line prints, in the chosen format.
import type { LetterRecord, FileOutcome } from '../domain/letter';
import { decisionsToCsv } from '../derive/csv';
import { toRows } from '../derive/rows';
import type { Format } from './args';

/** A file that produced no record, as printed: the plain message, not the code. */
export interface ErrorEntry {
  file: string;
  error: string;
}

export function formatOutcomes(outcomes: readonly FileOutcome[], format: Format): string {
  const entries: (LetterRecord | ErrorEntry)[] = outcomes.map((o) =>
    o.ok ? o.record : { file: o.file, error: o.error.message },
  );
  switch (format) {
    case 'json':
      return `${JSON.stringify(entries, null, 2)}\n`;
    case 'ndjson':
      return entries.map((e) => `${JSON.stringify(e)}\n`).join('');
    case 'csv':
      return decisionsToCsv(toRows(outcomes.flatMap((o) => (o.ok ? [o.record] : []))));
  }
}

/** One line for standard error, so a run's result is visible whatever the format. */
export function summarize(outcomes: readonly FileOutcome[]): string {
  const records = outcomes.flatMap((o) => (o.ok ? [o.record] : []));
  const decisions = records.reduce((n, r) => n + r.decisions.length, 0);
  const failed = outcomes.length - records.length;
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return `${plural(records.length, 'letter', 'letters')} (${plural(decisions, 'decision', 'decisions')}), ${plural(failed, 'file', 'files')} not read as letters`;
}
