// One box searching the item and rationale text of every decision, and, when
// asked, the whole text of every letter (case summaries, histories,
// diagnoses). The whole-letter search runs in a worker; its progress, and a
// way to stop it, show under the box.
import { useId } from 'react';
import type { SearchScope } from '../../derive/filter-state';
import { useRationales } from '../shared/rationales';
import type { LetterSearchState } from './use-letter-search';

const count = (n: number) => n.toLocaleString('en-US');

export interface SearchBoxProps {
  value: string;
  scope: SearchScope;
  onChange: (value: string, scope: SearchScope) => void;
  letterSearch: LetterSearchState | null;
  onCancelLetterSearch: () => void;
}

export function SearchBox({ value, scope, onChange, letterSearch, onCancelLetterSearch }: SearchBoxProps) {
  const id = useId();
  // Right after a reload the saved letters' rationales may still be on their way: the search sees items only until then.
  const rationalesPending = useRationales().pending;
  return (
    <div className="dv-search">
      <label htmlFor={id}>Search items and rationales</label>
      <input
        id={id}
        type="search"
        value={value}
        placeholder="e.g. weaning"
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => onChange(event.currentTarget.value, scope)}
      />
      <label className="dv-search-scope">
        <input
          type="checkbox"
          checked={scope === 'letters'}
          onChange={(event) => onChange(value, event.currentTarget.checked ? 'letters' : 'decisions')}
        />
        also whole letters (case summaries, diagnoses)
      </label>
      {rationalesPending && value.trim() !== '' ? (
        <p className="dv-search-status" role="status">
          Still reading the rationales of the saved letters: matching items only for a moment.
        </p>
      ) : null}
      {letterSearch === null ? null : <LetterSearchStatus state={letterSearch} onCancel={onCancelLetterSearch} />}
    </div>
  );
}

function LetterSearchStatus({ state, onCancel }: { state: LetterSearchState; onCancel: () => void }) {
  const text =
    state.phase === 'running'
      ? state.total === 0
        ? 'Searching whole letters…'
        : `Searching whole letters: ${count(state.done)} of ${count(state.total)}…`
      : state.phase === 'done'
        ? `Whole letters searched: ${count(state.ids?.size ?? 0)} ${state.ids?.size === 1 ? 'letter holds' : 'letters hold'} every word.`
        : state.phase === 'cancelled'
          ? 'Whole-letter search stopped: showing matches in items and rationales only.'
          : `The whole-letter search failed: ${state.error ?? 'unknown error'}.`;
  return (
    <div className="dv-search-status">
      <span role="status">{text}</span>
      {state.phase === 'running' ? (
        <button type="button" className="button button-quiet" onClick={onCancel}>
          Stop search
        </button>
      ) : null}
    </div>
  );
}
