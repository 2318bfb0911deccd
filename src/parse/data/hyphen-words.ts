// Deciding whether a hyphen at the end of a PDF line is part of the word
// ("non-\ncertified" -> "non-certified") or only a line-break hyphen
// ("medi-\ncation" -> "medication"). The hyphen is kept when the part before it
// is one of these prefixes / first words, or the part after it is one of the
// common second words.

/** Left parts that are real prefixes or words in hyphenated compounds. */
export const HYPHEN_PREFIXES: readonly string[] = [
  'a', 'all', 'ante', 'anti', 'auto', 'back', 'bi', 'by', 'co', 'counter', 'cross', 'day', 'de',
  'double', 'dual', 'end', 'ex', 'extra', 'first', 'follow', 'full', 'half', 'high', 'hyper', 'hypo',
  'in', 'inter', 'intra', 'left', 'long', 'low', 'macro', 'mid', 'micro', 'mini', 'multi', 'near',
  'neuro', 'non', 'not', 'off', 'on', 'one', 'open', 'out', 'over', 'part', 'peri', 'post', 'pre',
  'pro', 'pseudo', 're', 'right', 'second', 'self', 'semi', 'short', 'single', 'sub', 'super',
  'third', 'three', 'time', 'trans', 'tri', 'two', 'ultra', 'un', 'under', 'up', 'well', 'work',
  'x', 'year',
];

/** Right parts that usually follow a hyphen in compounds ("work-related"). */
export const HYPHEN_SECOND_WORDS: readonly string[] = [
  'based', 'bearing', 'day', 'dependent', 'directed', 'free', 'guided', 'induced', 'like', 'month',
  'only', 'op', 'operative', 'related', 'release', 'specific', 'term', 'time', 'type', 'up', 'week',
  'year', 'old',
];
