import { describe, expect, it } from 'vitest';
import { parseLetter } from '../../src/parse';
import { detectLayout } from '../../src/parse/detect-layout';
import { readFixture } from './fixture';

const meta = { file: 'dropped.txt', letterId: '0000000000000000' };

describe('texts that are not IMR determination letters', () => {
  it.each([
    ['reject-ur-denial.txt', 'not-a-letter', /utilization review/],
    ['reject-progress-report.txt', 'not-a-letter', /medical report/],
    ['reject-imr-application-form.txt', 'not-a-letter', /Application for Independent Medical Review/],
    ['reject-invoice.txt', 'not-a-letter', /invoice/],
    ['reject-random-text.txt', 'not-a-letter', /does not look like an IMR determination letter/],
    ['reject-truncated-final-determination.txt', 'no-decisions', /no 'IMR ISSUES, DECISIONS AND RATIONALES' section/],
  ])('%s is rejected as %s with a plain reason', (file, code, message) => {
    const result = parseLetter(readFixture(file), meta);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.message).toMatch(message);
  });

  it.each([
    ['an empty string', ''],
    ['white space', ' \n\n\t \r\n '],
    ['only page furniture', 'Page 1 of 1\n\nCM15-0123456\n'],
  ])('%s is empty', (_name, text) => {
    const result = parseLetter(text, meta);
    expect(result).toEqual({ ok: false, error: { code: 'empty', message: expect.stringMatching(/no (readable )?text/) } });
  });

  it('rejects a final determination whose decisions section has no outcome lines', () => {
    const text = `${readFixture('reject-truncated-final-determination.txt')}
IMR ISSUES, DECISIONS AND RATIONALES
The Final Determination was based on decisions for the disputed items/services set forth below:
Oxymorphone 20mg ER #90`;
    const result = parseLetter(text, meta);
    expect(result).toEqual({
      ok: false,
      error: { code: 'no-decisions', message: expect.stringMatching(/has no '<item>: Upheld'/) },
    });
  });

  it('rejects a professional review that never states the outcome', () => {
    const text = 'MEDICAL PROFESSIONAL REVIEW\nISSUE AT DISPUTE: Norco 10/325mg #120\nMEDICAL REVIEWER QUALIFICATIONS:\nBoard Certified in Neurology';
    const result = parseLetter(text, meta);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('no-decisions');
  });

  it('does not take keywords alone for a letter', () => {
    const keywords =
      'MAXIMUS Federal Services Independent Medical Review IMR upheld overturned medically necessary MTUS ACOEM ODG Utilization Review';
    expect(detectLayout(keywords).ok).toBe(false);
  });
});
