// The exports built in slices. A CSV or JSON of every decision can be larger
// than the longest string a browser allows (~512 MB in V8), so the file is
// written as a list of Blob parts, each the output of the shared writers for
// one slice of rows; joined, the parts are exactly what one call would give.
import { decisionsToCsv } from '../../derive/csv';
import { recordsToJson } from '../../derive/json-export';
import type { LetterRecord } from '../../domain/letter';
import type { DecisionRow } from '../../derive/rows';

export const SLICE = 10_000;

/** Anything read a slice at a time: an array, or the rows in view (RowList). */
type Sliceable<T> = Pick<readonly T[], 'length' | 'slice'>;

function* slices<T>(items: Sliceable<T>, size: number): Generator<readonly T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

const BOM = '\uFEFF';

/** BOM and header once, then each slice's records. */
export function* csvParts(rows: Sliceable<DecisionRow>, size = SLICE): Generator<string> {
  const empty = decisionsToCsv([]);
  yield empty;
  // The header line has no line breaks inside it, so it ends at the first CRLF.
  const headerLength = empty.length;
  for (const slice of slices(rows, size)) {
    const csv = decisionsToCsv(slice);
    if (!csv.startsWith(BOM)) throw new Error('decisionsToCsv must start with a byte-order mark');
    yield csv.slice(headerLength);
  }
}

/** The kept texts of some letters, by letter id; a letter without one is absent. */
export type TextsOf = (letterIds: readonly string[]) => Promise<ReadonlyMap<string, string>>;

/**
 * "[", the records of each slice (as recordsToJson indents them), "]". With
 * `textsOf`, each slice's letters carry their texts, read a slice at a time so
 * a large library's texts are never all in memory at once.
 */
export async function* jsonParts(records: readonly LetterRecord[], textsOf: TextsOf | null = null, size = SLICE): AsyncGenerator<string> {
  if (records.length === 0) {
    yield recordsToJson([]);
    return;
  }
  yield '[\n';
  let first = true;
  for (const slice of slices(records, size)) {
    const texts = textsOf === null ? undefined : await textsOf(slice.map((record) => record.letter_id));
    const json = recordsToJson(slice, texts);
    // recordsToJson gives "[\n" + records + "\n]\n"; keep the records.
    yield (first ? '' : ',\n') + json.slice(2, -3);
    first = false;
  }
  yield '\n]\n';
}
