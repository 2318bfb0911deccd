import { describe, expect, it } from 'vitest';
import { parseArgs } from './args';

describe('parseArgs accepts', () => {
  it.each<[string, string[], { inputs: string[]; format: string; out: string | null; jobs?: number }]>([
    ['one folder, json by default', ['letters'], { inputs: ['letters'], format: 'json', out: null }],
    ['several inputs in order', ['b.pdf', 'a.zip', 'dir'], { inputs: ['b.pdf', 'a.zip', 'dir'], format: 'json', out: null }],
    ['--format csv', ['x', '--format', 'csv'], { inputs: ['x'], format: 'csv', out: null }],
    ['--format=ndjson', ['--format=ndjson', 'x'], { inputs: ['x'], format: 'ndjson', out: null }],
    ['--out FILE', ['x', '--out', 'o.json'], { inputs: ['x'], format: 'json', out: 'o.json' }],
    ['--out=FILE', ['x', '--out=o.csv', '--format=csv'], { inputs: ['x'], format: 'csv', out: 'o.csv' }],
    ['the last --format wins', ['x', '--format', 'csv', '--format', 'json'], { inputs: ['x'], format: 'json', out: null }],
    ['a path after -- that looks like a flag', ['--', '--odd-name.pdf'], { inputs: ['--odd-name.pdf'], format: 'json', out: null }],
    ['--jobs 2', ['x', '--jobs', '2'], { inputs: ['x'], format: 'json', out: null, jobs: 2 }],
    ['--jobs=4 with csv', ['--jobs=4', 'x', '--format=csv'], { inputs: ['x'], format: 'csv', out: null, jobs: 4 }],
  ])('%s', (_label, argv, options) => {
    expect(parseArgs(argv)).toEqual({ ok: true, options: { jobs: 1, ...options } });
  });

  it.each([['--help'], ['-h']])('%s asks for help', (flag) => {
    expect(parseArgs(['x', flag])).toEqual({ ok: true, help: true });
  });
});

describe('parseArgs refuses', () => {
  it.each([
    ['no inputs', [], 'no input files or folders given'],
    ['only flags', ['--format', 'csv'], 'no input files or folders given'],
    ['an unknown flag', ['x', '--verbose'], 'unknown option --verbose'],
    ['an unknown flag with a value', ['x', '--limit=3'], 'unknown option --limit'],
    ['a bad format', ['x', '--format', 'xml'], 'unknown format "xml": use json, ndjson or csv'],
    ['--format without a value', ['x', '--format'], '--format needs a value'],
    ['--out without a value', ['x', '--out'], '--out needs a value'],
    ['--out followed by a flag', ['x', '--out', '--format', 'csv'], '--out needs a value'],
    ['--format= empty', ['x', '--format='], '--format needs a value'],
    ['--jobs 0', ['x', '--jobs', '0'], '--jobs takes a whole number from 1 to 64, not "0"'],
    ['--jobs two', ['x', '--jobs', 'two'], '--jobs takes a whole number from 1 to 64, not "two"'],
    ['--jobs 1.5', ['x', '--jobs=1.5'], '--jobs takes a whole number from 1 to 64, not "1.5"'],
    ['--jobs without a value', ['x', '--jobs'], '--jobs needs a value'],
  ])('%s', (_label, argv, error) => {
    expect(parseArgs(argv)).toEqual({ ok: false, error });
  });
});
