// The command line, minus the process: arguments and output streams come in,
// an exit code goes out, so tests call it directly.
import { readFile, writeFile } from 'node:fs/promises';
import { processFile } from '../worker/pipeline';
import { errorMessage } from '../domain/error-message';
import type { FileOutcome } from '../domain/letter';
import { extractErrors } from '../extract/errors';
import { USAGE, parseArgs } from './args';
import { formatOutcomes, summarize } from './output';
import { collectInputs } from './walk';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv);
  if (!args.ok) {
    io.stderr(`error: ${args.error}\n\n${USAGE}\n`);
    return EXIT_USAGE;
  }
  if ('help' in args) {
    io.stdout(`${USAGE}\n`);
    return EXIT_OK;
  }
  const { inputs, format, out } = args.options;
  const collected = await collectInputs(inputs);
  if (!collected.ok) {
    io.stderr(`error: no such file or folder: ${collected.missing}\n\n${USAGE}\n`);
    return EXIT_USAGE;
  }

  const outcomes: FileOutcome[] = [];
  for (const file of collected.files) {
    const bytes = await readFile(file.path).catch((e: unknown) => e);
    if (bytes instanceof Uint8Array) {
      outcomes.push(...(await processFile(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), file.name)));
    } else {
      outcomes.push({
        file: file.name,
        ok: false,
        error: extractErrors.unreadable(bytes),
      });
    }
  }

  const text = formatOutcomes(outcomes, format);
  if (format === 'csv') {
    // CSV has no place for files that are not letters; name them on stderr instead.
    for (const o of outcomes) if (!o.ok) io.stderr(`skipped ${o.file}: ${o.error.message}\n`);
  }
  if (out === null) {
    io.stdout(text);
  } else {
    try {
      await writeFile(out, text);
    } catch (e) {
      io.stderr(`error: could not write ${out}: ${errorMessage(e)}\n`);
      return EXIT_FAILED;
    }
  }
  io.stderr(`${summarize(outcomes)}\n`);
  return EXIT_OK;
}


