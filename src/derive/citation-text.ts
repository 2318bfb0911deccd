// A guideline citation as one line of text, as the CSV writes it (spec,
// "Guideline citations"): "SOURCE: document § section, section p. pages".
import type { Citation } from '../domain/letter';
import { LIST_SEPARATOR, SERIES_SEPARATOR } from './display-words';

export function citationText(citation: Citation): string {
  let text = citation.source === null ? citation.document : `${citation.source}: ${citation.document}`;
  if (citation.sections.length > 0) text += ` § ${citation.sections.join(SERIES_SEPARATOR)}`;
  if (citation.pages !== null) text += ` p. ${citation.pages}`;
  return text;
}

/** Several citations, each as citationText gives it, joined as the CSV joins lists. */
export function citationsText(citations: readonly Citation[]): string {
  return citations.map(citationText).join(LIST_SEPARATOR);
}
