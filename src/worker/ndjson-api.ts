// Reading the command line's NDJSON, as the NDJSON worker runs it. On the page
// the reading (decoding, splitting, JSON.parse and the record checks of every
// line) was about a third of the main thread's time through an import of
// 100,000 letters, and its garbage (each line's text, hundreds of megabytes in
// all) brought collections of 100-400 ms onto it (BENCHMARKS.md, NDJSON import).
import type { FileOutcome } from '../domain/letter';
import { streamNdjson } from './ndjson-lines';

export const ndjsonApi = {
  /**
   * Reads `file` (named `name` in the outcomes), handing each batch, with the
   * share of the file read so far (null for an empty file), to `onBatch`, which
   * answers whether to go on. The next batch is read while
   * the page takes the last one, never more than one ahead.
   */
  async read(file: Pick<Blob, 'stream' | 'size'>, name: string, onBatch: (outcomes: FileOutcome[], read: number | null) => Promise<boolean>): Promise<void> {
    let taken: Promise<boolean> = Promise.resolve(true);
    let stop = false;
    await streamNdjson(
      name,
      file.stream(),
      async (outcomes, bytesRead) => {
        if (!(await taken)) {
          stop = true;
          return;
        }
        taken = onBatch(outcomes, file.size > 0 ? bytesRead / file.size : null);
      },
      () => stop,
    );
    await taken;
  },
};

export type NdjsonApi = typeof ndjsonApi;
