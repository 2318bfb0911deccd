import { describe, expect, it } from 'vitest';
import { findPatient } from '../../src/parse/fields/patient';

describe('findPatient', () => {
  it.each([
    ['The patient is a 60 year-old female. The date of injury', 60, 'F'],
    ['The injured worker was a 68 year old male who sustained', 68, 'M'],
    ['The patient is a 47 year old who as injured on 7/9/2007. His wife', 47, null],
    ['The injured worker is a 52 year old female, who sustained', 52, 'F'],
    ['The patient is a 56-year-old gentleman who reported', 56, 'M'],
    ['is a 63 year old lady with chronic pain', 63, 'F'],
    ['This 46-year-old man sustained a work related injury', 46, 'M'],
    ['a 51 year old woman who', 51, 'F'],
    ['a 45 year old right hand dominant male', 45, 'M'],
    ['a 39 y/o female', 39, 'F'],
    ['a 58 year old injured worker. She reports', 58, null],
    ['a 50 year old patient with a female provider', 50, null],
    ['Her 12 year old son drove her. She is a 41 year old female.', 41, 'F'],
    ['No description of the patient here.', null, null],
  ])('%s', (text, age, sex) => {
    expect(findPatient(text)).toEqual({ age, sex });
  });
});
