// The file picker, dressed as a button. The input itself stays in the tab
// order (visually hidden, not display:none) so keyboard users reach it.
import type { FileSource } from '../../app/files/file-source';
import { pickedSources } from '../../app/files/collect-dropped';

// .json: an earlier Export JSON, loaded back; .ndjson/.jsonl: the command line's output.
const ACCEPT = '.pdf,.txt,.zip,.json,.ndjson,.jsonl,application/pdf,text/plain,application/zip,application/json,application/x-ndjson';

export function AddLettersButton({ onFiles }: { onFiles: (sources: FileSource[]) => void }) {
  return (
    <label className="button button-primary file-button">
      <input
        type="file"
        multiple
        accept={ACCEPT}
        className="visually-hidden"
        onChange={(event) => {
          const sources = pickedSources(event.currentTarget.files);
          // Reset so choosing the same files again fires another change.
          event.currentTarget.value = '';
          if (sources.length > 0) onFiles(sources);
        }}
      />
      Add letters
    </label>
  );
}
