import { describe, expect, it } from 'vitest';
import { markLetter, markTerms, termSpans } from './text-marks';

const marked = (runs: ReturnType<typeof markTerms>) => runs.map((r) => (r.term ? `[${r.text}]` : r.text)).join('');

describe('markTerms', () => {
  it.each([
    ['Oxycodone 30mg #120', 'oxy', '[Oxy]codone 30mg #120'],
    ['Weaning is advised; WEANING plan', 'weaning', '[Weaning] is advised; [WEANING] plan'],
    ['oxycodone', 'oxy oxycodone', '[oxycodone]'],
    ['norco and relief', 'relief norco', '[norco] and [relief]'],
    ['a.b (c)', 'a.b (c)', '[a.b] [(c)]'],
    ['nothing here', '', 'nothing here'],
    ['', 'x', ''],
    ['abcabc', 'bc ca', 'a[bcabc]'],
  ])('%j with %j', (text, search, expected) => {
    expect(marked(markTerms(text, search))).toBe(expected);
    // The runs always give back the text whole.
    expect(markTerms(text, search).map((r) => r.text).join('')).toBe(text);
  });

  it('merges overlapping words into one span', () => {
    expect(termSpans('medically necessary', 'medically cally nec')).toEqual([
      { start: 0, end: 9 },
      { start: 10, end: 13 },
    ]);
  });
});

describe('markLetter', () => {
  const text = 'Top. Item one: Upheld. Decision rationale: not necessary. Item two.';
  const item = { start: text.indexOf('Item one'), end: text.indexOf(':') };
  const rationale = { start: text.indexOf('not necessary'), end: text.indexOf('. Item two') + 1 };

  it('sets the open decision’s item and rationale apart and marks search words everywhere', () => {
    const pieces = markLetter(text, { item, rationale }, 'item necessary');
    expect(pieces.map((p) => [p.passage, marked(p.runs)])).toEqual([
      [null, 'Top. '],
      ['item', '[Item] one'],
      [null, ': Upheld. Decision rationale: '],
      ['rationale', 'not [necessary].'],
      [null, ' [Item] two.'],
    ]);
    expect(pieces.flatMap((p) => p.runs.map((r) => r.text)).join('')).toBe(text);
  });

  it('gives the letter as one piece when no passage was found', () => {
    expect(markLetter(text, { item: null, rationale: null }, '')).toEqual([{ passage: null, runs: [{ text, term: false }] }]);
  });
});
