// A JSON export loaded back: the file the "Export JSON" button wrote, dropped
// or picked like a letter, gives back every record it holds, exactly. It is
// read on the page, not in a worker: it is already parsed data, and the strict
// reader that checks it lives with the writer (derive/json-export.ts).
import type { LetterError, FileOutcome } from '../../domain/letter';
import { outcomeOfRecord, parseRecordsJson } from '../../derive/json-export';
import { extractErrors } from '../../extract/errors';
import { MB } from '../../extract/limits';
import type { FileSource } from './file-source';
import { PARSER_VERSION } from '../../parse/parser-version';

/** Ten thousand letters with their rationales come to well under this. */
export const MAX_JSON_BYTES = 200 * MB;

export function isJsonExport(source: FileSource): boolean {
  return /\.json$/i.test(source.name);
}

function refuse(source: FileSource, error: LetterError): FileOutcome[] {
  return [{ file: source.name, ok: false, error }];
}

/** One outcome per record, each under the file name it was first loaded from. */
export async function readJsonExport(source: FileSource, maxBytes = MAX_JSON_BYTES): Promise<FileOutcome[]> {
  const tooLarge = extractErrors.tooLarge('this export is', maxBytes);
  if (source.size !== null && source.size > maxBytes) return refuse(source, tooLarge);
  let bytes: ArrayBuffer;
  try {
    bytes = await source.read();
  } catch (error) {
    return refuse(source, extractErrors.unreadable(error));
  }
  if (bytes.byteLength > maxBytes) return refuse(source, tooLarge);
  if (bytes.byteLength === 0) return refuse(source, extractErrors.empty());

  const parsed = parseRecordsJson(new TextDecoder().decode(bytes));
  if (!parsed.ok) {
    // A record that breaks the contract means a damaged or edited export;
    // anything else is some other JSON file.
    return refuse(
      source,
      parsed.kind === 'damaged-record'
        ? { code: 'corrupt', message: `damaged JSON export: ${parsed.error}` }
        : { code: 'unsupported-type', message: `not a JSON export of letters: ${parsed.error}` },
    );
  }
  if (parsed.records.length === 0) return refuse(source, { code: 'empty', message: 'empty JSON export: it holds no letters' });
  return parsed.records.map((read) => outcomeOfRecord(read, PARSER_VERSION));
}

