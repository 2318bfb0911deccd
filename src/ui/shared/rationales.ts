// Whether the saved letters' rationales are still being read after a reload
// (LibraryState.rationales), for what shows or writes a rationale: the
// row details, the letter view, the search box, the exports (off until then).
import { createContext, useContext } from 'react';

export interface Rationales {
  /** They read '' until then, and are set on the same decision objects. */
  pending: boolean;
  /** They could not be read (the page's storage notice says why): they read ''. */
  failed: boolean;
  /** Resolves once they are in (or could not be read; the page says so). */
  read: () => Promise<void>;
}

export const RationalesContext = createContext<Rationales>({ pending: false, failed: false, read: async () => {} });

export function useRationales(): Rationales {
  return useContext(RationalesContext);
}
