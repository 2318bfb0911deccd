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

const port = parentPort;
if (port === null) throw new Error('parse-worker.ts runs as a worker thread');
port.on('message', (task: ReaderTask) => {
  void readOutcomes(task.file).then((outcomes) => port.postMessage({ id: task.id, outcomes }));
});
