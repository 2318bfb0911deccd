// The whole-letter search behind the search box: when its scope is "whole
// letters", each query (once typing pauses) runs over the kept letter texts,
// in a worker, and its result joins the filters when it arrives. A new query
// or a change of scope cancels the one running.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { SearchScope } from '../../derive/filter-state';
import { searchTerms } from '../../derive/search-index';
import { errorMessage } from '../../domain/error-message';
import { useLetterTexts } from '../letter/letter-texts';

export interface LetterSearchState {
  /** The query's words, as one key: a result belongs to this query only. */
  key: string;
  phase: 'running' | 'done' | 'cancelled' | 'failed';
  /** Letters whose text has been looked at, of `total`. */
  done: number;
  total: number;
  /** The letters whose text holds every word, once done. */
  ids: ReadonlySet<string> | null;
  error: string | null;
}

// Typing on starts no search per keystroke: the query runs once typing pauses this long.
const PAUSE_MS = 300;

export function useLetterSearch(search: string, scope: SearchScope): { state: LetterSearchState | null; cancel: () => void } {
  const texts = useLetterTexts();
  const terms = searchTerms(search);
  const key = scope === 'letters' ? terms.join(' ') : '';
  const [state, setState] = useState<LetterSearchState | null>(null);
  const cancelRun = useRef<() => void>(() => {});

  useEffect(() => {
    if (key === '') return;
    let run: { cancel: () => void } | null = null;
    let current = true;
    const timer = setTimeout(() => {
      const started = texts.search(key.split(' '), ({ done, total }) => {
        if (current) setState((s) => (s?.key === key && s.phase === 'running' ? { ...s, done, total } : s));
      });
      run = started;
      cancelRun.current = () => {
        started.cancel();
        if (current) setState((s) => (s?.key === key && s.phase === 'running' ? { ...s, phase: 'cancelled' } : s));
      };
      setState({ key, phase: 'running', done: 0, total: 0, ids: null, error: null });
      started.result.then(
        (ids) => {
          if (!current || ids === null) return;
          setState((s) => (s?.key === key ? { ...s, phase: 'done', done: s.total, ids: new Set(ids) } : s));
        },
        (error: unknown) => {
          if (current) setState((s) => (s?.key === key ? { ...s, phase: 'failed', error: errorMessage(error) } : s));
        },
      );
    }, PAUSE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
      run?.cancel();
      cancelRun.current = () => {};
    };
  }, [key, texts]);

  const cancel = useCallback(() => cancelRun.current(), []);
  return { state: state?.key === key && key !== '' ? state : null, cancel };
}
