// Packing letters' texts for storage (joining and deflating 64 at a time, and
// listing each chunk's words for the search), as the text-pack worker runs it.
// On the page it made a 40-60 ms task of every hand-off during an import of
// real letters (trace of the 1,024 real PDFs); here it takes none of the page's time.
import { transfer } from 'comlink';
import { packTextChunks, type LetterText } from '../store/text-chunks';

export const textPackApi = {
  async pack(texts: readonly LetterText[]) {
    const packed = await packTextChunks(texts);
    // The bytes are handed over, not copied.
    return transfer(
      packed,
      packed.flatMap(({ chunk, index }) => [chunk.data.buffer, index.buffer]),
    );
  },
};

export type TextPackApi = typeof textPackApi;
