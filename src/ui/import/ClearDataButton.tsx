// "Clear all data", confirmed in an in-page modal dialog (not window.confirm,
// which cannot be styled and blocks the page).
import { useId, useRef } from 'react';
import { plural } from './plural';

export function ClearDataButton({
  letterCount,
  disabled,
  onConfirm,
}: {
  letterCount: number;
  disabled: boolean;
  onConfirm: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();
  return (
    <>
      <button type="button" className="button button-danger-quiet" disabled={disabled} onClick={() => dialog.current?.showModal()}>
        Clear all data
      </button>
      <dialog ref={dialog} className="dialog" aria-labelledby={titleId} aria-describedby={bodyId}>
        <h2 id={titleId} className="dialog-title">
          Clear all data?
        </h2>
        <p id={bodyId}>
          This removes {letterCount === 0 ? 'all letters' : `all ${plural(letterCount, 'letter')}`} and their kept texts
          from this browser. The files on your computer are not touched; you can add them again later.
        </p>
        <div className="dialog-actions">
          <button type="button" className="button" autoFocus onClick={() => dialog.current?.close()}>
            Keep my letters
          </button>
          <button
            type="button"
            className="button button-danger"
            onClick={() => {
              dialog.current?.close();
              onConfirm();
            }}
          >
            Yes, clear all data
          </button>
        </div>
      </dialog>
    </>
  );
}
