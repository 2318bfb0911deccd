// `npm run parse -- <files, folders or .zip...> [--format json|ndjson|csv] [--out FILE] [--jobs N]`
// The process wrapper around run.ts: real argv, real streams (waiting when a
// pipe is full), a progress line on a terminal, the exit code.
import { runCli } from './run';

const terminal = process.stderr.isTTY === true;

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) =>
    process.stdout.write(text) ? undefined : new Promise<void>((resolve) => process.stdout.once('drain', () => resolve())),
  stderr: (text) => void process.stderr.write(text),
  ...(terminal
    ? { progress: (line: string | null) => void process.stderr.write(line === null ? '\r\x1b[K' : `\r\x1b[K${line.slice(0, (process.stderr.columns || 80) - 1)}`) }
    : {}),
});
