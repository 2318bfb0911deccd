// The letters' DecisionSet, built in idle slices with what the first view
// reads (DecisionSet.build), so a large library's first render is not one
// long task (300-400 ms at 330,002 decisions, made at once). While a newer
// set is being built the last one stays on show (an import hands letters over
// every second); there is none before the first.
import { startTransition, useEffect, useState } from 'react';
import type { LetterRecord } from '../../domain/letter';
import { DecisionSet } from '../../derive/decision-set';
import { idleSlices } from '../shared/idle-slices';
import { FIRST_OPEN_FACETS } from './FilterPanel';

export interface BuiltSet {
  set: DecisionSet;
  /** The set shown is not the last word: an import is running, or a set of newer letters is being built. */
  moreToCome: boolean;
}

export function useBuiltSet(records: readonly LetterRecord[], importing: boolean): BuiltSet | null {
  const [built, setBuilt] = useState<{ records: readonly LetterRecord[]; set: DecisionSet } | null>(null);
  useEffect(() => {
    if (records.length === 0) return;
    const step = DecisionSet.build(records, FIRST_OPEN_FACETS);
    return idleSlices((hasTime) => {
      const set = step(hasTime);
      if (set === null) return false;
      // A transition: the dashboard's render of new letters gives way to progress and input.
      startTransition(() => setBuilt({ records, set }));
      return true;
    });
  }, [records]);
  // After Clear all data the last set is not shown again, even for a moment.
  if (records.length === 0 || built === null) return null;
  return { set: built.set, moreToCome: importing || built.records !== records };
}
