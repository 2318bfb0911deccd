// Outcome from prose, for layouts that do not print "Upheld"/"Overturned"
// next to the item: the last verdict stated in the text wins, because a
// rationale ends with its conclusion ("Therefore, the request ... is not
// medically necessary.").

import type { Outcome } from '../../domain/letter';
import { clauseBefore } from '../text/clause';
import { matchesIn } from '../text/regex';

// No word boundary before "medically" or after the verb: extraction can run
// words together ("is notmedically necessary" in a real 2013 notice).
const VERDICT =
  /medically\s*(?:necessary|unnecessary)\b|\bmedical\s*necessity\s*(?:has|have|was|is)\s*(?:not\s*)?(?:been\s*)?(?:established|demonstrated|supported|met)\b|\b(?:upheld|uphold|overturned|overturn|reversed)\b/gi;
// Negations in the same clause before "medically necessary", also one run
// into the word before it ("isnot").
const NEGATION = /\b(?:not|cannot|no|non|neither|nor|never|no\s+longer)\b|n't\b|not$/i;
const CLAUSE_START = /[.;:,!?]/g;


function verdictOf(match: string, before: string): Outcome {
  const lower = match.toLowerCase();
  if (lower.startsWith('upheld') || lower.startsWith('uphold')) return 'Upheld';
  if (lower.startsWith('overturn') || lower.startsWith('reversed')) return 'Overturned';
  if (lower.endsWith('unnecessary')) return 'Upheld';
  if (/^medical\s*necessity/.test(lower)) return /not/.test(lower) ? 'Upheld' : 'Overturned';
  return NEGATION.test(before) ? 'Upheld' : 'Overturned';
}

/** The outcome stated last in `text`, or null when it states none. */
export function outcomeFromText(text: string): Outcome | null {
  let last: Outcome | null = null;
  VERDICT.lastIndex = 0;
  for (const m of matchesIn(VERDICT, text)) last = verdictOf(m[0], clauseBefore(text, m.index, CLAUSE_START));
  return last;
}
