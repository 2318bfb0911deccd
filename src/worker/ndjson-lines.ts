// The command line's NDJSON (`npm run parse -- --format ndjson`) read back:
// one record per line, read as a stream, so a year parsed on a server
// (hundreds of megabytes) opens in the tab without being held in memory whole.
// Each line is checked as strictly as a JSON export's records; a damaged line
// is reported with its number and every other line loads. The command line's
// own entries for files it could not read ({"file", "error"}) come through as
// problems naming those files. Runs in the NDJSON worker (ndjson-api.ts).
import type { FileOutcome } from '../domain/letter';
import { outcomeOfRecord, readRecordValue } from '../derive/json-export';
import { extractErrors } from '../extract/errors';
import { PARSER_VERSION } from '../parse/parser-version';

/** Lines handed on at a time: the page paints and saves between batches. */
export const LINES_PER_BATCH = 250;
// A file whose first lines are all damaged is not NDJSON of letters at all: one problem, not one per line.
const FIRST_LINES_TO_TRUST = 20;

/** One line's outcome: a letter, the command line's report of a file, or a damaged line. */
function lineOutcome(name: string, line: string, number: number): FileOutcome {
  const where = `line ${number}`;
  const damaged = (why: string): FileOutcome => ({
    file: `${name}, ${where}`,
    ok: false,
    error: { code: 'corrupt', message: `damaged NDJSON record on ${where}: ${why}` },
  });
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return damaged('not JSON');
  }
  if (typeof value === 'object' && value !== null && !('letter_id' in value) && 'error' in value && 'file' in value) {
    const { file, error } = value;
    if (typeof file === 'string' && typeof error === 'string') {
      return { file, ok: false, error: { code: 'not-a-letter', message: `the command line did not read it: ${error}` } };
    }
  }
  const read = readRecordValue(value, where);
  return read.ok ? outcomeOfRecord(read.value, PARSER_VERSION) : damaged(read.error.replace(`${where}: `, ''));
}

/**
 * Reads the file `name` from `bytes` line by line, giving each batch's
 * outcomes to `onBatch` with how many bytes of the file have been read so far,
 * and awaiting it (the caller's pace is the reading's pace). Stops early when
 * `stopped()` says so. The outcomes of a file that is not NDJSON of letters,
 * or cannot be read, are one problem naming it.
 */
export async function streamNdjson(
  name: string,
  bytes: ReadableStream<Uint8Array<ArrayBuffer>>,
  onBatch: (outcomes: FileOutcome[], bytesRead: number) => Promise<void>,
  stopped: () => boolean = () => false,
): Promise<void> {
  // The bytes up to the end of the piece of the stream the current lines come from.
  let bytesRead = 0;
  const refuse = (message: string, code: 'corrupt' | 'empty' | 'unsupported-type') =>
    onBatch([{ file: name, ok: false, error: { code, message } }], bytesRead);
  let batch: FileOutcome[] = [];
  let number = 0;
  let nonBlank = 0;
  let records = 0;
  let damagedFirst = 0;
  let rest = '';
  const take = async (line: string) => {
    number++;
    const text = number === 1 ? line.replace(/^\uFEFF/, '') : line;
    if (text.trim() === '') return true;
    nonBlank++;
    const outcome = lineOutcome(name, text.endsWith('\r') ? text.slice(0, -1) : text, number);
    if (outcome.ok) records++;
    else if (records === 0 && outcome.error.code === 'corrupt' && ++damagedFirst >= FIRST_LINES_TO_TRUST) {
      await refuse(`not NDJSON of letter records: its first ${FIRST_LINES_TO_TRUST} lines are not records`, 'unsupported-type');
      return false;
    }
    batch.push(outcome);
    if (batch.length >= LINES_PER_BATCH) {
      const full = batch;
      batch = [];
      await onBatch(full, bytesRead);
    }
    return !stopped();
  };
  try {
    const reader = bytes.getReader();
    const decoder = new TextDecoder();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytesRead += value.byteLength;
      const lines = (rest + decoder.decode(value, { stream: true })).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) {
        if (!(await take(line))) {
          await reader.cancel();
          return;
        }
      }
    }
    rest += decoder.decode();
    if (rest !== '' && !(await take(rest))) return;
  } catch (error) {
    await refuse(extractErrors.unreadable(error).message, 'corrupt');
    return;
  }
  if (nonBlank === 0) {
    await refuse('empty NDJSON file: it holds no records', 'empty');
    return;
  }
  if (batch.length > 0) await onBatch(batch, bytesRead);
}
