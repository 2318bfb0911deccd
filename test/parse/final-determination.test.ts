import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLetter } from '../../src/parse';
import { splitTail } from '../../src/parse/layouts/final-determination';
import { parseFixture } from './fixture';

const SEEDS = join(import.meta.dirname, '..', 'fixtures', 'seeds');

describe('final-determination layout', () => {
  describe('final-determination-header-page-breaks.txt: header block, page furniture, wrapped item, broken word', () => {
    const record = parseFixture('final-determination-header-page-breaks.txt');

    it('reads the header block; its Date of Injury wins over the prose', () => {
      expect(record.case_number).toBe('CM15-0123456');
      expect(record.decision_date).toBe('2015-11-02');
      expect(record.date_of_injury).toBe('2003-03-24');
      expect(record.patient).toEqual({ age: 51, sex: 'F' });
      expect(record.reviewer).toEqual({ specialties: ['Chiropractic'], subspecialties: [], license_states: ['CA'] });
    });

    it('joins an item wrapped over two lines and skips the page header between items', () => {
      expect(record.decisions.map((d) => [d.item, d.outcome])).toEqual([
        ['Retrospective request for OxyContin 40mg #60 and Norco 10/325mg #120 dispensed on 8/20/2015', 'Upheld'],
        ['Chiropractic manipulation 2 times a week for 4 weeks for the cervical spine', 'Overturned'],
      ]);
    });

    it('reads guidelines split over lines and the patient MED after a guideline ceiling', () => {
      expect(record.decisions[0]).toMatchObject({
        guideline: { source: 'MTUS', sections: ['Opioids, dosing', 'Opioids, criteria for use'], pages: null },
        claims_admin_guideline: { source: 'ODG' },
        med_mg_per_day: 180,
      });
      expect(record.decisions[1]).toMatchObject({
        guideline: { source: 'MTUS', sections: ['Manual therapy & manipulation'], pages: null },
        claims_admin_guideline: { source: 'ACOEM' },
        med_mg_per_day: null,
      });
      expect(record.decisions[0]?.rationale).toMatch(/no documented functional improvement\. The request is not medically necessary\.$/);
    });
  });

  describe('the same decisions whatever the line breaks', () => {
    const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt'));

    it.each(seeds)('%s flattened to one line', (file) => {
      const text = readFileSync(join(SEEDS, file), 'utf8');
      const meta = { file, letterId: 'x' };
      const asWritten = parseLetter(text, meta);
      const flattened = parseLetter(text.replace(/\s+/g, ' '), meta);
      expect(asWritten.ok && flattened.ok).toBe(true);
      if (!asWritten.ok || !flattened.ok) return;
      expect(flattened.record.decisions.map((d) => [d.item, d.outcome, d.guideline])).toEqual(
        asWritten.record.decisions.map((d) => [d.item, d.outcome, d.guideline]),
      );
      expect(flattened.record.reviewer).toEqual(asWritten.record.reviewer);
      expect(flattened.record.patient).toEqual(asWritten.record.patient);
      expect(flattened.record.date_of_injury).toEqual(asWritten.record.date_of_injury);
    });

    it.each(seeds)('%s with Windows line ends and no blank lines', (file) => {
      const text = readFileSync(join(SEEDS, file), 'utf8');
      const meta = { file, letterId: 'x' };
      const asWritten = parseLetter(text, meta);
      const crlf = parseLetter(text.replace(/\n\s*\n/g, '\n').replace(/\n/g, '\r\n'), meta);
      expect(crlf).toEqual(asWritten);
    });
  });
});

describe('splitTail', () => {
  it.each([
    [
      'one item line',
      'The request is not medically necessary.\nExalgo 12mg quantity 60',
      { rationale: 'The request is not medically necessary.', item: 'Exalgo 12mg quantity 60' },
    ],
    [
      'an item wrapped over two lines',
      'Text one.\nThe request is not medically necessary.\nRetrospective request for Tramadol 50mg #120 between 6/17/2014 and\n6/17/2014',
      {
        rationale: 'Text one.\nThe request is not medically necessary.',
        item: 'Retrospective request for Tramadol 50mg #120 between 6/17/2014 and 6/17/2014',
      },
    ],
    [
      'a rationale ending without a full stop',
      'First line of reasoning,\nso it is not medically necessary\nNorco 10/325mg #60',
      { rationale: 'First line of reasoning,\nso it is not medically necessary', item: 'Norco 10/325mg #60' },
    ],
    [
      'no line breaks',
      'The plan is appropriate. Opana is medically necessary. Oxycodone 30mg 30 day supply Qty: 120',
      {
        rationale: 'The plan is appropriate. Opana is medically necessary. ',
        item: 'Oxycodone 30mg 30 day supply Qty: 120',
      },
    ],
  ])('%s', (_name, tail, split) => {
    expect(splitTail(tail)).toEqual(split);
  });
});
