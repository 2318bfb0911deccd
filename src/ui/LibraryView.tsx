// The library's letters on screen: the empty state, or the dashboard. Reads
// only the letters, whether an import runs and whether the rationales of saved
// letters are in (shared with what shows them), not the import's progress, so
// the dashboard's low-priority renders (each new batch of letters) are not
// redone in one when a progress tick lands (a 120 ms task at an import's first
// hand-off, trace of the 1,024 real PDFs).
import { memo, useCallback, useMemo } from 'react';
import type { LetterLibrary } from '../app/letter-library';
import { EmptyState } from './import/EmptyState';
import { useLibraryPart } from './import/use-letter-library';
import { LetterTextsContext } from './letter/letter-texts';
import { RationalesContext } from './shared/rationales';
import { DecisionsView } from './table/DecisionsView';
import { useBuiltSet } from './table/use-built-set';

export const LibraryView = memo(function LibraryView({ library }: { library: LetterLibrary }) {
  const current = useLibraryPart(library, (state) => state.records);
  const running = useLibraryPart(library, (state) => state.ingest?.state === 'running');
  const rationalesState = useLibraryPart(library, (state) => state.rationales);
  const readRationales = useCallback(() => library.rationalesRead(), [library]);
  const rationales = useMemo(
    () => ({ pending: rationalesState === 'pending', failed: rationalesState === 'failed', read: readRationales }),
    [readRationales, rationalesState],
  );
  // The letters' rows and what the first view reads are built in idle slices (use-built-set.ts).
  const built = useBuiltSet(current, running);
  const letterTexts = useMemo(
    () => ({
      one: (id: string) => library.letterText(id),
      many: (ids: readonly string[]) => library.letterTexts(ids),
      search: library.searchLetterTexts.bind(library),
    }),
    [library],
  );

  if (current.length === 0) return <EmptyState />;
  if (built === null) {
    return (
      <p className="loading" role="status">
        Preparing the table…
      </p>
    );
  }
  return (
    <LetterTextsContext.Provider value={letterTexts}>
      <RationalesContext.Provider value={rationales}>
        <DecisionsView set={built.set} importing={built.moreToCome} />
      </RationalesContext.Provider>
    </LetterTextsContext.Provider>
  );
});
