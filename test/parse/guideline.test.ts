import { describe, expect, it } from 'vitest';
import { guidelineSource, parseGuideline, splitSections } from '../../src/parse/fields/guideline';

describe('parseGuideline', () => {
  it.each([
    [
      'seed 000: bare sections with pages',
      'Decision based on MTUS Chronic Pain Treatment Guidelines Opioids,\ncriteria for use Page(s): 75-79.',
      { source: 'MTUS', sections: ['Opioids, criteria for use'], pages: '75-79' },
    ],
    [
      'seed 001: "Section" suffixes and two page ranges',
      'Decision based on MTUS Chronic Pain Treatment Guidelines Opioids Section, Weaning of Medications Section Page(s): 74-95, 124.',
      { source: 'MTUS', sections: ['Opioids', 'Weaning of Medications'], pages: '74-95, 124' },
    ],
    [
      'seed 002: Section(s) label, lower-case pieces join the previous one',
      'Decision based on MTUS Chronic Pain Medical Treatment 2009, Section(s): Opioids for chronic pain, Opioids, long-term assessment, Opioids, criteria for use.',
      {
        source: 'MTUS',
        sections: ['Opioids for chronic pain', 'Opioids, long-term assessment', 'Opioids, criteria for use'],
        pages: null,
      },
    ],
    [
      'seed 003: one section with commas and "and"',
      'Decision based on MTUS Chronic Pain Treatment Guidelines NSAIDs, physical therapy and non-opioid medications Page(s): 74-96, 124.',
      { source: 'MTUS', sections: ['NSAIDs, physical therapy and non-opioid medications'], pages: '74-96, 124' },
    ],
    [
      'seed 004: "vs." inside a section',
      'Decision based on MTUS Chronic Pain Medical Treatment 2009, Section(s): Opioids, criteria for use, Opioids for chronic pain, Opioids, cancer pain vs. nonmalignant pain.',
      {
        source: 'MTUS',
        sections: ['Opioids, criteria for use', 'Opioids for chronic pain', 'Opioids, cancer pain vs. nonmalignant pain'],
        pages: null,
      },
    ],
    [
      'parentheses keep their commas',
      'Decision based on MTUS Chronic Pain Medical Treatment 2009, Section(s): Carisoprodol (Soma).',
      { source: 'MTUS', sections: ['Carisoprodol (Soma)'], pages: null },
    ],
    [
      'ODG: the body-part chapter belongs to the title',
      'Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Pain Chapter, Compound drugs.',
      { source: 'ODG', sections: ['Compound drugs'], pages: null },
    ],
    [
      'ACOEM with edition and pages',
      'Decision based on MTUS ACOEM Practice Guidelines, 2nd Edition (2004), Chapter 12, pages 303-305.',
      { source: 'ACOEM', sections: ['Chapter 12'], pages: '303-305' },
    ],
    [
      '2013 notice wording with the MTUS clause',
      'The Expert Reviewer based his/her decision on the Chronic Pain Medical Treatment Guidelines (2009), Chronic pain programs (functional restoration programs), pages 30-34, which is part of the MTUS.',
      { source: 'MTUS', sections: ['Chronic pain programs (functional restoration programs)'], pages: '30-34' },
    ],
    [
      'an unknown title: its first piece is the title',
      'Decision based on Non-MTUS Citation American Pain Society, Opioid Treatment Guidelines.',
      { source: 'Other', sections: ['Opioid Treatment Guidelines'], pages: null },
    ],
    [
      'a title alone',
      'Decision based on MTUS Chronic Pain Treatment Guidelines.',
      { source: 'MTUS', sections: [], pages: null },
    ],
    [
      'professional review: the citation is the first sentence',
      'MTUS Chronic Pain Medical Treatment Guidelines, Opioids, criteria for use, pages 76-80. These guidelines address ongoing opioid management.',
      { source: 'MTUS', sections: ['Opioids, criteria for use'], pages: '76-80' },
    ],
    ['none given', null, { source: null, sections: [], pages: null }],
  ])('%s', (_name, text, guideline) => {
    expect(parseGuideline(text)).toEqual(guideline);
  });
});

describe('guidelineSource', () => {
  it.each([
    ['Decision based on MTUS Chronic Pain Treatment Guidelines.', 'MTUS'],
    ['Decision based on MTUS ACOEM Practice Guidelines.', 'ACOEM'],
    [
      'The Claims Administrator did not base their decision on the MTUS. Decision based on Non-MTUS Citation Official Disability Guidelines, Pain, Exalgo (Hydromorphone).',
      'ODG',
    ],
    ['Decision based on ODG Pain Chapter.', 'ODG'],
    ['Decision based on Non-MTUS Citation Medscape, Ondansetron.', 'Other'],
    ['The Claims Administrator based its decision on the Chronic Pain Medical Treatment Guidelines, page 56.', 'MTUS'],
    ['The Claims Administrator did not cite any guidelines.', null],
    ['None.', null],
    ['', null],
    [null, null],
  ])('%s -> %s', (text, source) => {
    expect(guidelineSource(text)).toBe(source);
  });
});

describe('splitSections', () => {
  it.each([
    ['Opioids, criteria for use', ['Opioids, criteria for use']],
    ['Opioids Section, Weaning of Medications Section', ['Opioids', 'Weaning of Medications']],
    ['Walking aids (canes, crutches, braces), Knee brace', ['Walking aids (canes, crutches, braces)', 'Knee brace']],
    ['Drug testing; Opioids, steps to avoid misuse/addiction', ['Drug testing', 'Opioids, steps to avoid misuse/addiction']],
    ['', []],
  ])('%s', (text, sections) => {
    expect(splitSections(text)).toEqual(sections);
  });
});
