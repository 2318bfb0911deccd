// Deciding whether a hyphen at the end of a PDF line is part of the word
// ("non-\ncertified" -> "non-certified") or only a line-break hyphen
// ("medi-\ncation" -> "medication"). Real letters mostly break lines at real
// hyphens (the seeds: "x-rays", "non-compliance", "4-24-15"), so the hyphen
// is kept whenever the split could be a compound.

/** Left parts that are prefixes or first words of hyphenated compounds: always kept. */
export const HYPHEN_PREFIXES: readonly string[] = [
  'all', 'ante', 'anti', 'auto', 'back', 'counter', 'cross', 'day', 'double', 'dual', 'end', 'extra',
  'first', 'follow', 'full', 'half', 'high', 'hyper', 'hypo', 'inter', 'intra', 'left', 'long', 'low',
  'macro', 'mid', 'micro', 'mini', 'multi', 'near', 'neuro', 'non', 'not', 'off', 'one', 'open', 'out',
  'over', 'part', 'peri', 'post', 'pre', 'pseudo', 'right', 'second', 'self', 'semi', 'short', 'single',
  'sub', 'super', 'third', 'three', 'time', 'trans', 'tri', 'two', 'ultra', 'under', 'well', 'work',
  'x', 'year',
];

/**
 * Short prefixes that also begin many plain words ("re-quest", "in-jection",
 * "co-ntinue", "pro-vider"): the hyphen is kept only before the same vowel
 * ("re-evaluation", "co-occurring") or a known compound part ("co-pay").
 */
export const SHORT_PREFIXES: readonly string[] = ['re', 'co', 'de', 'in', 'un', 'bi', 'ex', 'pro'];

export const SHORT_PREFIX_COMPOUNDS: readonly string[] = [
  'assess', 'assessment', 'check', 'established', 'evaluate', 'evaluated', 'evaluation', 'examination',
  'examine', 'injure', 'injured', 'injury', 'start', 'started', 'morbid', 'morbidities', 'morbidity',
  'pay', 'payment', 'payments', 'signed', 'worker', 'workers', 'conditioning', 'conditioned', 'patient',
  'office', 'person', 'home', 'network', 'rated', 'active', 'lateral', 'employee', 'spouse', 'husband',
  'wife', 'escalation', 'identified',
];

/** Right parts that usually follow a hyphen in compounds ("work-related"). */
export const HYPHEN_SECOND_WORDS: readonly string[] = [
  'based', 'bearing', 'day', 'dependent', 'directed', 'free', 'guided', 'induced', 'like', 'month',
  'only', 'op', 'operative', 'related', 'release', 'specific', 'term', 'time', 'type', 'up', 'week',
  'year', 'old',
];
