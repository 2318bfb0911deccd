// Precision and recall of the reason tags against the hand-labelled real rationales.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REASON_TAGS, type Category, type Outcome, type ReasonTag } from '../src/domain/letter';
import { readReasons } from '../src/parse/reasons';

export interface LabelledRationale {
  id: string;
  item: string;
  outcome: Outcome;
  category: Category;
  rationale: string;
  reasons: { tag: ReasonTag; phrase: string }[];
}

export interface TagScore {
  tag: ReasonTag;
  labelled: number;
  found: number;
  right: number;
  precision: number;
  recall: number;
  /** Ids read with the tag but not labelled with it, and labelled but not read. */
  extra: string[];
  missed: string[];
}

export function labelledRationales(): LabelledRationale[] {
  const file = join(import.meta.dirname, 'fixtures', 'real', 'reason-labels.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { rationales: LabelledRationale[] }).rationales;
}

export function scoreReasons(set: readonly LabelledRationale[]): TagScore[] {
  return REASON_TAGS.map((tag) => {
    const extra: string[] = [];
    const missed: string[] = [];
    let labelled = 0;
    let found = 0;
    let right = 0;
    for (const r of set) {
      const want = r.reasons.some((reason) => reason.tag === tag);
      const got = readReasons(r.rationale, r.outcome, r.category).includes(tag);
      if (want) labelled++;
      if (got) found++;
      if (want && got) right++;
      if (got && !want) extra.push(r.id);
      if (want && !got) missed.push(r.id);
    }
    return { tag, labelled, found, right, precision: found === 0 ? 1 : right / found, recall: labelled === 0 ? 1 : right / labelled, extra, missed };
  });
}
