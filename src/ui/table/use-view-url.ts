// The decisions view kept in the address bar: each change of filters, sort
// or columns becomes a history entry (typing in the search box updates the
// current entry instead of adding one per keystroke), Back and Forward bring
// the view of that entry back, and a reload or a copied link opens it.
import { useEffect } from 'react';
import { readDecisionsQuery, writeDecisionsQuery, type DecisionsQuery } from '../../derive/view-query';

/** The view the page's address asks for (the default view when it asks for none). */
export function viewFromAddress(): DecisionsQuery {
  return readDecisionsQuery(window.location.search);
}

export function useViewUrl(query: DecisionsQuery, apply: (query: DecisionsQuery) => void): void {
  const text = writeDecisionsQuery(query);
  useEffect(() => {
    const current = window.location.search.replace(/^\?/, '');
    if (text === current) return;
    const before = readDecisionsQuery(current);
    // Only the search words changed, from some words to others: still typing, or refining one
    // search; one entry for all of it. Starting or clearing a search is a step of its own.
    const typing =
      before.filters.search !== '' &&
      query.filters.search !== '' &&
      writeDecisionsQuery({ ...before, filters: { ...before.filters, search: query.filters.search } }) === text;
    const url = `${window.location.pathname}${text === '' ? '' : `?${text}`}${window.location.hash}`;
    if (typing) window.history.replaceState(window.history.state, '', url);
    else window.history.pushState(null, '', url);
    // `query` is read through `text`, which says all of it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [text]);
  useEffect(() => {
    const onPop = () => apply(readDecisionsQuery(window.location.search));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [apply]);
}
