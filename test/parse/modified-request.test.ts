import { describe, expect, it } from 'vitest';
import { readModifiedRequest } from '../../src/parse/layouts/modified-request';
import { isRetrospective } from '../../src/parse/fields/retrospective';

describe('readModifiedRequest', () => {
  it.each([
    [
      'authorized by the Claims Administrator, "Z is"',
      'Physical therapy to the low back eight sessions was the original request. Physical therapy to the low back six sessions was authorized by the Claims Administrator. The remaining IMR eligible portion of the original request, Physical therapy to the low back two sessions is',
      {
        item: 'Physical therapy to the low back two sessions',
        original_request: 'Physical therapy to the low back eight sessions',
        authorized: 'Physical therapy to the low back six sessions',
      },
    ],
    [
      'no "is" before the colon',
      'Baclofen 100mg #30 was the original request. Baclofen 100mg #27 was authorized by the Claims Administrator. The remaining IMR eligible portion of the original request, Baclofen 100mg #3',
      { item: 'Baclofen 100mg #3', original_request: 'Baclofen 100mg #30', authorized: 'Baclofen 100mg #27' },
    ],
    [
      'leaving the original request IMR eligible',
      'One month supply of Trezix capsule 320.5/30/16mg was the original request. The Claims Administrator authorized Trezix capsule 320.5/30/16mg #5, leaving the original request IMR eligible. The original request, one month supply of Trezix capsule 30.5/30/16mg is',
      {
        item: 'one month supply of Trezix capsule 30.5/30/16mg',
        original_request: 'One month supply of Trezix capsule 320.5/30/16mg',
        authorized: 'Trezix capsule 320.5/30/16mg #5',
      },
    ],
    [
      'words run together by extraction',
      'Acupuncture 8 sessions wasthe originalrequest. Acupuncture 6 sessions was authorizedby the Claims Administrator. The remaining IMR eligibleportion of the original request, Acupuncture 2 sessions',
      { item: 'Acupuncture 2 sessions', original_request: 'Acupuncture 8 sessions', authorized: 'Acupuncture 6 sessions' },
    ],
  ])('%s', (_name, text, expected) => {
    expect(readModifiedRequest(text)).toEqual(expected);
  });

  it.each([
    ['a plain item', 'Norco 10/325mg #120'],
    [
      'a rationale restating the request with its verdict',
      'X was the original request. The Claims Administrator authorized Y, leaving the original request IMR eligible. The original request, X, is medically necessary. Next item',
    ],
  ])('is null for %s', (_name, text) => {
    expect(readModifiedRequest(text)).toBeNull();
  });
});

describe('isRetrospective', () => {
  it.each<[string, (string | null)[], string | null, boolean]>([
    ['"Retrospective" in the item', ['Retrospective CT scan of the cervical spine'], null, true],
    ['"Retro"', ['Retro Toradol 60mg IM'], null, true],
    ['a date of service before the decision', ['TENS unit (DOS 12/29/16)'], '2017-02-02', true],
    ['a date of service after the decision', ['Surgery DOS 3/1/2017'], '2017-02-02', false],
    ['"dispensed on"', ['Norco 10/325mg #90 dispensed on 8/20/2015'], '2015-11-02', true],
    ['only the original request says so', ['with open carpal tunnel release', 'Retrospective: Open reduction ... DOS 12/13/2016'], '2017-02-15', true],
    ['neither', ['Physical therapy 2x6', null], '2017-02-15', false],
    ['"retroperitoneal" is not "retro"', ['CT of the retroperitoneal space'], null, false],
  ])('%s', (_name, requests, decisionDate, retrospective) => {
    expect(isRetrospective(requests, decisionDate, 2026)).toBe(retrospective);
  });
});
