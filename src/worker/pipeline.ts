// One dropped file's bytes -> one outcome per letter it holds (a .zip holds
// many). The browser worker and the command line both run exactly this, so
// what the CLI prints is what the page shows. No DOM, no React here.
import type { FileOutcome } from '../domain/letter';
import { extractText, letterId, sniffType, unpackZip, type ExtractLimits, type PdfjsLoader } from '../extract';
import { extractErrors } from '../extract/errors';
import { withDefaults } from '../extract/limits';
import { PARSER_VERSION, parseLetter } from '../parse/index';

export interface ProcessOptions {
  loadPdfjs?: PdfjsLoader;
  limits?: Partial<ExtractLimits>;
  /** Hand back each letter's text with its record (the page keeps it; the command line has no use for it). */
  keepText?: boolean;
}

export async function processFile(bytes: Uint8Array, name: string, opts: ProcessOptions = {}): Promise<FileOutcome[]> {
  if (sniffType(bytes, name) !== 'zip') return [await processLetter(bytes, name, opts)];

  const { maxZipBytes } = withDefaults(opts.limits);
  if (bytes.length > maxZipBytes) {
    return [{ file: name, ok: false, error: extractErrors.tooLarge('this archive is', maxZipBytes) }];
  }
  const unpacked = unpackZip(bytes, name, opts.limits);
  if (!unpacked.ok) return [{ file: name, ok: false, error: unpacked.error }];
  const outcomes: FileOutcome[] = [];
  for (const entry of unpacked.entries) {
    outcomes.push(
      entry.ok
        ? await processLetter(entry.bytes, entry.name, opts)
        : { file: entry.name, ok: false, error: entry.error },
    );
  }
  return outcomes;
}

async function processLetter(bytes: Uint8Array, file: string, opts: ProcessOptions): Promise<FileOutcome> {
  const extracted = await extractText(bytes, file, opts);
  if (!extracted.ok) return { file, ok: false, error: extracted.error };
  return readText(extracted.text, file, await letterId(bytes), opts);
}

/** A letter's text -> its record: what reading a file ends with, and what reading a kept text again is. */
export function readText(text: string, file: string, id: string, opts: Pick<ProcessOptions, 'keepText'> = {}): FileOutcome {
  const parsed = parseLetter(text, { file, letterId: id });
  if (!parsed.ok) return { file, ok: false, error: parsed.error };
  return { file, ok: true, record: parsed.record, parserVersion: PARSER_VERSION, ...(opts.keepText === true ? { text } : {}) };
}
