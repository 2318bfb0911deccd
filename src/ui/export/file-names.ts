import { csvFileName } from '../../derive/csv';

/** e.g. imr-letters-2026-11-22.json: the CSV's dated name, for the letters. */
export function jsonFileName(date: Date): string {
  return csvFileName(date).replace(/^imr-decisions-/, 'imr-letters-').replace(/\.csv$/, '.json');
}
