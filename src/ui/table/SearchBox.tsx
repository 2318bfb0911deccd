// One box searching the item and rationale text of every decision.
import { useId } from 'react';

export function SearchBox({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const id = useId();
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
        onChange={(event) => onChange(event.currentTarget.value)}
      />
    </div>
  );
}
