// Export CSV (the decisions in view, in the table's order) and Export JSON
// (the letters behind them, each once, in order of first appearance).
// Files are written in slices between frames so a 330,000-row export does not
// freeze the page.
import { useState } from 'react';
import { csvFileName } from '../../derive/csv';
import type { DecisionRow } from '../../derive/rows';
import { lettersOfRows } from '../../derive/view-summary';
import { downloadBlob } from '../shared/download';
import { csvParts, jsonParts } from './export-parts';
import { jsonFileName } from './file-names';

const nextTask = () => new Promise<void>((resolve) => window.setTimeout(resolve, 0));

async function collect(parts: Iterable<string>): Promise<string[]> {
  const out: string[] = [];
  for (const part of parts) {
    out.push(part);
    await nextTask();
  }
  return out;
}

type Busy = 'csv' | 'json' | null;

export function ExportButtons({ rows }: { rows: readonly DecisionRow[] }) {
  const [busy, setBusy] = useState<Busy>(null);

  const run = async (kind: 'csv' | 'json') => {
    setBusy(kind);
    try {
      const now = new Date();
      if (kind === 'csv') {
        downloadBlob(new Blob(await collect(csvParts(rows)), { type: 'text/csv;charset=utf-8' }), csvFileName(now));
      } else {
        downloadBlob(new Blob(await collect(jsonParts(lettersOfRows(rows))), { type: 'application/json' }), jsonFileName(now));
      }
    } finally {
      setBusy(null);
    }
  };

  const none = rows.length === 0;
  return (
    <div className="dv-export" role="group" aria-label="Export">
      <button type="button" className="button" disabled={none || busy !== null} onClick={() => void run('csv')}>
        {busy === 'csv' ? 'Exporting…' : 'Export CSV'}
      </button>
      <button type="button" className="button" disabled={none || busy !== null} onClick={() => void run('json')}>
        {busy === 'json' ? 'Exporting…' : 'Export JSON'}
      </button>
    </div>
  );
}
