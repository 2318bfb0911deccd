// Nothing leaves the page. The first test records every request the browser
// makes during a whole session (open, drop fifty letters of every kind, load
// the samples, filter, export, reload) and fails on any that is not to the
// app's own origin. The second shows the Content-Security-Policy is what
// stops a request that tried: fetches, scripts, workers, fonts, images and
// inline handlers from anywhere else are refused before they are sent.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { DashboardPage } from './support/app';
import { DecisionsView } from './support/decisions-view';
import { mixedLetters } from './support/mixed-letters';
import { NetworkLog } from './support/network-log';

/** The policy index.html declares; a change to it should be a deliberate one. */
const POLICY =
  "default-src 'self'; script-src 'self'; worker-src 'self'; connect-src 'self'; img-src 'self' data: blob:; " +
  "style-src 'self' 'unsafe-inline'; font-src 'self'; frame-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'";

test('a whole session makes no request to any origin but the app’s own', async ({ page, context, baseURL }) => {
  test.setTimeout(300_000);
  const origin = new URL(baseURL ?? '').origin;
  const log = await NetworkLog.start(context, page);
  const app = await DashboardPage.open(page);
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', POLICY);

  // Fifty letters of every kind, and two files that are not letters.
  const drop = await mixedLetters();
  expect(drop.letters).toBe(50);
  await app.dropFiles(drop.files);
  await expect(app.importSummary).toContainText(`${drop.letters} new letters with ${drop.decisions} decisions; ${drop.problems} problems`);
  await app.expectShowing(drop.decisions, drop.letters);

  // The bundled samples are fetched from the app's own folder (the seeds among them are already loaded).
  await app.loadSamples();
  const added = /: ([\d,]+) new letters? with ([\d,]+) decisions?/.exec(await app.importSummary.innerText());
  const count = (s: string | undefined) => Number((s ?? '').replace(/,/g, ''));
  const letters = drop.letters + count(added?.[1]);
  const decisions = drop.decisions + count(added?.[2]);
  expect(letters).toBeGreaterThan(drop.letters);
  await app.expectShowing(decisions, letters);
  const total = await app.decisionsSummary.innerText();

  // Filter, search, expand a row.
  const view = new DecisionsView(page);
  const outcome = await view.facet('Outcome');
  await outcome.getByRole('checkbox', { name: /^Upheld/ }).check();
  await view.search.fill('opioid');
  await expect(app.decisionsSummary).not.toHaveText(total);
  await page.getByRole('button', { name: /^Details: / }).first().click();

  // Both exports.
  for (const name of ['Export CSV', 'Export JSON']) {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name }).click();
    expect(readFileSync(await (await download).path()).length).toBeGreaterThan(100);
  }
  const violationsBefore = await NetworkLog.violations(page);

  // A reload reads the letters back from this browser's storage, in the same view (it is in the URL).
  const filtered = await app.decisionsSummary.innerText();
  await app.reload();
  await expect(app.decisionsSummary).toHaveText(filtered);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(app.decisionsSummary).toHaveText(total);

  // The log saw the page and its workers: the ingest worker and the PDF reader it loads.
  const paths = log.requests.map((r) => new URL(r.url).pathname);
  expect(paths.some((p) => /\/assets\/ingest\.worker-[\w-]+\.js$/.test(p)), paths.join('\n')).toBe(true);
  expect(paths.some((p) => /\/assets\/pdf\.worker-[\w-]+\.js$/.test(p)), paths.join('\n')).toBe(true);
  expect(paths.some((p) => p.endsWith('/samples/manifest.json'))).toBe(true);

  expect(log.offOrigin(origin), 'requests that left the app’s origin').toEqual([]);
  expect(log.webSockets).toEqual([]);
  expect(violationsBefore, 'CSP violations before the reload').toEqual([]);
  expect(await NetworkLog.violations(page), 'CSP violations after the reload').toEqual([]);
  app.expectNoConsoleErrors();
});

