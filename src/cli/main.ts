// `npm run parse -- <files, folders or .zip...> [--format json|ndjson|csv] [--out FILE]`
// The process wrapper around run.ts: real argv, real streams, the exit code.
import { runCli } from './run';

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
});
