// One input file -> its outcomes (several for a .zip), never a rejection: a
// file that cannot be read, or a reader that throws, is an outcome that says so.
import { readFile } from 'node:fs/promises';
import type { FileOutcome } from '../domain/letter';
import { extractErrors } from '../extract/errors';
import { loadPdfjsNode } from '../extract/pdfjs-node';
import { processFile } from '../worker/pipeline';
import type { InputFile } from './walk';

export async function readOutcomes(file: InputFile): Promise<FileOutcome[]> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file.path);
  } catch (error) {
    return [{ file: file.name, ok: false, error: extractErrors.unreadable(error) }];
  }
  try {
    return await processFile(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), file.name, { loadPdfjs: loadPdfjsNode });
  } catch (error) {
    return [{ file: file.name, ok: false, error: extractErrors.readerFailed(error) }];
  }
}
