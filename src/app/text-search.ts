// The whole-letter search as the page starts it: one run per query, in its own
// worker over the kept texts in IndexedDB (so the page stays free and no text
// crosses to it), or on the page when the letters live in memory only.
// Cancelling ends the worker at once, wherever it is in the texts.
import { wrap, proxy } from 'comlink';
import type { TextSearchApi } from '../worker/text-search-api';
import { searchKeptTexts, type TextSearchProgress } from '../store/search-texts';
import type { LetterStore } from '../store';
import { workerDeath } from './worker-death';

export type { TextSearchProgress };

export interface TextSearchRun {
  /** The ids of the letters whose text holds every term; null when cancelled. */
  result: Promise<string[] | null>;
  cancel(): void;
}

export type SearchTexts = (terms: readonly string[], onProgress: (progress: TextSearchProgress) => void) => TextSearchRun;

/** Each run in a new module worker, ended when the run ends. */
export const searchTextsInWorker: SearchTexts = (terms, onProgress) => {
  const worker = new Worker(new URL('../worker/text-search.worker.ts', import.meta.url), { type: 'module', name: 'text-search' });
  const api = wrap<TextSearchApi>(worker);
  let cancel: (value: null) => void = () => {};
  const cancelled = new Promise<null>((resolve) => (cancel = resolve));
  const failed = workerDeath(worker, 'the search');
  const result = Promise.race([api.search([...terms], proxy(onProgress)), cancelled, failed]).finally(() => worker.terminate());
  return { result, cancel: () => cancel(null) };
};

/** On the page, over a store it holds (the memory store has no database a worker could open). */
export function searchTextsOnPage(store: LetterStore): SearchTexts {
  return (terms, onProgress) => {
    let stopped = false;
    const result = searchKeptTexts(store, terms, onProgress, () => stopped).then((found) => {
      if (stopped) return null;
      if (!found.ok) throw new Error(found.error.message);
      return found.value;
    });
    return {
      result,
      cancel: () => {
        stopped = true;
      },
    };
  };
}
