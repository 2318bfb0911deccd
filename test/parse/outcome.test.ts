import { describe, expect, it } from 'vitest';
import { outcomeFromText } from '../../src/parse/fields/outcome';

describe('outcomeFromText', () => {
  it.each([
    ['Therefore, the request for Norco 10/325mg #120 is medically necessary.', 'Overturned'],
    ['The request for MRI of the lumbar spine is not medically necessary.', 'Upheld'],
    ['The request is therefore not medically necessary and appropriate.', 'Upheld'],
    ['This request cannot be considered medically necessary.', 'Upheld'],
    ['Medical necessity has not been established.', 'Upheld'],
    ['Medical necessity has been established.', 'Overturned'],
    ['The UR decision is overturned.', 'Overturned'],
    ['The prior denial is upheld.', 'Upheld'],
    [
      'The previous reviewer found it not medically necessary. However, the new records show improvement, and the request is medically necessary.',
      'Overturned',
    ],
    ['The request for physical therapy, not to exceed 12 visits, is medically necessary.', 'Overturned'],
    ['The records were reviewed.', null],
  ])('%s -> %s', (text, outcome) => {
    expect(outcomeFromText(text)).toBe(outcome);
  });
});
