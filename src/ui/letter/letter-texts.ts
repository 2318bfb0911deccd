// How a component gets a letter's kept text: the library, handed down by the
// page once instead of through every component between.
import { createContext, useContext } from 'react';
import type { LetterTextResult } from '../../app/letter-library';
import type { TextSearchProgress, TextSearchRun } from '../../app/text-search';

export interface LetterTexts {
  /** One letter's text, or why there is none. */
  one: (letterId: string) => Promise<LetterTextResult>;
  /** The texts of some letters (a letter without one is absent); rejects when storage fails. */
  many: (letterIds: readonly string[]) => Promise<ReadonlyMap<string, string>>;
  /** The whole-letter search: the letters whose kept text holds every term. */
  search: (terms: readonly string[], onProgress: (progress: TextSearchProgress) => void) => TextSearchRun;
}

export const LetterTextsContext = createContext<LetterTexts>({
  one: async () => ({ kind: 'missing' }),
  many: async () => new Map(),
  search: () => ({ result: Promise.resolve([]), cancel: () => {} }),
});

export function useLetterTexts(): LetterTexts {
  return useContext(LetterTextsContext);
}
