// The page shell: header with the import controls, the import status and
// problems, then the decisions view (or the empty state). Holds no data of its
// own: the letters live in the LetterLibrary.
import { useCallback, useState } from 'react';
import type { FileSource } from '../app/files/file-source';
import { AddLettersButton } from './import/AddLettersButton';
import { ClearDataButton } from './import/ClearDataButton';
import { DropZone } from './import/DropZone';
import { IngestStatus } from './import/IngestStatus';
import { InterruptedImports } from './import/InterruptedImports';
import type { LetterLibrary } from '../app/letter-library';
import { OlderReadingsNotice } from './import/OlderReadingsNotice';
import { ProblemsPanel } from './import/ProblemsPanel';
import { sampleSources } from '../app/files/sample-sources';
import { StorageNotice } from './import/StorageNotice';
import { StorageUse } from './import/StorageUse';
import { useLetterLibrary } from './import/use-letter-library';
import { LibraryView } from './LibraryView';

export function App({ library }: { library: LetterLibrary }) {
  const state = useLetterLibrary(library);
  const [dismissedRun, setDismissedRun] = useState<number | null>(null);
  const [samples, setSamples] = useState<{ loading: boolean; error: string | null }>({ loading: false, error: null });

  const add = useCallback((sources: FileSource[]) => void library.add(sources), [library]);

  const loadSamples = async () => {
    setSamples({ loading: true, error: null });
    const result = await sampleSources(import.meta.env.BASE_URL);
    setSamples({ loading: false, error: result.ok ? null : result.message });
    if (result.ok) add(result.sources);
  };

  const ingest = state.ingest;
  const running = ingest?.state === 'running';
  const showIngest = ingest !== null && ingest.runId !== dismissedRun;

  return (
    <DropZone onFiles={add}>
      <header className="app-header">
        <div className="brand">
          <h1 className="brand-name">IMR Dashboard</h1>
          <p className="brand-tagline">California workers&rsquo; compensation IMR determination letters</p>
        </div>
        <div className="toolbar">
          <AddLettersButton onFiles={add} />
          <button type="button" className="button" disabled={samples.loading} onClick={() => void loadSamples()}>
            Load sample letters
          </button>
          <ClearDataButton
            letterCount={state.records.length}
            disabled={running || state.phase !== 'ready' || state.records.length === 0}
            onConfirm={() => void library.clearAll()}
          />
        </div>
      </header>

      <div className="app-notices">
        {state.storageIssue && <StorageNotice issue={state.storageIssue} />}
        <OlderReadingsNotice count={state.olderReadings} />
        <InterruptedImports imports={state.interrupted} onDismiss={() => void library.dismissInterrupted()} />
        {samples.error && (
          <p className="notice notice-warning" role="alert">
            Sample letters could not be loaded: {samples.error}.
          </p>
        )}
        {showIngest && (
          <IngestStatus progress={ingest} onCancel={() => library.cancel()} onDismiss={() => setDismissedRun(ingest.runId)} />
        )}
        {showIngest && <ProblemsPanel problems={ingest.problems} />}
      </div>

      <main className="app-main">
        {state.phase === 'opening' ? (
          <p className="loading" role="status">
            Loading saved letters…
          </p>
        ) : (
          <LibraryView library={library} />
        )}
      </main>

      <footer className="app-footer">
        <StorageUse storage={state.storage} disk={state.disk} />
      </footer>
    </DropZone>
  );
}
