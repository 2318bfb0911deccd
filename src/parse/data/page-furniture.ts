// Lines that PDF pages repeat at their top or bottom and that belong to no
// section: page numbers and the case number printed on every page. A line is
// dropped only when it consists of nothing else, so the header block
// "Case Number: CM15-0123456 Date Assigned: ..." is kept.
import { CASE_NUMBER_UNCAPTURED } from './case-number';

/** A case number, optionally labelled, optionally followed by a page number. */
const CASE_LABEL = String.raw`(?:(?:IMR|MAXIMUS)\s+)?Case\s*(?:Number|No\.?|#)?\s*:?\s*`;
const PAGE = String.raw`Page\s+\d{1,4}(?:\s+of\s+\d{1,4})?`;

export const PAGE_FURNITURE_LINES: readonly RegExp[] = [
  new RegExp(String.raw`^-?\s*${PAGE}\s*-?$`, 'i'),
  new RegExp(String.raw`^\d{1,4}\s+of\s+\d{1,4}$`, 'i'),
  // "- 2 -": a bare number is only furniture with the dashes around it; a
  // lone "10" can be the end of a wrapped sentence.
  /^-\s*\d{1,4}\s*-$/,
  new RegExp(String.raw`^(?:${CASE_LABEL})?${CASE_NUMBER_UNCAPTURED}(?:\s*[-|,.]?\s*${PAGE})?$`, 'i'),
  new RegExp(String.raw`^${PAGE}\s*[-|,.]?\s*(?:${CASE_LABEL})?${CASE_NUMBER_UNCAPTURED}$`, 'i'),
  // "Case Number: CM15-0123456 ... Page 2 of 4": a running header with other
  // labels in between. Header fields are read from the text before clean-up.
  new RegExp(String.raw`^(?:${CASE_LABEL})?${CASE_NUMBER_UNCAPTURED}\b.*\b${PAGE}$`, 'i'),
];

/** "Page 2 of 4" inside a line: a footer the text extraction ran into the prose. */
export const INLINE_PAGE_OF = /\s*\bPage \d{1,4} of \d{1,4}\b\s*/g;
