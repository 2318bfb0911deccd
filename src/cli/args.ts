// Command-line arguments -> options, or the reason they make no sense.
// Pure, so every usage error is a unit test rather than a process spawn.

export const FORMATS = ['json', 'ndjson', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

export interface CliOptions {
  inputs: string[];
  format: Format;
  /** Where to write; null for standard output. */
  out: string | null;
  /** Reader threads; 1 reads in the main thread. */
  jobs: number;
}

export type ArgsResult = { ok: true; options: CliOptions } | { ok: true; help: true } | { ok: false; error: string };

export const USAGE = `usage: npm run parse -- <files, folders or .zip...> [--format json|ndjson|csv] [--out FILE] [--jobs N]

Reads IMR determination letters (PDF, text, or .zip archives of them) and prints
their records. Folders are walked recursively for .pdf, .txt, .text and .zip files.

  --format json     one JSON array: letter records, then {"file", "error"} for
                    files that are not letters (default)
  --format ndjson   the same, one JSON value per line
  --format csv      one row per decision, the spreadsheet export's columns
  --out FILE        write to FILE instead of standard output
  --jobs N          read on N threads (default 1; \`--jobs $(nproc)\` uses every
                    core); the output is the same, in the same order, and is
                    written as files finish
  --help            show this text

Files that are not letters never stop a run: they are listed on standard
error at the end. On a terminal a progress line shows files, letters, files
not read, the rate and the time left.

To pipe the output, use \`npm run -s parse -- ...\`: -s keeps npm's own banner
off standard output.`;

// More threads than this only add memory: each holds its own parser and PDF reader.
const MAX_JOBS = 64;

function isFormat(value: string): value is Format {
  return FORMATS.some((f) => f === value);
}

export function parseArgs(argv: readonly string[]): ArgsResult {
  const inputs: string[] = [];
  let format: Format = 'json';
  let out: string | null = null;
  let jobs = 1;
  let onlyPaths = false;

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (onlyPaths || !arg.startsWith('-') || arg === '-') {
      inputs.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPaths = true;
      continue;
    }
    if (arg === '--help' || arg === '-h') return { ok: true, help: true };

    const eq = arg.indexOf('=');
    const flag = eq === -1 ? arg : arg.slice(0, eq);
    if (flag !== '--format' && flag !== '--out' && flag !== '--jobs') return { ok: false, error: `unknown option ${flag}` };
    let value: string | undefined;
    if (eq !== -1) {
      value = arg.slice(eq + 1);
    } else {
      value = argv[i + 1];
      i++;
    }
    if (value === undefined || value === '' || (eq === -1 && value.startsWith('--'))) {
      return { ok: false, error: `${flag} needs a value` };
    }
    if (flag === '--format') {
      if (!isFormat(value)) return { ok: false, error: `unknown format "${value}": use json, ndjson or csv` };
      format = value;
    } else if (flag === '--jobs') {
      if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > MAX_JOBS) {
        return { ok: false, error: `--jobs takes a whole number from 1 to ${MAX_JOBS}, not "${value}"` };
      }
      jobs = Number(value);
    } else {
      out = value;
    }
  }
  if (inputs.length === 0) return { ok: false, error: 'no input files or folders given' };
  return { ok: true, options: { inputs, format, out, jobs } };
}