test('the Content-Security-Policy refuses anything from another origin before it is sent', async ({ page, context, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  // Another origin on this machine (a different port); nothing listens there.
  const elsewhere = 'http://127.0.0.1:9';
  const log = await NetworkLog.start(context, page);
  const app = await DashboardPage.open(page);

  const attempts = await page.evaluate(async (elsewhere) => {
    // An attempt ends when it settles or when the policy reports blocking it
    // (a refused load may also fail silently): no timer decides for it.
    const violation = (directive: string) =>
      new Promise<string>((resolve) => {
        const seen = (event: SecurityPolicyViolationEvent) => {
          if (event.effectiveDirective !== directive) return;
          document.removeEventListener('securitypolicyviolation', seen);
          resolve('refused');
        };
        document.addEventListener('securitypolicyviolation', seen);
      });
    const outcome = (directive: string, attempt: () => Promise<unknown>) => {
      const reported = violation(directive);
      return Promise.race([
        reported,
        attempt().then(
          () => 'allowed',
          () => 'refused',
        ),
      ]);
    };
    const loads = (make: () => HTMLElement & { onload: unknown; onerror: unknown }) =>
      new Promise<void>((resolve, reject) => {
        const element = make();
        element.onload = () => resolve();
        element.onerror = () => reject(new Error('refused'));
        document.body.append(element);
      });
    const element = <K extends 'script' | 'link' | 'img'>(tag: K, set: (e: HTMLElementTagNameMap[K]) => void) => () => {
      const e = document.createElement(tag);
      set(e);
      return e;
    };
    return {
      fetch: await outcome('connect-src', () => fetch(`${elsewhere}/fetch`, { method: 'POST', body: 'letters' })),
      // sendBeacon only queues; whether it went is for the violation report and the request log.
      beacon: navigator.sendBeacon(`${elsewhere}/beacon`, 'letters') ? 'queued' : 'refused',
      script: await outcome('script-src-elem', () => loads(element('script', (e) => (e.src = `${elsewhere}/script.js`)))),
      stylesheet: await outcome('style-src-elem', () =>
        loads(
          element('link', (e) => {
            e.rel = 'stylesheet';
            e.href = `${elsewhere}/style.css`;
          }),
        ),
      ),
      image: await outcome('img-src', () => loads(element('img', (e) => (e.src = `${elsewhere}/image.png`)))),
      font: await outcome('font-src', () => new FontFace('Remote', `url(${elsewhere}/font.woff2)`).load()),
      blobWorker: await outcome(
        'worker-src',
        () =>
          new Promise<void>((resolve, reject) => {
            const worker = new Worker(URL.createObjectURL(new Blob(['postMessage(1)'], { type: 'text/javascript' })));
            worker.onmessage = () => resolve();
            worker.onerror = () => reject(new Error('refused'));
          }),
      ),
      eval: await outcome('script-src', async () => (0, eval)('1')),
      // The handler, if it ran, says so at once; the policy reports refusing it.
      inlineHandler: await outcome(
        'script-src-attr',
        () =>
          new Promise<void>((resolve) => {
            window.addEventListener('inline-ran', () => resolve(), { once: true });
            const probe = document.createElement('img');
            probe.setAttribute('onerror', "window.dispatchEvent(new Event('inline-ran'))");
            probe.src = 'data:,not-an-image';
            document.body.append(probe);
          }),
      ),
    };
  }, elsewhere);

  expect(attempts).toEqual({
    fetch: 'refused',
    beacon: 'queued',
    script: 'refused',
    stylesheet: 'refused',
    image: 'refused',
    font: 'refused',
    blobWorker: 'refused',
    eval: 'refused',
    inlineHandler: 'refused',
  });
  // Refused by the policy, not by the closed port: each attempt is a reported violation of its directive.
  const violations = await NetworkLog.violations(page);
  const reported = (directive: string, path?: string) =>
    violations.some((v) => v.directive === directive && (path === undefined || v.blocked === `${elsewhere}${path}`));
  expect(reported('connect-src', '/fetch'), JSON.stringify(violations)).toBe(true);
  expect(reported('connect-src', '/beacon'), JSON.stringify(violations)).toBe(true);
  expect(reported('script-src-elem', '/script.js'), JSON.stringify(violations)).toBe(true);
  expect(reported('style-src-elem', '/style.css'), JSON.stringify(violations)).toBe(true);
  expect(reported('img-src', '/image.png'), JSON.stringify(violations)).toBe(true);
  expect(reported('font-src', '/font.woff2'), JSON.stringify(violations)).toBe(true);
  expect(reported('worker-src'), JSON.stringify(violations)).toBe(true);
  expect(reported('script-src'), JSON.stringify(violations)).toBe(true);
  expect(reported('script-src-attr'), JSON.stringify(violations)).toBe(true);
  // The browser reports the element loads it blocked as requests: the request log of
  // the first test sees an attempt even when the policy stops it. None got out.
  const attempted = log.offOrigin(origin);
  expect(attempted.map((r) => new URL(r.url).pathname).sort()).toEqual(['/font.woff2', '/image.png', '/script.js', '/style.css']);
  for (const request of attempted) expect(request.failure, request.url).toBe('csp');
  // The app itself kept working.
  await expect(app.emptyState).toBeVisible();
});
