import { describe, expect, it } from 'vitest';
import { findReviewer } from '../../src/parse/fields/reviewer';
import { splitSpecialties, titleCase } from '../../src/parse/fields/specialty-list';

describe('findReviewer', () => {
  it.each([
    [
      'prose, one specialty, one state',
      'The expert\nreviewer is Board Certified in Family Medicine, and is licensed to practice in Utah. He/she has',
      { specialties: ['Family Medicine'], subspecialties: [], license_states: ['UT'] },
    ],
    [
      'prose with a subspecialty and two states',
      'reviewer is Board Certified in Anesthesiology, has a subspecialty in Pain Medicine and is\nlicensed to practice in Texas and Florida. He/she has been',
      { specialties: ['Anesthesiology'], subspecialties: ['Pain Medicine'], license_states: ['TX', 'FL'] },
    ],
    [
      'list shape with two specialties',
      'The Expert Reviewer has the following credentials:\nState(s) of Licensure: California\nCertification(s)/Specialty: Preventive Medicine, Occupational Medicine',
      { specialties: ['Preventive Medicine', 'Occupational Medicine'], subspecialties: [], license_states: ['CA'] },
    ],
    [
      'list shape: "Anesthesiology, Pain Medicine" are both specialties',
      'State(s) of Licensure: California, Nevada\nCertification(s)/Specialty: Anesthesiology, Pain Medicine',
      { specialties: ['Anesthesiology', 'Pain Medicine'], subspecialties: [], license_states: ['CA', 'NV'] },
    ],
    [
      'list shape with an ampersand name',
      'State(s) of Licensure: California\nCertification(s)/Specialty: Physical Medicine & Rehabilitation',
      { specialties: ['Physical Medicine & Rehabilitation'], subspecialties: [], license_states: ['CA'] },
    ],
    [
      'variant spellings map to the canonical ones',
      'Board Certified in Physical Medicine and Rehabilitation and Orthopedic Surgery, and is licensed to practice in New York, New Jersey and West Virginia.',
      {
        specialties: ['Physical Medicine & Rehabilitation', 'Orthopaedic Surgery'],
        subspecialties: [],
        license_states: ['NY', 'NJ', 'WV'],
      },
    ],
    [
      'a licensed Chiropractor',
      'The expert reviewer is a licensed Chiropractor and is licensed to practice in California.',
      { specialties: ['Chiropractic'], subspecialties: [], license_states: ['CA'] },
    ],
    [
      'a licensed Acupuncturist',
      'The expert reviewer is a licensed Acupuncturist and is licensed to practice in Arkansas.',
      { specialties: ['Acupuncture'], subspecialties: [], license_states: ['AR'] },
    ],
    [
      'a licensed Psychologist',
      'The expert reviewer is a licensed Psychologist and is licensed to practice in the District of Columbia.',
      { specialties: ['Psychology'], subspecialties: [], license_states: ['DC'] },
    ],
    [
      'names not in the table are kept in title case',
      'Board Certified in hand surgery, has a subspecialty in Spine Surgery and Pain Medicine and is licensed to practice in Kansas.',
      { specialties: ['Hand Surgery'], subspecialties: ['Spine Surgery', 'Pain Medicine'], license_states: ['KS'] },
    ],
    [
      'state codes in the list shape',
      'State(s) of Licensure: CA, OR\nCertification(s)/Specialty: Neurology',
      { specialties: ['Neurology'], subspecialties: [], license_states: ['CA', 'OR'] },
    ],
    [
      'a credentials line wrapped inside a name',
      'State(s) of Licensure: California\nCertification(s)/Specialty: Pain Management, Occupational\nMedicine',
      { specialties: ['Pain Medicine', 'Occupational Medicine'], subspecialties: [], license_states: ['CA'] },
    ],
    [
      'a line ending in "&" continues the name',
      'State(s) of Licensure: California\nCertification(s)/Specialty: Preventive Medicine, Public Health &\nGeneral Preventive Medicine',
      {
        specialties: ['Preventive Medicine', 'Public Health & General Preventive Medicine'],
        subspecialties: [],
        license_states: ['CA'],
      },
    ],
    [
      'a profession in the list shape',
      'State(s) of Licensure: California\nCertification(s)/Specialty: Chiropractor',
      { specialties: ['Chiropractic'], subspecialties: [], license_states: ['CA'] },
    ],
    ['nothing about the reviewer', 'He/she has been in active clinical practice.', { specialties: [], subspecialties: [], license_states: [] }],
  ])('%s', (_name, text, reviewer) => {
    expect(findReviewer(text)).toEqual(reviewer);
  });
});

describe('splitSpecialties', () => {
  it.each([
    ['Preventive Medicine, Occupational Medicine', ['Preventive Medicine', 'Occupational Medicine']],
    ['Physical Medicine and Rehabilitation, Pain Management', ['Physical Medicine & Rehabilitation', 'Pain Medicine']],
    ['Internal Medicine and Occupational Medicine', ['Internal Medicine', 'Occupational Medicine']],
    ['Obstetrics and Gynecology', ['Obstetrics & Gynecology']],
    ['Neurosurgery', ['Neurological Surgery']],
    ['family practice', ['Family Medicine']],
    // One or two letters from a known name of ten or more letters is that name.
    ['Sports Medicinea', ['Sports Medicine']],
    ['Orthopaedic Surgry', ['Orthopaedic Surgery']],
    // Short names are too close to each other for that: kept as written.
    ['Urolgy', ['Urolgy']],
    // An unknown name keeps its "&"; a known name after "&" is its own.
    ['Undersea & Hyperbaric Medicine', ['Undersea & Hyperbaric Medicine']],
    ['Public Health & Pain Medicine', ['Public Health', 'Pain Medicine']],
    ['', []],
  ])('%s', (text, names) => {
    expect(splitSpecialties(text)).toEqual(names);
  });

  it.each([
    ['hand surgery', 'Hand Surgery'],
    ['HAND SURGERY', 'Hand Surgery'],
    ['ENT surgery', 'ENT Surgery'],
    ['medicine of the spine', 'Medicine of the Spine'],
  ])('titleCase(%s) = %s', (text, cased) => {
    expect(titleCase(text)).toBe(cased);
  });
});
