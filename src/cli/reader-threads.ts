// The command line's reader threads (node:worker_threads), one file at a time
// each. A thread that dies takes only its file with it: that file is reported
// as a crash and a fresh thread takes its place.
import { Worker } from 'node:worker_threads';
import type { FileOutcome } from '../domain/letter';
import { errorMessage } from '../domain/error-message';
import { extractErrors } from '../extract/errors';
import type { ReaderTask } from './parse-worker';
import type { InputFile } from './walk';

interface Waiting {
  task: ReaderTask;
  resolve: (outcomes: FileOutcome[]) => void;
}

export class ReaderThreads {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Waiting>();
  private readonly queue: Waiting[] = [];
  private nextId = 0;
  private closing = false;

  /** `script`: the thread's code (thread-script.ts builds it from parse-worker.ts). */
  constructor(
    count: number,
    private readonly script: URL,
  ) {
    for (let i = 0; i < count; i++) this.idle.push(this.spawn());
  }

  read(file: InputFile): Promise<FileOutcome[]> {
    return new Promise((resolve) => {
      this.queue.push({ task: { id: this.nextId++, file }, resolve });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all([...this.idle, ...this.busy.keys()].map((thread) => thread.terminate()));
  }

  private spawn(): Worker {
    const thread = new Worker(this.script);
    thread.on('message', (message: { id: number; outcomes: FileOutcome[] }) => {
      const waiting = this.busy.get(thread);
      if (waiting?.task.id !== message.id) return;
      this.busy.delete(thread);
      this.idle.push(thread);
      waiting.resolve(message.outcomes);
      this.pump();
    });
    const died = (reason: string) => {
      if (this.closing) return;
      const waiting = this.busy.get(thread);
      this.busy.delete(thread);
      const at = this.idle.indexOf(thread);
      if (at !== -1) this.idle.splice(at, 1);
      if (waiting) waiting.resolve([{ file: waiting.task.file.name, ok: false, error: extractErrors.readerCrashed(reason) }]);
      this.idle.push(this.spawn());
      this.pump();
    };
    thread.on('error', (error) => died(errorMessage(error)));
    thread.on('exit', (code) => {
      if (this.busy.has(thread) || this.idle.includes(thread)) died(`the thread ended (exit code ${code})`);
    });
    return thread;
  }

  private pump(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const thread = this.idle.pop() as Worker;
      const waiting = this.queue.shift() as Waiting;
      this.busy.set(thread, waiting);
      thread.postMessage(waiting.task);
    }
  }
}
