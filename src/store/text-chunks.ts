// Letters' texts packed for storage: up to TEXTS_PER_CHUNK texts joined and
// deflated as one value. One inflate per chunk instead of one per letter is
// what makes searching every letter's text quick (a call to the platform's
// decompressor costs more than inflating a letter), while opening one letter
// inflates only its chunk of a few hundred kilobytes.
import { deflateText, inflateText } from './text-codec';

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

export async function packTextChunks(texts: readonly LetterText[]): Promise<PackedTextChunk[]> {
  const chunks: Promise<PackedTextChunk>[] = [];
  for (let i = 0; i < texts.length; i += TEXTS_PER_CHUNK) {
    const slice = texts.slice(i, i + TEXTS_PER_CHUNK);
    const ends: number[] = [];
    let end = 0;
    for (const { text } of slice) ends.push((end += text.length));
    const ids = slice.map((t) => t.letter_id);
    chunks.push(deflateText(slice.map((t) => t.text).join('')).then((data) => ({ ids, ends, data })));
  }
  return Promise.all(chunks);
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
