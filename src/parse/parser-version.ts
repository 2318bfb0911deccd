// The version of this parser, stored with every letter it reads. Bump it
// whenever a parser change alters records, so letters saved by an older
// parser are found (and re-read) instead of silently mixing with new ones.
// 2: record version 2 (header table, modified requests, DWC subcategories,
//    guideline citations, real-letter readings).
// 3: reason tags read from each rationale (`reasons`).
export const PARSER_VERSION = 3;
