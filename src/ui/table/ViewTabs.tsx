// The dashboard's views, one click or one key apart: a tab list (arrow keys
// move between tabs, as ARIA's tab pattern has it) and the keys 1, 2 and 3
// anywhere outside a text field.
import { useEffect, useId, useMemo, type KeyboardEvent } from 'react';
import { VIEWS, type ViewName } from '../../derive/view-query';

const LABELS: Record<ViewName, string> = { overview: 'Overview', decisions: 'Decisions', compare: 'Compare' };

export interface ViewIds {
  tab: (view: ViewName) => string;
  panel: (view: ViewName) => { id: string; role: 'tabpanel'; 'aria-labelledby': string };
}

/** Ids tying each tab to its panel. */
export function useViewIds(): ViewIds {
  const base = useId();
  return useMemo(
    () => ({
      tab: (view) => `${base}-tab-${view}`,
      panel: (view) => ({ id: `${base}-panel-${view}`, role: 'tabpanel', 'aria-labelledby': `${base}-tab-${view}` }),
    }),
    [base],
  );
}

export function ViewTabs({ current, onChange, ids }: { current: ViewName; onChange: (view: ViewName) => void; ids: ViewIds }) {
  const move = (event: KeyboardEvent, from: ViewName) => {
    const at = VIEWS.indexOf(from);
    const next =
      event.key === 'ArrowRight' ? VIEWS[(at + 1) % VIEWS.length] : event.key === 'ArrowLeft' ? VIEWS[(at + VIEWS.length - 1) % VIEWS.length] : null;
    if (next === null || next === undefined) return;
    event.preventDefault();
    onChange(next);
    document.getElementById(ids.tab(next))?.focus();
  };
  return (
    <div className="dv-tabs" role="tablist" aria-label="Views">
      {VIEWS.map((view, i) => (
        <button
          key={view}
          type="button"
          role="tab"
          id={ids.tab(view)}
          aria-selected={view === current}
          aria-controls={ids.panel(view).id}
          tabIndex={view === current ? 0 : -1}
          className="dv-tab"
          onClick={() => onChange(view)}
          onKeyDown={(event) => move(event, view)}
        >
          {LABELS[view]} <kbd aria-hidden="true">{i + 1}</kbd>
        </button>
      ))}
    </div>
  );
}

const TYPING = 'input, textarea, select, [contenteditable="true"]';

/** Keys 1, 2, 3 show the views, unless the user is typing or a dialog is open. */
export function useViewKeys(onChange: (view: ViewName) => void): void {
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest(TYPING) || document.querySelector('dialog[open]')) return;
      const view = VIEWS[Number(event.key) - 1];
      if (!/^[1-9]$/.test(event.key) || view === undefined) return;
      event.preventDefault();
      onChange(view);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onChange]);
}
