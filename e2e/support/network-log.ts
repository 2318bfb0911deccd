// Records every request a browser context makes (the page, its workers, its
// downloads) and every Content-Security-Policy violation the page reports, so
// a spec can say what left the page, or tried to.
import type { BrowserContext, Page } from '@playwright/test';

export interface LoggedRequest {
  url: string;
  method: string;
  resourceType: string;
  /** Why it failed, once known: Chromium says "csp" when the policy stopped it. */
  failure?: string;
}

export class NetworkLog {
  readonly requests: LoggedRequest[] = [];
  readonly webSockets: string[] = [];

  private constructor() {}

  /** Starts recording before the page's first request; call before page.goto. */
  static async start(context: BrowserContext, page: Page): Promise<NetworkLog> {
    const log = new NetworkLog();
    // Chromium reports an element's load (script, style, image, font) here even when
    // the policy blocks it, so an attempt shows up whether or not it got out.
    const logged = new Map<object, LoggedRequest>();
    context.on('request', (request) => {
      const entry = { url: request.url(), method: request.method(), resourceType: request.resourceType() };
      logged.set(request, entry);
      log.requests.push(entry);
    });
    context.on('requestfailed', (request) => {
      const entry = logged.get(request);
      if (entry) entry.failure = request.failure()?.errorText ?? 'failed';
    });
    page.on('websocket', (socket) => log.webSockets.push(socket.url()));
    await page.addInitScript(() => {
      const seen: Array<{ directive: string; blocked: string }> = [];
      Object.assign(window, { __cspViolations: seen });
      document.addEventListener('securitypolicyviolation', (event) => {
        seen.push({ directive: event.effectiveDirective, blocked: event.blockedURI });
      });
    });
    return log;
  }

  /** Requests whose origin is not `origin`. data: URLs carry their content inline and go nowhere. */
  offOrigin(origin: string): LoggedRequest[] {
    return this.requests.filter((r) => !r.url.startsWith('data:') && new URL(r.url).origin !== origin);
  }

  /** CSP violations the current document has reported (a reload starts a new list). */
  static violations(page: Page): Promise<Array<{ directive: string; blocked: string }>> {
    return page.evaluate(() => (window as unknown as { __cspViolations: Array<{ directive: string; blocked: string }> }).__cspViolations);
  }
}
