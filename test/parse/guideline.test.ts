import { describe, expect, it } from 'vitest';
import type { Citation } from '../../src/domain/letter';
import { parseCleanedGuideline, splitSections } from '../../src/parse/fields/guideline';
import { cleanText } from './fixture';

// The guideline as the parser reads it from a letter's cleaned text.
const parseGuideline = (text: string | null) => parseCleanedGuideline(text === null ? null : cleanText(text));
const guidelineSource = (text: string | null) => parseGuideline(text).source;

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
    const { source, sections, pages } = parseGuideline(text);
    expect({ source, sections, pages }).toEqual(guideline);
  });
});

describe('parseGuideline: citations (record version 2)', () => {
  const cite = (source: Citation['source'], document: string, sections: string[] = [], pages: string | null = null, mtus = true): Citation => ({
    source,
    document,
    sections,
    pages,
    mtus,
  });

  it('reads the spec example: two MTUS documents, then a Non-MTUS ACOEM chapter', () => {
    const text =
      'Decision based on MTUS Low Back Complaints 2004, Section(s):\nSummary, and Chronic Pain Medical Treatment 2016, Section(s): Facet blocks. Decision based\n' +
      'on Non-MTUS Citation ACOEM Occupational Medicine Practice Guidelines, 3rd ed., Low Back\nDisorders, pg. 607.';
    expect(parseGuideline(text)).toEqual({
      source: 'ACOEM',
      sections: ['Summary', 'Facet blocks'],
      pages: '607',
      citations: [
        cite('MTUS', 'Low Back Complaints 2004', ['Summary']),
        cite('MTUS', 'Chronic Pain Medical Treatment 2016', ['Facet blocks']),
        cite('ACOEM', 'Occupational Medicine Practice Guidelines, 3rd ed., Low Back Disorders', [], '607', false),
      ],
    });
  });

  it.each<[string, string, Citation[]]>([
    [
      'a document whose name holds ", and" is not split there',
      'Decision based on MTUS Elbow Complaints 2007, and Forearm, Wrist, and Hand Complaints 2004, Section(s): Special Studies, Summary.',
      [cite('MTUS', 'Elbow Complaints 2007'), cite('MTUS', 'Forearm, Wrist, and Hand Complaints 2004', ['Special Studies', 'Summary'])],
    ],
    [
      '"&" joins the single words before it into one section',
      'Decision based on MTUS Postsurgical Treatment 2009, Section(s): Forearm, Wrist, & Hand.',
      [cite('MTUS', 'Postsurgical Treatment 2009', ['Forearm, Wrist, & Hand'])],
    ],
    [
      'seed 001: a known title is the document, its source name dropped',
      'Decision based on MTUS Chronic Pain Treatment Guidelines Opioids Section, Weaning of Medications Section Page(s): 74-95, 124.',
      [cite('MTUS', 'Chronic Pain Treatment Guidelines', ['Opioids', 'Weaning of Medications'], '74-95, 124')],
    ],
    [
      'the ODG: its body-part chapter is the document',
      'Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Pain Chapter, Compound drugs.',
      [cite('ODG', 'Pain Chapter', ['Compound drugs'], null, false)],
    ],
    [
      'an ODG chapter named as one, with its version',
      'Decision based on Non-MTUS Citation Official Disability Guidelines, Elbow Procedure Summary Online Version (updated 11/23/16): Magnetic Resonance Imaging.',
      [cite('ODG', 'Elbow Procedure Summary Online Version (updated 11/23/16)', ['Magnetic Resonance Imaging'], null, false)],
    ],
    [
      '"outside of the MTUS" counts toward the source, and is no citation',
      'The Expert Reviewer based their decision on recommendation(s) outside of the MTUS Guidelines. Decision based on Non-MTUS Citation Medscape, Ondansetron.',
      [cite('Other', 'Medscape', ['Ondansetron'], null, false)],
    ],
    [
      '"and Other Medical Treatment Guidelines" adds a citation',
      'Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Low Back/Intra-operative monitoring and Other Medical Treatment Guidelines http://www.aetna.com/cpb/medical/data/100_199/0181.html.',
      [
        cite('ODG', 'Low Back', ['Intra-operative monitoring'], null, false),
        cite('Other', 'http://www.aetna.com/cpb/medical/data/100_199/0181.html', [], null, false),
      ],
    ],
    [
      'a 2013 notice: ACOEM named part of the MTUS; the ODG never is',
      'The Expert Reviewer based his/her decision on the Official Disability Guidelines (ODG), Pain Chapter, Opioids, pages 3-4, which is not part of the MTUS.',
      [cite('ODG', 'Pain Chapter', ['Opioids'], '3-4', false)],
    ],
  ])('%s', (_name, text, citations) => {
    expect(parseGuideline(text).citations).toEqual(citations);
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
