import { describe, expect, it } from 'vitest';
import { runsToLines, type TextRun } from './pdf-lines';

// A run of 10 pt text whose width is 5 pt per character (close to Helvetica).
const run = (str: string, x: number, y: number, fontSize = 10): TextRun => ({
  str,
  x,
  y,
  width: str.length * fontSize * 0.5,
  fontSize,
});

describe('runsToLines', () => {
  it.each<[string, TextRun[], string[]]>([
    ['one run per line, top to bottom', [run('Second', 72, 686), run('First', 72, 700)], ['First', 'Second']],
    ['runs on one baseline join in x order', [run('world', 97, 700), run('Hello', 72, 700)], ['Helloworld']],
    ['a gap wider than a space becomes one', [run('Hello', 72, 700), run('world', 100, 700)], ['Hello world']],
    ['abutting runs stay one word', [run('Oxy', 72, 700), run('morphone', 87, 700)], ['Oxymorphone']],
    [
      'an explicit space run is not doubled',
      [run('Hello', 72, 700), run(' ', 97, 700), run('world', 102, 700)],
      ['Hello world'],
    ],
    ['baselines a little apart share a line', [run('x', 72, 700), run('2', 80, 702.5)], ['x 2']],
    ['empty runs and blank lines vanish', [run('', 72, 720), run('  ', 72, 710), run('Text', 72, 700)], ['Text']],
    [
      'item line and outcome in two runs',
      [run('Norco 10/325mg #90:', 72, 600), run('Upheld', 180, 600)],
      ['Norco 10/325mg #90: Upheld'],
    ],
  ])('%s', (_label, runs, lines) => {
    expect(runsToLines(runs)).toEqual(lines);
  });
});
