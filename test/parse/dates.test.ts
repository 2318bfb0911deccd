import { describe, expect, it } from 'vitest';
import { DATE_OR_YEAR_SOURCE, expandYear, isoFromMatch } from '../../src/parse/fields/dates';
import {
  findCaseNumber,
  findDecisionDate,
  findHeaderInjuryDate,
} from '../../src/parse/fields/header';
import { findInjuryDateInProse } from '../../src/parse/fields/injury-date';

const YEAR = 2026;

const ONE_DATE = new RegExp(`^\\s*(?:${DATE_OR_YEAR_SOURCE})`, 'i');

/** ISO text for a string that starts with a date, as every date field reads it. */
function parseDate(text: string, currentYear: number): string | null {
  const m = ONE_DATE.exec(text);
  return m === null ? null : isoFromMatch(m, 1, currentYear);
}

describe('parseDate', () => {
  it.each([
    ['6/13/02', '2002-06-13'],
    ['3-24-2003', '2003-03-24'],
    ['12/15/2001', '2001-12-15'],
    ['7/9/2007', '2007-07-09'],
    ['03/24/2003', '2003-03-24'],
    ['2/14/98', '1998-02-14'],
    ['1/1/26', '2026-01-01'],
    ['1/1/27', '1927-01-01'],
    ['2015-11-02', '2015-11-02'],
    ['August 2004', '2004-08'],
    ['Aug. 2004', '2004-08'],
    ['June 20, 2013', '2013-06-20'],
    ['December 3rd, 2013', '2013-12-03'],
    ['08/2004', '2004-08'],
    ['2004', '2004'],
    ['2/29/2016', '2016-02-29'],
    ['2/29/2015', null],
    ['13/01/2015', null],
    ['0/12/2015', null],
    ['not a date', null],
  ])('%s -> %s', (text, iso) => {
    expect(parseDate(text, YEAR)).toBe(iso);
  });
});

describe('expandYear', () => {
  it.each([
    ['02', 2002],
    ['15', 2015],
    ['26', 2026],
    ['27', 1927],
    ['98', 1998],
    ['2003', 2003],
  ])('%s -> %d in 2026', (digits, year) => {
    expect(expandYear(digits, YEAR)).toBe(year);
  });
});

describe('findInjuryDateInProse', () => {
  it.each([
    ["The patient's date of injury is August 2004 to August 2005.", '2004-08'],
    ['a 68 year old male who sustained an industrial injury on 6/13/02 when he fell', '2002-06-13'],
    ['is a 59 year old male, who sustained an industrial injury on 3-24-2003.', '2003-03-24'],
    ['The patient is a 47 year old who as injured on 7/9/2007.', '2007-07-09'],
    ['who reported an injury on 06/04/2010 while lifting', '2010-06-04'],
    ['She injured her low back on 5/5/2005 at work.', '2005-05-05'],
    ['with a date of injury of 8/1/2008.', '2008-08-01'],
    ['DOI: 3/3/13. Seen for follow up.', '2013-03-03'],
    ['sustained an industrial injury on July 14, 2014 when she slipped', '2014-07-14'],
    ['cumulative trauma injuries from 2001 to 2004', '2001'],
    ['The injured worker was seen on 7-7-15 for pain.', null],
    ['She had an injury. On 7-7-15 the exam showed tenderness.', null],
    ['No dates here at all.', null],
  ])('%s', (text, iso) => {
    expect(findInjuryDateInProse(text, YEAR)).toBe(iso);
  });
});

describe('letter header fields', () => {
  it.each([
    ['Case Number: CM15-0123456      Date Assigned: 10/01/2015', 'CM15-0123456'],
    ['IMR Case Number: CM13-0001234', 'CM13-0001234'],
    ['MAXIMUS Case Number: CM13 - 0045678', 'CM13-0045678'],
    ['CM16-0098765 Page 2 of 3', 'CM16-0098765'],
    ['Claim Number: 12345-678', null],
    ['CM15-01234567 has too many digits', null],
  ])('case number in %s', (text, caseNumber) => {
    expect(findCaseNumber(text)).toBe(caseNumber);
  });

  it.each([
    ['Date of Injury: 03/24/2003     Decision Date: 11/02/2015', '2015-11-02'],
    ['Notice of Independent Medical Review Determination\nDated: 9/26/2013', '2013-09-26'],
    ['Dated: December 3, 2013', '2013-12-03'],
    ['UR Decision Date: 07/15/2013', null],
    ['In the progress note dated 6/23/15 the provider', null],
  ])('decision date in %s', (text, iso) => {
    expect(findDecisionDate(text, YEAR)).toBe(iso);
  });

  it.each([
    ['Date of Injury: 03/24/2003     Decision Date: 11/02/2015', '2003-03-24'],
    ['IMR Case Number: CM13-0001234 Date of Injury: 11/3/2010', '2010-11-03'],
    ['Date of Injury: 2/14/98', '1998-02-14'],
    ['The date of injury was 2/14/98', null],
  ])('header date of injury in %s', (text, iso) => {
    expect(findHeaderInjuryDate(text, YEAR)).toBe(iso);
  });
});
