// The parser's public face: text in, LetterRecord or a reason out.
export { parseLetter } from './parse-letter';
export type { LetterMeta, ParseOptions } from './parse-letter';
export { PARSER_VERSION } from './parser-version';
