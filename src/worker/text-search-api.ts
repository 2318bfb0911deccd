// The whole-letter search as the search worker runs it: over the kept texts in
// this browser's IndexedDB, opened by the worker itself, so no text crosses
// to the page. The page cancels a search by ending the worker.
import { openDexieStore, type LetterStore } from '../store';
import { searchKeptTexts, type TextSearchProgress } from '../store/search-texts';

let opened: Promise<LetterStore> | null = null;

function store(): Promise<LetterStore> {
  opened ??= openDexieStore().then((result) => {
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  });
  return opened;
}

export const textSearchApi = {
  async search(terms: readonly string[], onProgress: (progress: TextSearchProgress) => void): Promise<string[]> {
    const result = await searchKeptTexts(await store(), terms, onProgress);
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  },
};

export type TextSearchApi = typeof textSearchApi;
