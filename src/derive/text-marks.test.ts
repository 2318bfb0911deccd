import { describe, expect, it } from 'vitest';
import { locatePhrases, markLetter, markTerms, termSpans } from './text-marks';

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
    expect(markLetter(text, { item: null, rationale: null }, '')).toEqual([{ passage: null, runs: [{ text, term: false, reason: null }] }]);
  });
});

describe('reason phrases', () => {
  const rationale = 'There is no documentation of functional improvement with physical therapy.';
  const reason = { tag: 'no functional improvement', start: 9, end: 51 };

  it('mark the phrase with its reason, and a search word inside it on its own', () => {
    expect(markTerms(rationale, 'therapy functional', [reason])).toEqual([
      { text: 'There is ', term: false, reason: null },
      { text: 'no documentation of ', term: false, reason: 'no functional improvement' },
      { text: 'functional', term: true, reason: 'no functional improvement' },
      { text: ' improvement', term: false, reason: 'no functional improvement' },
      { text: ' with physical ', term: false, reason: null },
      { text: 'therapy', term: true, reason: null },
      { text: '.', term: false, reason: null },
    ]);
  });

  it('are found in a letter that wraps the rationale across lines, inside the rationale only', () => {
    const letter = `Summary: no documentation of functional improvement is a phrase here too.\nDecision rationale: There is no documentation of\nfunctional   improvement with physical therapy.`;
    const within = { start: letter.indexOf('There is'), end: letter.length };
    const [span, ...rest] = locatePhrases(letter, within, [{ tag: reason.tag, phrase: rationale.slice(reason.start, reason.end) }]);
    expect(rest).toEqual([]);
    expect(letter.slice(span!.start, span!.end)).toBe('no documentation of\nfunctional   improvement');
    expect(locatePhrases(letter, null, [{ tag: reason.tag, phrase: 'no documentation' }])).toEqual([]);
  });
});
