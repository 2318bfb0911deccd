// The page-1 header table in the shapes text extraction gives it (see
// src/parse/fields/header-table.ts), and the letters' other header lines.
import { describe, expect, it } from 'vitest';
import { readHeaderTable } from '../../src/parse/fields/header-table';

const YEAR = 2026;
const FULL = {
  case_number: 'CM17-0014449',
  date_assigned: '2017-01-27',
  date_of_injury: '2016-10-15',
  decision_date: '2017-02-27',
  ur_denial_date: '2017-01-06',
  priority: 'Standard',
  application_received: '2017-01-23',
};

describe('readHeaderTable', () => {
  it.each([
    [
      'pdf.js: label and value on a line, "Application" / "Received:" wrapped around the date',
      'Case Number: CM17-0014449\nDate Assigned: 01/27/2017 Date of Injury: 10/15/2016\nDecision Date: 02/27/2017 UR Denial Date: 01/06/2017\nPriority: Standard Application 01/23/2017\nReceived:\nHOW THE IMR FINAL DETERMINATION WAS MADE',
    ],
    [
      'pdftotext: each column’s labels first, their values after',
      'Case Number:\nDate Assigned:\nDecision Date:\nPriority:\n\nCM17-0014449\n01/27/2017\n02/27/2017\nStandard\n\nDate of Injury:\nUR Denial Date:\nApplication\nReceived:\n\n10/15/2016\n01/06/2017\n01/23/2017\n\nHOW THE IMR FINAL DETERMINATION WAS MADE',
    ],
    [
      'pdftotext -layout: two columns with wide gaps',
      'Case Number:          CM17-0014449\nDate Assigned:        01/27/2017                      Date of Injury:      10/15/2016\nDecision Date:        02/27/2017                      UR Denial Date:      01/06/2017\nPriority:             Standard                        Application          01/23/2017\n                                                      Received:\n',
    ],
    [
      'the spec’s two columns',
      'Case Number: CM17-0014449      Date Assigned: 01/27/2017\nDate of Injury: 10/15/2016     Decision Date: 02/27/2017\nUR Denial Date: 01/06/2017     Priority: Standard\nApplication Received: 01/23/2017\n',
    ],
  ])('%s', (_name, text) => {
    expect(readHeaderTable(text, YEAR)).toEqual(FULL);
  });

  it('pairs a value with a waiting label of its kind, so a missing value shifts nothing', () => {
    const text = 'Case Number:\nDecision Date:\nPriority:\n\n02/27/2017\nExpedited\n';
    expect(readHeaderTable(text, YEAR)).toMatchObject({ case_number: null, decision_date: '2017-02-27', priority: 'Expedited' });
  });

  it('reads the 2013 notice’s header and "Dated:"', () => {
    const text =
      'Notice of Independent Medical Review Determination\nDated: 9/26/2013\nIMR Case Number: CM13-0001234   Date of Injury: 03/24/2003\nClaim Number: [redacted]   UR Denial Date: 07/15/2013\nPriority: Expedited   Application Received: 08/02/2013\n';
    expect(readHeaderTable(text, YEAR)).toEqual({
      case_number: 'CM13-0001234',
      date_assigned: null,
      date_of_injury: '2003-03-24',
      decision_date: '2013-09-26',
      ur_denial_date: '2013-07-15',
      priority: 'Expedited',
      application_received: '2013-08-02',
    });
  });

  it('takes no month or year alone for a date, and nothing without a header', () => {
    expect(readHeaderTable('Decision Date:\n10/2013\n', YEAR).decision_date).toBeNull();
    expect(readHeaderTable('The injured worker was seen on 7/7/2015 and 8/1/2015.', YEAR)).toEqual({
      case_number: null,
      date_assigned: null,
      date_of_injury: null,
      decision_date: null,
      ur_denial_date: null,
      priority: null,
      application_received: null,
    });
  });
});
