// A reader (Web Worker) that crashes or hangs on one file costs that file
// only: it is reported, the worker is replaced, and the import goes on. A real
// crash cannot be ordered from a test, so the page's Worker is wrapped before
// the app loads: a message carrying "crash-me.txt" kills the worker and raises
// its error event, one carrying "hang-me.txt" is never delivered. The per-file
// time limit (60 s) of the hung file alone is brought forward: the pool sets a
// file's timer just before it posts the file, so the wrapper fires the last
// long timer set as soon as it swallows the message. Every other file keeps
// its real limit, however slow the machine.
import { expect, test } from '@playwright/test';
import { DashboardPage } from './support/app';
import { decisionCount, generatedPdfs, seedLetters } from './support/letters';

test('a crashed and a hung reader are reported and replaced while every other letter loads', async ({ page }) => {
  await page.addInitScript(() => {
    const realSetTimeout = window.setTimeout.bind(window);
    let lastLongTimer: { id: number; fire: () => void } | null = null;
    window.setTimeout = ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
      const id = realSetTimeout(handler, delay, ...args);
      if ((delay ?? 0) >= 60_000 && typeof handler === 'function') {
        lastLongTimer = { id, fire: () => (handler as (...a: unknown[]) => void)(...args) };
      }
      return id;
    }) as typeof window.setTimeout;

    const post = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: unknown[]) {
      const text = JSON.stringify(message, (_key, value: unknown) =>
        ArrayBuffer.isView(value) || value instanceof ArrayBuffer ? undefined : value,
      );
      if (text?.includes('crash-me.txt')) {
        this.terminate();
        realSetTimeout(() => this.dispatchEvent(new ErrorEvent('error', { message: 'simulated crash' })), 0);
        return;
      }
      if (text?.includes('hang-me.txt')) {
        const deadline = lastLongTimer;
        if (deadline !== null) {
          clearTimeout(deadline.id);
          realSetTimeout(deadline.fire, 0);
        }
        return;
      }
      return (post as (...a: unknown[]) => void).call(this, message, ...rest);
    };
  });
  const app = await DashboardPage.open(page);
  const seeds = seedLetters();
  const pdfs = await generatedPdfs(6, 11);
  const bad = [
    { name: 'crash-me.txt', bytes: new TextEncoder().encode('any text: the wrapper stops it first') },
    { name: 'hang-me.txt', bytes: new TextEncoder().encode('other text: the wrapper swallows it') },
  ];
  // The bad files go first, so the letters after them need the replaced workers.
  await app.dropFiles([...bad, ...seeds, ...pdfs]);

  const good = [...seeds, ...pdfs];
  await app.expectShowing(decisionCount(good), good.length);
  const problems = await app.problems();
  expect(problems).toEqual([
    { file: 'crash-me.txt', reason: expect.stringMatching(/crashed on this file: simulated crash/) as unknown as string },
    { file: 'hang-me.txt', reason: expect.stringMatching(/^timed out: no result after 60 seconds/) as unknown as string },
  ]);

  // The pool keeps working for the next import.
  const more = await generatedPdfs(3, 12);
  await app.dropFiles(more);
  await app.expectShowing(decisionCount(good) + decisionCount(more), good.length + more.length);
});
