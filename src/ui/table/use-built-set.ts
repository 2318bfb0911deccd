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

interface Built {
  records: readonly LetterRecord[];
  set: DecisionSet;
}

/**
 * One build at a time, never cut short by newer letters: a build cancelled at
 * each hand-off of a long import would show nothing new until it ended.
 * Letters that came meanwhile are built next, the newest only.
 */
class SetBuilder {
  private wanted: readonly LetterRecord[] = [];
  private stop: (() => void) | null = null;

  constructor(private readonly done: (built: Built | null) => void) {}

  want(records: readonly LetterRecord[]): void {
    this.wanted = records;
    if (records.length === 0) {
      this.end();
      this.done(null);
    } else if (this.stop === null) this.start(records);
  }

  end(): void {
    this.stop?.();
    this.stop = null;
  }

  private start(records: readonly LetterRecord[]): void {
    const step = DecisionSet.build(records, FIRST_OPEN_FACETS);
    this.stop = idleSlices((hasTime) => {
      let set: DecisionSet | null;
      try {
        set = step(hasTime);
      } catch (error) {
        // Thrown on (uncaught, to the console); the next letters still get their build.
        this.stop = null;
        throw error;
      }
      if (set === null) return false;
      this.stop = null;
      this.done({ records, set });
      if (this.wanted !== records && this.wanted.length > 0) this.start(this.wanted);
      return true;
    });
  }
}

export function useBuiltSet(records: readonly LetterRecord[], importing: boolean): BuiltSet | null {
  const [built, setBuilt] = useState<Built | null>(null);
  // A transition: the dashboard's render of new letters gives way to progress and input.
  const [builder] = useState(() => new SetBuilder((next) => startTransition(() => setBuilt(next))));
  useEffect(() => builder.want(records), [builder, records]);
  useEffect(() => () => builder.end(), [builder]);
  // After Clear all data the last set is not shown again, even for a moment.
  if (records.length === 0 || built === null) return null;
  return { set: built.set, moreToCome: importing || built.records !== records };
}
