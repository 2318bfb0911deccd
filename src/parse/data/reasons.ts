// The phrases each reason is read from, per outcome. A reason is given when
// one of its phrases occurs in the rationale; the phrase is what the row
// details and the letter view mark. Patterns are matched case-insensitively
// over the rationale with its whitespace folded to single spaces, so a space
// here matches any run of spaces and line breaks. Measured against the
// labelled rationales in test/fixtures/real/reason-labels.json (precision and
// recall per reason: test/reasons.test.ts, BENCHMARKS.md).
//
// A phrase about a guideline's requirement ("is not recommended unless…")
// quoted as background is not a reason; what the reviewer says of this
// patient ("there is no documentation of…") is. Patterns therefore look for
// the reviewer's negation of a finding, not the guideline's wording alone,
// and a phrase inside quotation marks (the guideline's own words) never counts.
import type { Category, Outcome, ReasonTag } from '../../domain/letter';

export interface ReasonPhrases {
  tag: ReasonTag;
  /** The outcome this reason explains: an Upheld decision's reasons say why the care is not needed. */
  outcome: Outcome;
  /** Read only for items of these categories, or of all but these. */
  only?: readonly Category[];
  except?: readonly Category[];
  /**
   * Words every phrase of the reason holds one of: a rationale without any
   * cannot give the reason, and its phrases (which cost far more than this one
   * test) are not tried. Kept a superset by test/reasons.test.ts.
   */
  gate?: RegExp;
  phrases: readonly RegExp[];
}

// "no documentation", "lack of clear documentation", "does not document", "not documented", "fails to document"...
const NOT_SHOWN = String.raw`\b(?:no|lack of|lacks|absence of|without|not|insufficient|inadequate|fails? to|failed to|did not|does not|do not)`;
/**
 * What a phrase made by near() needs to hold: its second part, alone. Far
 * cheaper to look for than the phrase (which tries its first part, often a
 * negation, at every "no" and "not"), so a rationale without it is passed over.
 */
export const PHRASE_TAILS = new WeakMap<RegExp, RegExp>();
const near = (a: string, b: string, gap = 80) => {
  const phrase = new RegExp(String.raw`${a}[^.;]{0,${gap}}?${b}`, 'i');
  PHRASE_TAILS.set(phrase, new RegExp(b, 'i'));
  return phrase;
};

