import { describe, expect, it } from 'vitest';
import { normaliseCharacters } from '../../src/parse/clean-text';
import { cleanText } from './fixture';

describe('a line ending in a hyphen', () => {
  it.each([
    ['Her medi-', 'cation list', 'Her medication list'],
    ['given medications, x-', 'rays and', 'given medications, x-rays and'],
    ['was non-', 'certified by UR', 'was non-certified by UR'],
    ['in the absence of non-', 'compliance.', 'in the absence of non-compliance.'],
    ['(since at least 4-24-', '15), Dilaudid', '(since at least 4-24-15), Dilaudid'],
    ['an MRI-', 'guided injection', 'an MRI-guided injection'],
    ['a work-', 'related injury', 'a work-related injury'],
    ['a long-', 'term plan', 'a long-term plan'],
    ['continued exer-', 'cise program', 'continued exercise program'],
    ['non-opioid-', 'based care', 'non-opioid-based care'],
    ['the C-', 'spine', 'the C-spine'],
    ['Stage II-', 'III disease', 'Stage II-III disease'],
    ['the re-', 'quested service', 'the requested service'],
    ['an in-', 'jection of', 'an injection of'],
    ['a re-', 'evaluation in', 'a re-evaluation in'],
    ['a co-', 'pay of', 'a co-pay of'],
    ['the pro-', 'vider notes', 'the provider notes'],
  ])('%s + %s -> %s', (line, next, joined) => {
    expect(cleanText(`${line}\n${next}`)).toBe(joined);
  });
});

describe('cleanText', () => {
  it.each([
    ['blank lines and trailing spaces', 'First line \n\nsecond line   \n\n', 'First line\nsecond line'],
    ['runs of spaces', 'Oxymorphone 20mg ER #90, #30:  Upheld', 'Oxymorphone 20mg ER #90, #30: Upheld'],
    ['"Page 2 of 4" footer', 'end of page\nPage 2 of 4\nnext page', 'end of page\nnext page'],
    ['"Page 2" footer', 'end of page\n  Page 2  \nnext page', 'end of page\nnext page'],
    ['bare case number header', 'end of page\nCM15-0123456\nnext page', 'end of page\nnext page'],
    ['labelled case number header', 'a\nIMR Case Number: CM15-0123456\nb', 'a\nb'],
    ['case number and page footer', 'a\nCase Number: CM15-0123456     Page 2 of 4\nb', 'a\nb'],
    [
      'running header with other labels and a page number',
      'a\nCase Number: CM15-0123456 Decision Date: 11/02/2015 Page 2 of 4\nb',
      'a\nb',
    ],
    ['"- 2 -" footer', 'end of page\n- 2 -\nnext page', 'end of page\nnext page'],
    ['a lone number is kept', 'rated 8 out of\n10\nwithout medication', 'rated 8 out of\n10\nwithout medication'],
    ['page number run into the prose', 'the patient Page 3 of 5 was seen', 'the patient was seen'],
    ['hyphen across a page break', 'his medi-\nPage 1 of 2\nCM15-0123456\ncation list', 'his medication list'],
    ['CRLF and form feeds', 'one\r\ntwo\fthree\rfour', 'one\ntwo\nthree\nfour'],
    ['non- certified inside a line', 'request was non- certified by', 'request was non-certified by'],
    ['pre- and post- stays', 'pre- and post-operative care', 'pre- and post-operative care'],
    ['unknown split inside a line stays', 'the medi- cation list', 'the medi- cation list'],
  ])('%s', (_name, raw, cleaned) => {
    expect(cleanText(raw)).toBe(cleaned);
  });

  it('keeps the first header line with the case number and drops its repeats', () => {
    const header = 'Case Number: CM15-0123456 Date Assigned: 10/01/2015';
    expect(cleanText(`${header}\nbody one\n${header}\nbody two`)).toBe(`${header}\nbody one\nbody two`);
  });

  it('returns an empty string for white space and furniture only', () => {
    expect(cleanText(' \n\n\t\nPage 1 of 1\n')).toBe('');
  });
});

describe('normaliseCharacters', () => {
  it.each([
    ['no-break spaces', 'a\u00A0b\u2009c', 'a b c'],
    ['curly quotes', '\u201CMED\u201D patient\u2019s', '"MED" patient\'s'],
    ['en dash and minus in dates', '3\u201324\u22122003', '3-24-2003'],
    ['ligatures', '\uFB01nal \uFB02are', 'final flare'],
    ['soft hyphen at a line end', 'medi\u00AD\ncation', 'medication'],
    ['soft hyphen inside a word', 'medi\u00ADcation', 'medication'],
    ['zero-width characters and BOM', '\uFEFFCase\u200B Number', 'Case Number'],
  ])('%s', (_name, raw, normalised) => {
    expect(normaliseCharacters(raw)).toBe(normalised);
  });
});
