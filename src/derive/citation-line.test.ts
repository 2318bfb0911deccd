import { describe, expect, it } from 'vitest';
import { letter } from '../../test/builders/records';
import { citationLine } from './citation-line';
import { toRows } from './rows';

describe('citationLine', () => {
  it('names the case, the decision date, the item and the outcome', () => {
    const [row] = toRows([
      letter('a1', { case_number: 'CM15-0123456', decision_date: '2015-11-02', decisions: [{ item: 'Norco 10/325mg #60', outcome: 'Overturned' }] }),
    ]);
    expect(citationLine(row!)).toBe('CM15-0123456 (decided 2015-11-02): Norco 10/325mg #60 — Overturned');
  });

  it('names the file when the letter prints no case number, and says when it gives no date', () => {
    const [row] = toRows([letter('a2', { file: 'scans/letter 7.pdf', decisions: [{ item: 'MRI of the lumbar spine' }] })]);
    expect(citationLine(row!)).toBe('scans/letter 7.pdf (decision date not stated): MRI of the lumbar spine — Upheld');
  });
});
