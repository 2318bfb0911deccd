// Export CSV (the decisions in view, in the table's order) and Export JSON
// (the letters behind them, each once, in order of first appearance), with
// or without the letters' kept texts.
// Files are written in slices between frames so a 330,000-row export does not
// freeze the page.
import { useId, useState } from 'react';
import { csvFileName } from '../../derive/csv';
import type { RowList } from '../../derive/row-list';
import { lettersOfRows } from '../../derive/view-summary';
import { errorMessage } from '../../domain/error-message';
import { downloadBlob } from '../shared/download';
import { useLetterTexts } from '../letter/letter-texts';
import { useRationales } from '../shared/rationales';
import { csvParts, jsonParts } from './export-parts';
import { jsonFileName } from './file-names';

const nextTask = () => new Promise<void>((resolve) => window.setTimeout(resolve, 0));

async function collect(parts: Iterable<string> | AsyncIterable<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const part of parts) {
    out.push(part);
    await nextTask();
  }
  return out;
}

type Kind = 'csv' | 'json';

export function ExportButtons({ rows }: { rows: RowList }) {
  const [busy, setBusy] = useState<Kind | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  // Export JSON with each letter's kept text, so the file restores a whole library in another browser.
  const [withTexts, setWithTexts] = useState(false);
  const texts = useLetterTexts();
  const rationales = useRationales();

  const run = async (kind: Kind) => {
    setBusy(kind);
    setFailed(null);
    try {
      const now = new Date();
      if (kind === 'csv') {
        downloadBlob(new Blob(await collect(csvParts(rows)), { type: 'text/csv;charset=utf-8' }), csvFileName(now));
      } else {
        const parts = jsonParts(lettersOfRows(rows), withTexts ? texts.many : null);
        downloadBlob(new Blob(await collect(parts), { type: 'application/json' }), jsonFileName(now));
      }
    } catch (error) {
      setFailed(`The export could not be made: ${errorMessage(error)}.`);
    } finally {
      setBusy(null);
    }
  };

  const none = rows.length === 0;
  // Right after a reload the rows' rationales are on their way, and the search's rows may
  // change when they come: the exports wait. A JSON export restores a library, so it is not
  // written without rationales that could not be read (a CSV says so in the page's notice).
  const waiting = rationales.pending;
  const noteId = useId();
  const note = waiting
    ? 'Export waits for the rationales of the saved letters, still being read.'
    : rationales.failed
      ? 'Export JSON needs the rationales, which could not be read: reload the page to try again.'
      : null;
  return (
    <div className="dv-export" role="group" aria-label="Export">
      <button
        type="button"
        className="button"
        disabled={none || busy !== null || waiting}
        aria-describedby={waiting ? noteId : undefined}
        onClick={() => void run('csv')}
      >
        {busy === 'csv' ? 'Exporting…' : 'Export CSV'}
      </button>
      <button
        type="button"
        className="button"
        disabled={none || busy !== null || waiting || rationales.failed}
        aria-describedby={note === null ? undefined : noteId}
        onClick={() => void run('json')}
      >
        {busy === 'json' ? 'Exporting…' : 'Export JSON'}
      </button>
      <label className="dv-export-option">
        <input type="checkbox" checked={withTexts} disabled={busy !== null} onChange={(event) => setWithTexts(event.target.checked)} />
        with letter texts
      </label>
      {note === null ? null : (
        <p className="dv-export-note" id={noteId} role="status">
          {note}
        </p>
      )}
      {failed === null ? null : (
        <p className="dv-export-error" role="alert">
          {failed}
        </p>
      )}
    </div>
  );
}
