// Reason tags against the hand-labelled rationales of the real letters
// (test/fixtures/real/reason-labels.json): precision at least 0.9 and recall
// at least 0.8 for every tag, and the readings the vocabulary is built on.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REASON_TAGS, type LetterRecord } from '../src/domain/letter';
import { parseLetter } from '../src/parse';
import { REASON_PHRASES } from '../src/parse/data/reasons';
import { readReasons, reasonSpans } from '../src/parse/reasons';
import { labelledRationales, scoreReasons } from './reason-scores';

const set = labelledRationales();

describe('the labelled rationales', () => {
  it('hold every phrase they were labelled from, with tags from the vocabulary', () => {
    for (const r of set) {
      for (const reason of r.reasons) {
        expect(REASON_TAGS, r.id).toContain(reason.tag);
        expect(r.rationale.replace(/\s+/g, ' '), `${r.id}: ${reason.phrase}`).toContain(reason.phrase.replace(/\s+/g, ' '));
      }
    }
  });

  it('come from the real letters and the real seed letters, every Overturned one giving its criteria met', () => {
    expect(set.length).toBeGreaterThanOrEqual(133);
    for (const r of set.filter((x) => x.outcome === 'Overturned')) expect(r.reasons.map((x) => x.tag), r.id).toEqual(['guideline criteria met']);
  });
});

describe('reason tags', () => {
  const scores = scoreReasons(set);
  it.each(scores.filter((s) => s.labelled > 0).map((s) => [s.tag, s] as const))('%s: precision ≥ 0.9 and recall ≥ 0.8', (_tag, s) => {
    expect(s.precision, `read where not labelled: ${s.extra.join(', ')}`).toBeGreaterThanOrEqual(0.9);
    expect(s.recall, `labelled but not read: ${s.missed.join(', ')}`).toBeGreaterThanOrEqual(0.8);
  });

  it('have gates that let through every rationale one of their phrases matches', () => {
    for (const rule of REASON_PHRASES) {
      if (rule.gate === undefined) continue;
      for (const phrase of rule.phrases) {
        const loose = new RegExp(phrase.source.replace(/ /g, String.raw`\s+`), phrase.flags);
        for (const r of set) if (loose.test(r.rationale)) expect(rule.gate.test(r.rationale), `${rule.tag}: ${r.id}`).toBe(true);
      }
    }
  });

  it('are never read where no labelled rationale gives them', () => {
    for (const s of scores.filter((x) => x.labelled === 0)) expect(s.extra, s.tag).toEqual([]);
  });

  // No real letter at hand applies a morphine limit to the patient (one quotes the guideline's
  // "doses above 80 mg/day MED" only), so these sentences, written in the letters' manner, stand in.
  it.each([
    ['The patient’s current MED of 180 mg/day exceeds the recommended limit of 120 mg.', true],
    ["The patient's MED is 240 mg, which is above the recommended 120 mg MED.", true],
    ['The claimant’s total morphine equivalent dose exceeds 120 mg per day.', true],
    ['Opioid doses above 80 mg/day MED warrant a pain specialist consultation.', false],
    ['"Doses greater than 120 mg/day MED are not recommended."', false],
  ] as const)('dose above morphine limit in %j: %s', (sentence, given) => {
    expect(readReasons(sentence.replace(/’/g, "'"), 'Upheld', 'pharmaceutical').includes('dose above morphine limit')).toBe(given);
  });

  it('never count a phrase inside quotation marks: the guideline’s words are not the reviewer’s reasons', () => {
    const quoted = 'The MTUS states: "there is no documentation of functional improvement, treatment is not supported by the guidelines." ';
    expect(readReasons(quoted, 'Upheld', 'physical_medicine')).toEqual([]);
    expect(readReasons(`${quoted}There is no documentation of functional improvement.`, 'Upheld', 'physical_medicine')).toEqual(['no functional improvement']);
  });

  it('read untried conservative care as a test’s criteria, and as first-line care not tried before a drug or surgery', () => {
    const text = 'There was no indication the patient had failed conservative care.';
    expect(readReasons(text, 'Upheld', 'diagnostic')).toEqual(['criteria not met']);
    expect(readReasons(text, 'Upheld', 'surgery')).toEqual(['first-line treatment not tried']);
  });

  it('give an Overturned decision only the criteria met, and an Upheld one never', () => {
    const text = 'This request meets the guidelines. There is no documentation of pain relief.';
    expect(readReasons(text, 'Overturned', 'pharmaceutical')).toEqual(['guideline criteria met']);
    expect(readReasons(text, 'Upheld', 'pharmaceutical')).toEqual(['pain relief not documented']);
  });

  it('mark each reason at the phrase it was read from, across wrapped lines', () => {
    const text = 'Records reviewed. There is no documentation of\nfunctional improvement with prior therapy.';
    const [span, ...rest] = reasonSpans(text, 'Upheld', 'physical_medicine');
    expect(rest).toEqual([]);
    expect(span?.tag).toBe('no functional improvement');
    expect(text.slice(span!.start, span!.end)).toBe('no documentation of\nfunctional improvement');
  });
});

describe('the parser', () => {
  const SEEDS = join(import.meta.dirname, 'fixtures', 'seeds');
  it.each(['000_a3805b0da3d82ce4', '001_d578d09a58dd7e0e', '002_342cc525053c6975', '003_178c19ffd59f9e46', '004_f90702d67313aa06'])(
    'gives seed %s the reasons its labels name',
    (name) => {
      const expected = JSON.parse(readFileSync(join(SEEDS, `${name}.expected.json`), 'utf8')) as LetterRecord;
      const parsed = parseLetter(readFileSync(join(SEEDS, `${name}.txt`), 'utf8'), { file: `${name}.txt`, letterId: '0'.repeat(16) });
      expect(parsed.ok && parsed.record.decisions.map((d) => d.reasons)).toEqual(expected.decisions.map((d) => d.reasons));
    },
  );
});
