// The command line, minus the process: arguments and output streams come in,
// an exit code goes out, so tests call it directly. Files are read on one
// thread or several (--jobs) and written out in order as they finish, so
// memory stays flat however many files a run is given.
import { createWriteStream, type WriteStream } from 'node:fs';
import { errorMessage } from '../domain/error-message';
import type { FileOutcome } from '../domain/letter';
import { USAGE, parseArgs } from './args';
import { inOrder } from './in-order';
import { outcomeWriter, RunTally } from './output';
import { progressLine } from './progress';
import { readOutcomes } from './read-file';
import { ReaderThreads } from './reader-threads';
import { readerThreadScript } from './thread-script';
import { collectInputs } from './walk';

export interface CliIo {
  /** Standard output; a promise when the consumer is slower than the run (backpressure). */
  stdout: (text: string) => void | Promise<void>;
  stderr: (text: string) => void;
  /** A terminal's status line, rewritten in place; absent when standard error is not a terminal. */
  progress?: (line: string | null) => void;
}

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

// Files started beyond the one next in order, per thread: enough to keep every thread busy
// while one slow file holds up the order (at 4, threads sat idle 13% of a 1,024-letter
// run), few enough that results never pile up: each is one file's records. Without
// threads, files are read one after another: interleaving sixteen PDFs on the one
// thread held sixteen documents in memory and was no faster (1,024 real copies:
// 27.3 s against 24.6 s, one run each, same machine).
const AHEAD_PER_THREAD = 16;
// The progress line is rewritten at most this often.
const PROGRESS_EVERY_MS = 250;

/** Resolves when the stream takes writes again, or fails; leaves no listener behind either way. */
function drained(stream: WriteStream): Promise<void> {
  return new Promise<void>((resolve) => {
    const done = () => {
      stream.off('drain', done).off('error', done);
      resolve();
    };
    stream.on('drain', done).on('error', done);
  });
}

/** Writes to a file, waiting when the disk is behind. */
function fileSink(path: string): { write: (text: string) => Promise<void>; close: () => Promise<void> } {
  const stream: WriteStream = createWriteStream(path);
  let failure: unknown = null;
  stream.on('error', (error) => (failure ??= error));
  const check = () => {
    if (failure !== null) throw failure;
  };
  return {
    write: async (text) => {
      check();
      if (!stream.write(text)) await drained(stream);
      check();
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        if (failure !== null) return reject(failure);
        stream.once('error', reject);
        stream.end(() => resolve());
      }),
  };
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv);
  if (!args.ok) {
    io.stderr(`error: ${args.error}\n\n${USAGE}\n`);
    return EXIT_USAGE;
  }
  if ('help' in args) {
    await io.stdout(`${USAGE}\n`);
    return EXIT_OK;
  }
  const { inputs, format, out, jobs } = args.options;
  const collected = await collectInputs(inputs);
  if (!collected.ok) {
    io.stderr(`error: no such file or folder: ${collected.missing}\n\n${USAGE}\n`);
    return EXIT_USAGE;
  }
  const files = collected.files;

  const sink = out === null ? { write: async (text: string) => io.stdout(text), close: async () => {} } : fileSink(out);
  const writer = outcomeWriter(format);
  const tally = new RunTally();
  const threads = jobs > 1 ? new ReaderThreads(Math.min(jobs, Math.max(1, files.length)), await readerThreadScript()) : null;
  const read = threads ? (file: (typeof files)[number]) => threads.read(file) : readOutcomes;
  const started = performance.now();
  let shownAt = -Infinity;
  const showProgress = (force = false) => {
    const now = performance.now();
    if (!io.progress || (!force && now - shownAt < PROGRESS_EVERY_MS)) return;
    shownAt = now;
    io.progress(progressLine({ files: tally.files, totalFiles: files.length, letters: tally.letters, failed: tally.failed.length, elapsedMs: now - started }));
  };
  try {
    await sink.write(writer.start());
    showProgress(true);
    for await (const outcomes of inOrder<(typeof files)[number], FileOutcome[]>(files, threads ? jobs * AHEAD_PER_THREAD : 1, read)) {
      tally.add(outcomes);
      const piece = writer.piece(outcomes);
      if (piece !== '') await sink.write(piece);
      showProgress();
    }
    await sink.write(writer.end());
    await sink.close();
  } catch (e) {
    io.progress?.(null);
    io.stderr(`error: could not write ${out ?? 'the output'}: ${errorMessage(e)}\n`);
    return EXIT_FAILED;
  } finally {
    await threads?.close();
  }
  io.progress?.(null);
  // Files that are not letters never stop a run; they are named together at its end.
  for (const { file, error } of tally.failed) io.stderr(`skipped ${file}: ${error}\n`);
  io.stderr(`${tally.summary()}\n`);
  return EXIT_OK;
}
