// "Copy link to this view": the page's address, which holds the view's
// filters, search, sort and columns (never a letter's text), for a bookmark
// or a colleague holding the same letters.
import { useState } from 'react';
import { errorMessage } from '../../domain/error-message';

export function CopyViewLink() {
  const [said, setSaid] = useState<string | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setSaid('Link copied: it opens this view for anyone with the same letters.');
    } catch (error) {
      setSaid(`The link could not be copied (${errorMessage(error)}); the address bar holds it.`);
    }
  };
  return (
    <span className="dv-copy-link">
      <button type="button" className="button" onClick={() => void copy()}>
        Copy link to this view
      </button>
      <span role="status" className="dv-copy-link-status">
        {said}
      </span>
    </span>
  );
}
