// Imports an earlier visit did not finish (the tab was closed, the browser
// stopped): what the letters already shown came from is kept, and this names
// the files that were never read, so they can be added again.
import type { InterruptedImport } from '../../app/letter-library';
import { useState } from 'react';
import { plural } from './plural';

const when = (ms: number) =>
  new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(ms));

export function InterruptedImports({ imports, onDismiss }: { imports: readonly InterruptedImport[]; onDismiss: () => void }) {
  if (imports.length === 0) return null;
  return (
    <section className="notice notice-warning interrupted" aria-label="Unfinished imports">
      {imports.map((entry) => (
        <div key={entry.id}>
          <p>
            {`An import of ${plural(entry.files, 'file')} started ${when(entry.startedAt)} did not finish: the page was closed or the browser stopped. The letters it read are kept; ${
              entry.notRead.length === 0 ? 'every file was read.' : `${plural(entry.notRead.length, 'file was', 'files were')} never read. Add them again to read them.`
            }`}
          </p>
          {entry.notRead.length > 0 ? <NotRead names={entry.notRead} /> : null}
        </div>
      ))}
      <button type="button" className="button button-quiet" onClick={onDismiss}>
        Dismiss
      </button>
    </section>
  );
}

/** Every file not read, listed once the user opens the list (an import of thousands lists thousands). */
function NotRead({ names }: { names: readonly string[] }) {
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Files not read</summary>
      {open ? (
        // Scrolls on its own, so it takes the keyboard focus that scrolling needs.
        <ul className="file-list" tabIndex={0} aria-label="Files not read">
          {names.map((name, i) => (
            <li key={`${i}:${name}`}>{name}</li>
          ))}
        </ul>
      ) : null}
    </details>
  );
}
