// What the page decides before a file goes to a worker: a JSON export is
// loaded back here, and a file too large to be a letter is refused from its
// size and first bytes without being read. Everything else, kept letter texts
// read again included, goes to the pool.
// Behaves as one pool to the ingest session.
import { extractErrors } from '../../extract/errors';
import { isTextSource, type FileSource, type Source } from './file-source';
import { exceedsLetterSize, sizeRefusal } from './size-gate';
import type { FileOutcome } from '../../domain/letter';
import type { OnFileDone, PoolLike } from '../ingest-session';
import { isJsonExport, readJsonExport } from './json-import';
import { isNdjson, readNdjsonInWorker, type ReadNdjson } from './ndjson-import';

// Between batches of a streamed file, the page gets a turn to paint and save.
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function withTriage(pool: PoolLike, onFileDone: OnFileDone, readNdjson: ReadNdjson = readNdjsonInWorker): PoolLike {
  const pending = new Set<Promise<void>>();
  let cancelled = false;

  /** `work` answers the file itself, or gives null to hand it to the pool. */
  const track = (source: FileSource, work: Promise<FileOutcome[] | null>) => {
    const done: Promise<void> = work
      .catch((error: unknown): FileOutcome[] => [
        { file: source.name, ok: false, error: extractErrors.readerFailed(error) },
      ])
      .then((outcomes) => {
        pending.delete(done);
        // Like the pool: a file cut short by cancel() gives no outcome.
        if (cancelled) return;
        if (outcomes) onFileDone(source, outcomes);
        else pool.add([source]);
      });
    pending.add(done);
  };

  // NDJSON files are read one after another: each is a worker of its own, and a
  // dozen part files dropped together would otherwise start a dozen at once.
  let ndjsonQueue: Promise<void> = Promise.resolve();
  const stopReading = new AbortController();

  /** A file read as a stream (NDJSON): its outcomes go on as they come, and it is done at the end. */
  const trackStream = (source: FileSource) => {
    const read = ndjsonQueue.then(() =>
      cancelled
        ? undefined
        : readNdjson(
            source,
            async (outcomes, read) => {
              if (cancelled) return false;
              onFileDone(source, outcomes, { read });
              await nextTask();
              return !cancelled;
            },
            stopReading.signal,
          ),
    );
    const done: Promise<void> = read
      .catch((error: unknown) => {
        if (!cancelled) onFileDone(source, [{ file: source.name, ok: false, error: extractErrors.readerFailed(error) }], { read: null });
      })
      .then(() => {
        pending.delete(done);
        if (!cancelled) onFileDone(source, []);
      });
    ndjsonQueue = done;
    pending.add(done);
  };

  return {
    add(sources) {
      if (cancelled) return;
      const straight: Source[] = [];
      for (const source of sources) {
        if (isTextSource(source)) straight.push(source);
        else if (isJsonExport(source)) track(source, readJsonExport(source));
        else if (isNdjson(source)) trackStream(source);
        else if (exceedsLetterSize(source)) {
          track(
            source,
            sizeRefusal(source).then((error) => (error ? [{ file: source.name, ok: false, error }] : null)),
          );
        } else straight.push(source);
      }
      if (straight.length > 0) pool.add(straight);
    },
    cancel() {
      cancelled = true;
      stopReading.abort();
      pool.cancel();
    },
    dispose() {
      pool.dispose();
    },
    async whenIdle() {
      // A triaged file may still hand work to the pool, so wait for both until neither has any.
      do {
        await Promise.all([...pending]);
        await pool.whenIdle();
      } while (pending.size > 0);
    },
  };
}
