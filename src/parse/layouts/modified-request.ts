// Modified requests (spec, "Real published letters"): utilization review
// authorised part of a request and only the rest went to IMR. The item line
// then holds three requests, in one of two sentence shapes:
//
//   X was the original request. Y was authorized by the Claims Administrator.
//   The remaining IMR eligible portion of the original request, Z is: Upheld
//
//   X was the original request. The Claims Administrator authorized Y,
//   leaving the original request IMR eligible. The original request, Z is: Overturned
//
// The decided item is Z; X and Y are kept as the original and authorized
// requests. Words may run together where extraction lost a space, so the
// fixed words accept any white space, or none, between them.
import { looseSource } from '../text/regex';

export interface ModifiedRequest {
  item: string;
  original_request: string;
  authorized: string;
}

const ORIGINAL = looseSource('was the original request');
const REMAINING = new RegExp(
  String.raw`^(?<x>[^]+?)\s*${ORIGINAL}\s*\.?\s*(?<y>[^]+?)\s*${looseSource('was authorized by the Claims Administrator')}\s*\.?\s*` +
    String.raw`${looseSource('The remaining IMR eligible portion of the original request')}\s*(?:,|:|${looseSource('is')}\b)?\s*(?<z>[^]+?)$`,
  'i',
);
const LEAVING = new RegExp(
  String.raw`^(?<x>[^]+?)\s*${ORIGINAL}\s*\.?\s*${looseSource('The Claims Administrator authorized')}\s*(?<y>[^]+?)\s*,?\s*` +
    String.raw`${looseSource('leaving the original request IMR eligible')}\s*\.?\s*${looseSource('The original request')}\s*,?\s*(?<z>[^]+?)$`,
  'i',
);
// "..., Z is: Upheld": the verb before the outcome's colon is not part of Z.
const TRAILING_IS = /\s*\bis\s*$/i;
const EDGES = /^[\s,.:;]+|[\s,.:;]+$/g;

/** Every "was the original request", to find where a modified request may start. */
export const ORIGINAL_REQUESTS = new RegExp(ORIGINAL, 'gi');
// Z is one request: a sentence end or a verdict in it means the match ran on
// into a rationale, which can repeat these sentences ("..., is medically necessary.").
const NOT_ONE_REQUEST = /[.!?]\s+[A-Z]|medically\s*necessary/i;

/** The three requests of a modified item (white space already collapsed), or null for a plain item. */
export function readModifiedRequest(item: string): ModifiedRequest | null {
  const m = REMAINING.exec(item) ?? LEAVING.exec(item);
  const groups = m?.groups;
  if (groups === undefined) return null;
  const x = clean(groups.x);
  const y = clean(groups.y);
  const z = clean((groups.z ?? '').replace(TRAILING_IS, ''));
  if (x === '' || y === '' || z === '' || NOT_ONE_REQUEST.test(z)) return null;
  return { item: z, original_request: x, authorized: y };
}

function clean(text: string | undefined): string {
  return (text ?? '').replace(EDGES, '');
}
