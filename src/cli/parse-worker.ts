// One command-line reader thread: paths in, each file's outcomes out. The
// pipeline is the page's own (worker/pipeline.ts), so every thread reads a
// letter exactly as the one-thread run and the browser do.
import { parentPort } from 'node:worker_threads';
import { readOutcomes } from './read-file';
import type { InputFile } from './walk';

export interface ReaderTask {
  id: number;
  file: InputFile;
}

// tsx turns on source maps for the thread; with them on, Node parsed pdf.js's
// multi-megabyte maps in every thread (0.4 s each in a --cpu-prof of a
// 1,024-letter run). Stack traces in a thread only ever reach a message.
process.setSourceMapsEnabled(false);

const port = parentPort;
if (port === null) throw new Error('parse-worker.ts runs as a worker thread');
port.on('message', (task: ReaderTask) => {
  void readOutcomes(task.file).then((outcomes) => port.postMessage({ id: task.id, outcomes }));
});
