// Runs `step` in the browser's idle periods until it says it is done; the
// returned function stops it (for an effect's clean-up). `step` gets a
// hasTime() to check between slices of its work. Where requestIdleCallback is
// missing, short timeouts stand in with a fixed 8 ms budget.

type Step = (hasTime: () => boolean) => boolean;

const IDLE_TIMEOUT_MS = 1000;

export function idleSlices(step: Step): () => void {
  let stopped = false;
  let handle: number | ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    if (typeof requestIdleCallback === 'function') {
      // The timeout keeps the work going on a page that is never idle (a busy tab, a background one):
      // charts would otherwise wait, and say they are busy, for as long as it stays so.
      handle = requestIdleCallback(
        (deadline) => {
          // Called on the timeout, the slice gets the same small budget as without requestIdleCallback.
          const end = performance.now() + 8;
          run(() => deadline.timeRemaining() > 2 || (deadline.didTimeout && performance.now() < end));
        },
        { timeout: IDLE_TIMEOUT_MS },
      );
    } else {
      handle = setTimeout(() => {
        const end = performance.now() + 8;
        run(() => performance.now() < end);
      }, 16);
    }
  };
  const run = (hasTime: () => boolean) => {
    if (stopped) return;
    if (!step(hasTime)) schedule();
  };
  schedule();
  return () => {
    stopped = true;
    if (typeof handle === 'number' && typeof cancelIdleCallback === 'function') cancelIdleCallback(handle);
    else if (handle !== undefined) clearTimeout(handle);
  };
}
