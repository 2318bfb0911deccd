// A module worker's death as a promise, for racing against its answers: it
// rejects when the worker's script fails or one of its messages cannot be
// read, and never resolves. Already handled, so a death nobody was waiting for
// is not reported as an unhandled rejection.
export function workerDeath(worker: Worker, what: string): Promise<never> {
  const died = new Promise<never>((_, reject) => {
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      reject(new Error(event.message || `${what} stopped unexpectedly`));
    });
    worker.addEventListener('messageerror', () => reject(new Error(`a message from ${what} could not be read`)));
  });
  died.catch(() => {});
  return died;
}
