// The phrases a decision's reasons were read from, for the page to mark: the
// parser's own reading (src/parse/reasons.ts, pure and small), run again on
// the one rationale shown, so the marks are exactly what gave each tag.
import type { Decision } from '../domain/letter';
import type { ReasonSpan } from '../derive/text-marks';
import { reasonSpans } from '../parse/reasons';

/** Where in the rationale each reason was read, overlapping phrases merged under the first reason. */
export function reasonPhrases(decision: Pick<Decision, 'rationale' | 'outcome' | 'category'>): ReasonSpan[] {
  const merged: ReasonSpan[] = [];
  for (const span of reasonSpans(decision.rationale, decision.outcome, decision.category)) {
    const last = merged[merged.length - 1];
    if (last !== undefined && span.start < last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}
