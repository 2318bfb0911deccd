// A chunk of letters' words, for the whole-letter search: every distinct
// lower-case word of the chunk's texts (split on whitespace), each with the
// letters that hold it. A search term never holds whitespace (the search box
// splits on it, searchTerms), so a term occurs in a lower-cased text exactly
// when it occurs inside one of that text's words: looking through a chunk's
// few thousand distinct words answers the same question as reading its texts.
//
// Kept as plain bytes, one line per word: the word's UTF-8, 0x01, its letters,
// "\n". Read back one char per byte (which browsers decode at memory
// speed), a term's UTF-8 is found with the string's own indexOf:
// nothing to inflate, split or allocate per word. Inflating deflated texts,
// or deflated word lists, was most of a search's time (BENCHMARKS.md, "Letter
// texts"); the price is a few hundred bytes per letter on disk.
//
// A word's letters: up to MAX_LISTED as one byte each (0x80 + the letter's
// place in the chunk), more as 0x02 then the 64 bits of a mask, 7 to a byte,
// each byte 0x80 + bits. Every such byte is 0x80 or above, so never 0x01 or
// "\n"; words lose their control characters, so hold neither.
import type { LetterText } from './text-chunks';

export interface TextIndex {
  /** The letters, in the order the index numbers them. */
  ids: string[];
  /** The lines, as above. */
  bytes: Uint8Array<ArrayBuffer>;
}

/** The most letters a chunk's index can number (TEXTS_PER_CHUNK is no more). */
export const MAX_INDEXED_LETTERS = 64;
const MAX_LISTED = 9;
const MASK_BYTES = Math.ceil(MAX_INDEXED_LETTERS / 7);
const SEPARATOR = 0x01;
const MASK = 0x02;
const NEWLINE = 0x0a;

const WHITESPACE = /\s+/;
const CONTROL = /[\u0000-\u001f]/g;
// The control characters a split on whitespace leaves inside words (\t \n \v \f \r split them).
const NON_SPACE_CONTROL = /[\u0000-\u0008\u000e-\u001f]/g;

export function buildTextIndex(texts: readonly LetterText[]): TextIndex {
  if (texts.length > MAX_INDEXED_LETTERS) throw new Error(`a text index numbers at most ${MAX_INDEXED_LETTERS} letters, not ${texts.length}`);
  const letters = new Map<string, number[]>();
  let most = 0;
  texts.forEach(({ text }, letter) => {
    // Control characters out first (not the whitespace ones, which split words): the same
    // words as taking them out of each word, in one pass over the text.
    for (const word of text.toLowerCase().replace(NON_SPACE_CONTROL, '').split(WHITESPACE)) {
      if (word.length === 0) continue;
      const list = letters.get(word);
      if (list === undefined) {
        letters.set(word, [letter]);
        // A UTF-16 unit is at most 3 bytes of UTF-8; the separator, the letters and the newline after.
        most += word.length * 3 + 3 + MASK_BYTES;
      } else if (list[list.length - 1] !== letter) list.push(letter);
    }
  });
  // One buffer for every line, the words encoded straight into it: building the index is page
  // work during an import, and a buffer per word was a third of it.
  const bytes = new Uint8Array(most);
  const encoder = new TextEncoder();
  let at = 0;
  for (const [word, list] of letters) {
    at += encoder.encodeInto(word, bytes.subarray(at)).written;
    bytes[at++] = SEPARATOR;
    if (list.length <= MAX_LISTED) {
      for (const letter of list) bytes[at++] = 0x80 + letter;
    } else {
      bytes[at++] = MASK;
      for (const letter of list) bytes[at + Math.floor(letter / 7)]! |= 1 << letter % 7;
      for (let k = 0; k < MASK_BYTES; k++) bytes[at++]! |= 0x80;
    }
    bytes[at++] = NEWLINE;
  }
  return { ids: texts.map((t) => t.letter_id), bytes: bytes.slice(0, at) };
}

// One char per byte ("latin1" is windows-1252 to a browser: still one char per
// byte, and the same bytes always the same chars), so a string position is a
// byte position and a term's bytes are found as its chars.
const singleByte = new TextDecoder('latin1');
const utf8 = new TextEncoder();
const asChars = (bytes: Uint8Array) => singleByte.decode(bytes);

/** Adds to `found` (a bit per letter, two 32-bit halves) the letters of the line whose separator is at `sep`. */
function addLetters(bytes: Uint8Array, sep: number, end: number, found: Uint32Array): void {
  if (bytes[sep + 1] === MASK) {
    for (let k = 0; k < MASK_BYTES; k++) {
      const bits = bytes[sep + 2 + k]! & 0x7f;
      for (let b = 0; b < 7; b++) {
        const letter = k * 7 + b;
        if (bits & (1 << b) && letter < MAX_INDEXED_LETTERS) found[letter >> 5]! |= 1 << (letter & 31);
      }
    }
    return;
  }
  for (let at = sep + 1; at < end; at++) {
    const letter = bytes[at]! - 0x80;
    found[letter >> 5]! |= 1 << (letter & 31);
  }
}

/** The letters of the index whose texts hold every one of `terms` (lower-case, without whitespace). */
export function lettersWithAll(index: TextIndex, terms: readonly string[]): string[] {
  const lines = asChars(index.bytes);
  let all: Uint32Array | null = null;
  for (const term of terms) {
    const needle = asChars(utf8.encode(term.replace(CONTROL, '')));
    const found = new Uint32Array(2);
    for (let from = 0; ; ) {
      const at = lines.indexOf(needle, from);
      if (at === -1) break;
      const sep = lines.indexOf('\x01', at);
      const end = lines.indexOf('\n', at);
      if (sep !== -1 && sep < end && at + needle.length <= sep) {
        // In a word: its letters hold the term; the rest of its line need not be looked at.
        addLetters(index.bytes, sep, end, found);
        from = end + 1;
      } else {
        // Inside a line's letters (bytes of a multi-byte character can look like them): not a word.
        from = at + 1;
      }
    }
    if (all === null) all = found;
    else for (let k = 0; k < 2; k++) all[k]! &= found[k]!;
  }
  const hits = all ?? new Uint32Array([0xffffffff, 0xffffffff]);
  return index.ids.filter((_, i) => ((hits[i >> 5]! >>> (i & 31)) & 1) === 1);
}