export const REASON_PHRASES: readonly ReasonPhrases[] = [
  {
    tag: 'no functional improvement',
    outcome: 'Upheld',
    gate: /function|outcome|contingent/i,
    phrases: [
      near(NOT_SHOWN, String.raw`(?:objective )?functional (?:improvement|gains?|benefit|response|progress)`),
      near(String.raw`functional (?:improvement|response|benefit)`, String.raw`(?:not|never) (?:been )?(?:documented|noted|shown|established|evident|provided|reported|demonstrated)`),
      near(NOT_SHOWN, String.raw`(?:an )?(?:increase|improvement) in function`),
      near(NOT_SHOWN, String.raw`(?:progress|gains?) in terms of (?:objective or )?functional`, 160),
      near(NOT_SHOWN, String.raw`(?:increased|improved|improvement in) function(?:al status|ality)?`, 100),
      near(String.raw`does not appear to be the type of improvement`, String.raw`functionality`, 80),
      /\b(?:therapy|treatment) outcomes? (?:was|were|is|are) not (?:included|provided|documented)/i,
      /\bcontingent upon the patient's response to treatment/i,
      near(NOT_SHOWN, String.raw`functional response to (?:therapy|treatment)`),
    ],
  },
  {
    tag: 'pain relief not documented',
    outcome: 'Upheld',
    gate: /pain|relief|analgesic/i,
    phrases: [
      near(NOT_SHOWN, String.raw`(?:pain relief|relief (?:in|of) (?:levels of )?pain|(?:objective )?(?:decrease|reduction|improvement) in (?:the )?pain|analgesic (?:effect|benefit|response))`),
      near(NOT_SHOWN, String.raw`\d+ ?% (?:pain )?relief`),
      near(NOT_SHOWN, String.raw`(?:change|improvement) in pain relief`, 110),
      /\bwithout mention of pain\b/i,
      /\bnot appear to be the type of improvement in pain/i,
    ],
  },
  {
    tag: 'monitoring missing',
    outcome: 'Upheld',
    gate: /urine|\bUDS\b|CURES|agreement|contract|A's|aberrant|monitor/i,
    phrases: [
      near(NOT_SHOWN, String.raw`(?:urine drug (?:screen|test)|UDS|CURES|opioid (?:agreement|contract)|pain (?:agreement|contract)|4 A's|four A's|aberrant (?:drug[- ]taking )?behaviou?r)`),
      near(String.raw`(?:urine drug (?:screen|test)s?|UDS|CURES|opioid (?:agreement|contract))`, String.raw`(?:not|never) (?:been )?(?:documented|noted|performed|checked|queried|provided|reviewed)`),
      near(String.raw`\b(?:no|lack of|without|not)(?: evidence of| documentation of)? (?:sufficient |adequate |ongoing )?monitoring`, String.raw`(?:aberrant|urine|side effects|CURES)`),
      near(NOT_SHOWN, String.raw`monitoring for (?:potential )?(?:aberrant|misuse|abuse)`, 100),
      // The 4 A's listed as the guideline's requirement, then "This was not documented."
      /\b(?:4|four) A's\b[^]{0,300}?\. (?:This|These|None of (?:this|these)) (?:was|were|is|are) not documented/i,
      near(String.raw`no indication the patient is being monitored`, String.raw`(?:aberrant|side effects)`),
      near(String.raw`screening evaluation`, String.raw`CURES has been queried`),
    ],
  },
  {
    tag: 'dose above morphine limit',
    outcome: 'Upheld',
    gate: /\bMED\b|MME|morphine/i,
    phrases: [
      // The patient's own dose against a limit; a guideline's "doses above 80 mg/day MED" alone is not one.
      /\b(?:patient|claimant|worker|injured worker)(?:'s)? (?:current |total |daily |calculated )?(?:dose|MED|MME|morphine equivalent(?: dose)?)(?: of [\d.,]+ ?mg(?:\/day)?(?: MED| MME)?)?,? (?:is |was )?(?:exceeds?|exceeding|above|greater than|in excess of|over)\b/i,
      /\b(?:MED|MME|morphine equivalent dose) (?:is |was |of )?[\d.,]+ ?mg(?:\/day)?[^.;]{0,40}?(?:exceeds?|exceeding|above|greater than|in excess of) (?:the )?(?:recommended |maximum )?(?:limit|\d+ ?mg)/i,
    ],
  },
  {
    tag: 'not recommended by guideline',
    outcome: 'Upheld',
    gate: /support|indicated|recommend|experimental/i,
    phrases: [
      // "X is not recommended" is mostly the guideline's general rule quoted before the patient's facts; these are the reviewer's verdicts.
      /\b(?:is|are) not (?:supported by (?:the )?(?:guidelines?|MTUS|ODG|ACOEM)|indicated for this usage)\b/i,
      /\b(?:guidelines?|MTUS|ODG|ACOEM) do(?:es)? not support the use\b/i,
      /\b(?:MTUS|ODG|ACOEM) does not recommend\b/i,
      /\b(?:largely )?experimental\b/i,
      /\band (?:is|are) not recommended\b/i,
      /\bno recommendations? (?:of|for) /i,
    ],
  },
  {
    tag: 'duration beyond guideline',
    outcome: 'Upheld',
    gate: /long|chronic|prolonged|period|duration|short/i,
    phrases: [
      /\blong[- ]?term use (?:is|are) not (?:recommended|indicated|supported)/i,
      /\bnot (?:indicated|recommended|supported) for (?:long[- ]?term|chronic|prolonged) use/i,
      /\bin excess of the recommended (?:treatment )?(?:period|duration)/i,
      near(NOT_SHOWN, String.raw`short[- ]term (?:use|basis)`),
      /\b(?:recommended|indicated) (?:only )?for short[- ]term (?:use|treatment)[^.]{0,80}?(?:beyond|exceed|longer than|for (?:over|more than) )/i,
      /\btreatment would be on a short-term basis/i,
    ],
  },
  {
    tag: 'first-line treatment not tried',
    outcome: 'Upheld',
    gate: /fail|exhaust|ineffective/i,
    // Before a test or an image, untried conservative care is one of the test's criteria (below).
    except: ['diagnostic'],
    phrases: [
      near(NOT_SHOWN, String.raw`(?:failed|failure of|trialed and failed|tried and failed|exhausted)[^.;]{0,40}?(?:first[- ]line|conservative|other treatment|non-?opioid|antidepressants|anticonvulsants|(?:over-the-counter )?sleep aids|adequate)`, 100),
      /\bhas not failed (?:an? )?(?:adequate )?(?:course of )?conservative/i,
      /\bineffectively controlled by non-?opioid analgesics/i,
      /\bexhausted (?:adequate |all )?conservative/i,
    ],
  },
  {
    tag: 'criteria not met',
    outcome: 'Upheld',
    phrases: [
      /\bcriteria (?:(?:noted|listed|outlined) above )?(?:(?:have|has) not been|are not|were not|not having been|not) met\b/i,
      near(NOT_SHOWN, String.raw`(?:red flags?|neurologic(?:al)? (?:deficits?|dysfunction|abnormalit(?:y|ies)|findings)|focal neurologic|nerve (?:root )?(?:compromise|impairment|entrapment)|radicul(?:opathy|ar pain)|tissue insult|objective (?:functional )?deficits)`, 100),
      /\babsent red flags/i,
      near(NOT_SHOWN, String.raw`(?:clear |specific |clinical )?(?:rationale|indication)s? (?:provided )?(?:by the [a-z ]+ )?(?:for|as to)`, 40),
      near(NOT_SHOWN, String.raw`(?:home )?trial with`, 40),
      near(NOT_SHOWN, String.raw`(?:(?:recent )?conservative (?:treatment|care) of at least|recent conservative)`, 60),
      near(String.raw`lack of (?:clinical )?documentation`, String.raw`(?:the patient ha[sd] (?!gastro)|on exam|on examination)`, 100),
      /\bhas not been diagnosed with\b/i,
      /\bit is unclear (?:how|whether|what|if|why)\b/i,
      /\black of (?:acute )?muscle spasm/i,
      /\black of physical examination findings/i,
      /\bnot (?:been )?noted to be present for more than/i,
      /\bnot clearly stated why\b/i,
      /\bnot involved in a program of functional/i,
      /\bwhich the treater does not discuss or document/i,
      /\bno discussion (?:recorded|or detailed)/i,
      /\bno discussion of surgery/i,
      /\bno mention of this (?:worker|patient|claimant) having/i,
      /\b(?:official reading|report) failed to support/i,
      /\bnot documented\.?$/i,
      /\bnon-diagnostic nature of previous [a-z ]+ is not documented/i,
      /\binadequate documentation to support a reasonable suspicion/i,
      /\bno documentation of severe\b/i,
    ],
  },
  {
    tag: 'criteria not met',
    outcome: 'Upheld',
    only: ['diagnostic'],
    gate: /fail|exhaust/i,
    phrases: [near(NOT_SHOWN, String.raw`(?:failed|failure of|tried and failed|exhausted)[^.;]{0,30}?conservative`, 60)],
  },
  {
    tag: 'quantity beyond guideline',
    outcome: 'Upheld',
    gate: /exceed|excess|beyond|extenuating/i,
    phrases: [
      /\b(?:requested|request|visits?|sessions?|treatments?|therapy|duration|amount|number)[^.;]{0,60}?(?:exceeds?|exceeding|is in excess of|are in excess of|would exceed|beyond) (?:the )?(?:[A-Za-z ]{0,50}?)(?:guidelines?|recommend|MTUS|ODG)/i,
      /\b(?:additional|more) [a-z ]{0,40}?(?:treatment|visits|sessions)[^.;]{0,20}?beyond (?:the )?guideline/i,
      /\bexceeds the recommendation of an? (?:initial )?trial/i,
      /\bno extenuating (?:factors|circumstances)[^.;]{0,80}?additional \d+ (?:sessions|visits)/i,
    ],
  },
  {
    tag: 'weaning recommended',
    outcome: 'Upheld',
    gate: /wean|taper|stop this/i,
    phrases: [
      // Weaning advised for this patient, not the risk of needing it one day ("can lead to dependency requiring weaning").
      near(String.raw`\b(?:recommend|consider|appropriate|should|method for|initiat|begin|start|allow|proceed)`, String.raw`\b(?:wean|taper)`, 40),
      /\b(?:wean|taper)(?:ing|ed)? (?:is|was|should|be|has been) (?:recommended|considered|initiated|appropriate|advised)/i,
      /\bthe patient was to stop this medication/i,
    ],
  },
  {
    tag: 'no GI risk factors',
    outcome: 'Upheld',
    gate: /\bGI\b|gastro|gastric|ulcer/i,
    phrases: [
      near(NOT_SHOWN, String.raw`(?:GI|gastrointestinal|gastric) (?:risk|events?|issues|complaints|symptoms|bleed|history)`, 80),
      near(NOT_SHOWN, String.raw`(?:history of )?peptic ulcer`, 30),
      /\b(?:is|are) not at (?:intermediate |high )?risk for (?:GI|gastrointestinal)/i,
    ],
  },
  {
    tag: 'surgery not certified',
    outcome: 'Upheld',
    gate: /surg|procedure|operation/i,
    phrases: [
      /\b(?:as|because|since|given that) the (?:requested |associated |primary )?(?:surgical (?:intervention|procedure)|surgery|procedure|operation) (?:is|was|has) not (?:been )?(?:medically necessary|certified|authorized|approved|supported)/i,
      /\b(?:surgery|surgical (?:intervention|procedure)|procedure) (?:is|was|has) not (?:been )?(?:certified|authorized|approved)[^.;]{0,60}?(?:therefore|so|thus|the associated|the requested)/i,
    ],
  },
  {
    tag: 'guideline criteria met',
    outcome: 'Overturned',
    phrases: [
      /\b(?:meets?|met|satisf(?:y|ies|ied)|fulfil(?:l|ls|led)) (?:the )?(?:published |evidence[- ]based |guideline )?(?:criteria|guidelines?|the evidence)/i,
      /\b(?:is|are|was|were|thus,?) (?:medically )?(?:indicated|supported|appropriate|reasonable|warranted|recommended)\b/i,
      /\bwithin the guidelines?(?:'s)? recommendation/i,
      /\bcriteria\b[^.;]{0,80}?\b(?:were|are|have been|has been) met\b/i,
      /\bnot in excess of\b/i,
      /\bguidelines? (?:support|recommend)s?\b/i,
      /\b(?:is|are) "recommended"/i,
      /\bobjective evidence of\b/i,
      /\bindication of [a-z ]+ dysfunction/i,
      /\bwith improvement in pain\b/i,
      /\bstandard and appropriate\b/i,
      /\bcompatible with the [a-z ]*(?:treatment|modalities)/i,
      /\bgiven [a-z ]+ (?:trauma|fracture|injury)/i,
    ],
  },
];
