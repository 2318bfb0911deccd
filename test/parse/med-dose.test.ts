import { describe, expect, it } from 'vitest';
import { findMedPerDay } from '../../src/parse/fields/med-dose';

describe('findMedPerDay', () => {
  it.each([
    [
      'seed 002: patient figure, then the guideline maximum',
      'patient is currently on exceedingly high dose of opioids, in excess of 270mg MED (Morphine Equivalent Dose) a day, which exceed maximum guideline of 120 mg MED.',
      270,
    ],
    ['morphine equivalent dose of N mg', 'This patient takes a morphine equivalent dose of 180 mg, with no', 180],
    [
      'ceiling first, patient figure second',
      'The guidelines recommend that the total daily dose not exceed 120 mg oral morphine equivalents. This patient takes a morphine equivalent dose of 180 mg.',
      180,
    ],
    ['MED of N', 'The current MED of 200 is high.', 200],
    ['MME', 'She takes 90 MME per day.', 90],
    ['mg/day', 'His dose is 150 mg/day MED.', 150],
    ['ceiling named after the figure', 'A dose of 120 mg MED is the maximum recommended.', null],
    ['"up to" is a ceiling', 'Guidelines allow up to 120 mg MED.', null],
    ['lower-case "meds" are medications', 'He takes 10 meds daily and 5 mg of med.', null],
    ['no figure', 'Opioids are not recommended.', null],
    ['decimal', 'The calculated MED is 22.5 mg.', 22.5],
    // Guideline thresholds (spec, record version 2): never the patient's dose.
    ['"doses greater than"', 'Doses greater than 80 mg/day MED call for a specialist.', null],
    ['"wean to lower than"', 'Conduct semiannual attempts to wean to lower than 80 mg/day MED in patients.', null],
    ['"above"', 'in patients whose dose is above 80 mg/day MED, and who have been on that dose', null],
    [
      'a figure quoted from the guideline',
      'MTUS states "patients should not remain at 90 MME for long." The patient takes 150 MME per day.',
      150,
    ],
  ])('%s', (_name, rationale, med) => {
    expect(findMedPerDay(rationale)).toBe(med);
  });
});
