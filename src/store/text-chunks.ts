// Letters' texts packed for storage: up to TEXTS_PER_CHUNK texts joined and
// deflated as one value. One inflate per chunk instead of one per letter is
// what makes searching every letter's text quick (a call to the platform's
// decompressor costs more than inflating a letter), while opening one letter
// inflates only its chunk of a few hundred kilobytes.
import { deflateText, inflateText } from './text-codec';
import { buildTextIndex } from './text-index';

export const TEXTS_PER_CHUNK = 64;

/** One letter's extracted text (as read from its file, before the parser cleans it). */
export interface LetterText {
  letter_id: string;
  text: string;
}

export interface PackedTextChunk {
  /** The letters whose texts the chunk holds, in order. */
  ids: string[];
  /** Where each text ends in the joined text (its start is the previous end). */
  ends: number[];
  /** The joined texts, deflated (text-codec.ts). */
  data: Uint8Array<ArrayBuffer>;
}

/** A chunk as it is stored: its texts, and apart from them the words the search reads (text-index.ts). */
export interface PackedTexts {
  chunk: PackedTextChunk;
  index: Uint8Array<ArrayBuffer>;
}

// One chunk at a time: building a chunk's words takes a few milliseconds on
// the page's thread, and awaiting each chunk's deflating between them leaves
// the page free to paint instead of one long task per import flush.
export async function packTextChunks(texts: readonly LetterText[]): Promise<PackedTexts[]> {
  const chunks: PackedTexts[] = [];
  for (let i = 0; i < texts.length; i += TEXTS_PER_CHUNK) {
    const slice = texts.slice(i, i + TEXTS_PER_CHUNK);
    const ends: number[] = [];
    let end = 0;
    for (const { text } of slice) ends.push((end += text.length));
    const data = await deflateText(slice.map((t) => t.text).join(''));
    chunks.push({ chunk: { ids: slice.map((t) => t.letter_id), ends, data }, index: buildTextIndex(slice).bytes });
  }
  return chunks;
}

/** The chunk's texts, or only those of `wanted` letters. */
export async function unpackTextChunk(chunk: PackedTextChunk, wanted?: ReadonlySet<string>): Promise<LetterText[]> {
  const joined = await inflateText(chunk.data);
  const out: LetterText[] = [];
  let start = 0;
  chunk.ids.forEach((letter_id, i) => {
    const end = chunk.ends[i] ?? joined.length;
    if (wanted === undefined || wanted.has(letter_id)) out.push({ letter_id, text: joined.slice(start, end) });
    start = end;
  });
  return out;
}
