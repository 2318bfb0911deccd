// Page model of the dashboard for Playwright specs: open it with fresh storage,
// add files through the picker or a drop, wait for the import to finish, read
// what it reported. Specs speak in user terms through this; locators are by role.
import { expect, type Locator, type Page } from '@playwright/test';

export interface LetterFile {
  name: string;
  bytes: Uint8Array;
  mimeType?: string;
}

function mimeFor(name: string): string {
  if (name.endsWith('.pdf')) return 'application/pdf';
  if (name.endsWith('.zip')) return 'application/zip';
  if (name.endsWith('.txt')) return 'text/plain';
  return 'application/octet-stream';
}

export class DashboardPage {
  /** Console errors and page errors seen so far (CSP violations show up here). */
  readonly consoleErrors: string[] = [];

  constructor(readonly page: Page) {
    page.on('console', (message) => {
      if (message.type() === 'error') this.consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => this.consoleErrors.push(error.message));
  }

  /**
   * Opens the app and waits until saved letters are loaded. Every Playwright test
   * gets a new browser context, so storage starts empty unless the test reloads.
   */
  /** Shows one of the dashboard's views (Overview, Decisions, Compare) by its tab. */
  async showView(name: 'Overview' | 'Decisions' | 'Compare'): Promise<void> {
    const tab = this.page.getByRole('tablist', { name: 'Views' }).getByRole('tab', { name: new RegExp(`^${name}`) });
    await tab.click();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
  }

  /** Opens the page, at `url` (a view's link) or at its start. */
  static async open(page: Page, url = '/'): Promise<DashboardPage> {
    const app = new DashboardPage(page);
    await page.goto(url);
    await app.waitUntilReady();
    return app;
  }

  async reload(): Promise<void> {
    await this.page.reload();
    // A new page counts its import runs from the start again.
    this.runsSeen = 0;
    await this.waitUntilReady();
  }

  /**
   * The highest run number this page has started. Clear all data hides the
   * import status, so the status alone cannot tell which run comes next.
   */
  private runsSeen = 0;

  async nextRunId(): Promise<number> {
    this.runsSeen = Math.max(this.runsSeen, await this.lastRunId()) + 1;
    return this.runsSeen;
  }

  async waitUntilReady(): Promise<void> {
    await expect(this.page.getByRole('heading', { name: 'IMR Dashboard', level: 1 })).toBeVisible();
    await expect(this.page.getByText('Loading saved letters…')).toHaveCount(0);
  }

  get addLettersInput(): Locator {
    return this.page.getByLabel('Add letters', { exact: true });
  }

  get loadSamplesButton(): Locator {
    return this.page.getByRole('button', { name: 'Load sample letters' });
  }

  get clearAllButton(): Locator {
    return this.page.getByRole('button', { name: 'Clear all data', exact: true });
  }

  /** The import's progress and, once done, its summary. */
  get importStatus(): Locator {
    return this.page.getByRole('region', { name: 'Import' });
  }

  get importSummary(): Locator {
    return this.importStatus.getByRole('status');
  }

  get problemsPanel(): Locator {
    return this.page.getByRole('region', { name: 'Problems' });
  }

  /** The decisions view (or the empty state). */
  get main(): Locator {
    return this.page.getByRole('main');
  }

  /** The decisions view's "Showing X of Y decisions from Z letters" line. */
  get decisionsSummary(): Locator {
    return this.main.getByText(/^Showing [\d,]+ of [\d,]+ decisions? from [\d,]+ letters?$/);
  }

  get decisionsTable(): Locator {
    return this.page.getByRole('region', { name: 'Decisions table' });
  }

  /** Outcome badges in the rendered table rows (the table is virtualised: only rows near the viewport exist). */
  outcomeBadges(outcome: 'Upheld' | 'Overturned'): Locator {
    return this.decisionsTable.getByRole('cell').getByText(outcome, { exact: true });
  }

  /** Waits for the unfiltered table to hold exactly these many decisions and letters. */
  async expectShowing(decisions: number, letters: number): Promise<void> {
    const n = (count: number, one: string) => `${count.toLocaleString('en-US')} ${count === 1 ? one : `${one}s`}`;
    await expect(this.decisionsSummary).toHaveText(
      `Showing ${decisions.toLocaleString('en-US')} of ${n(decisions, 'decision')} from ${n(letters, 'letter')}`,
    );
  }

  get emptyState(): Locator {
    return this.page.getByRole('heading', { name: /Drop IMR determination letters/ });
  }

  /** Number of the last import run shown, 0 before the first. */
  async lastRunId(): Promise<number> {
    if ((await this.importStatus.count()) === 0) return 0;
    return Number(await this.importStatus.getAttribute('data-run-id'));
  }

  /** Waits until import run `runId` has finished (every file read, every letter saved). */
  async waitForImport(runId: number): Promise<void> {
    await expect(this.importStatus).toHaveAttribute('data-run-id', String(runId), { timeout: 90_000 });
    await expect(this.importStatus).toHaveAttribute('aria-busy', 'false', { timeout: 90_000 });
  }

  /** Adds files through the "Add letters" picker and waits for the import to finish. */
  async addFiles(files: readonly LetterFile[]): Promise<void> {
    const next = await this.nextRunId();
    await this.addLettersInput.setInputFiles(
      files.map((f) => ({ name: f.name, mimeType: f.mimeType ?? mimeFor(f.name), buffer: Buffer.from(f.bytes) })),
    );
    await this.waitForImport(next);
  }

  /**
   * Drops files on the page the way a browser does: a drop event whose DataTransfer
   * carries File objects, built in the page from the bytes given here.
   */
  async dropFiles(files: readonly LetterFile[]): Promise<void> {
    const next = await this.nextRunId();
    const payload = files.map((f) => ({
      name: f.name,
      type: f.mimeType ?? mimeFor(f.name),
      base64: Buffer.from(f.bytes).toString('base64'),
    }));
    const dataTransfer = await this.page.evaluateHandle((items) => {
      const transfer = new DataTransfer();
      for (const item of items) {
        const binary = atob(item.base64);
        const bytes = new Uint8Array(binary.length);
        for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
        transfer.items.add(new File([bytes], item.name, { type: item.type }));
      }
      return transfer;
    }, payload);
    const zone = this.page.getByTestId('drop-zone');
    await zone.dispatchEvent('dragenter', { dataTransfer });
    await zone.dispatchEvent('dragover', { dataTransfer });
    await zone.dispatchEvent('drop', { dataTransfer });
    await dataTransfer.dispose();
    await this.waitForImport(next);
  }

  /** Loads the bundled sample letters and waits for them. */
  async loadSamples(): Promise<void> {
    const next = await this.nextRunId();
    await this.loadSamplesButton.click();
    await this.waitForImport(next);
  }

  /** The problems panel as [file, reason] pairs (empty when there is no panel). */
  async problems(): Promise<Array<{ file: string; reason: string }>> {
    if ((await this.problemsPanel.count()) === 0) return [];
    const items = this.problemsPanel.getByRole('listitem');
    const out: Array<{ file: string; reason: string }> = [];
    for (const item of await items.all()) {
      out.push({
        file: (await item.locator('.problem-file').innerText()).trim(),
        reason: (await item.locator('.problem-reason').innerText()).trim(),
      });
    }
    return out;
  }

  /** Clears every letter through the confirmation dialog. */
  async clearAllData(): Promise<void> {
    await this.clearAllButton.click();
    const dialog = this.page.getByRole('dialog', { name: 'Clear all data?' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Yes, clear all data' }).click();
    await expect(dialog).toBeHidden();
  }

  /** Fails the test if the page logged an error (a CSP violation, an uncaught exception). */
  expectNoConsoleErrors(): void {
    expect(this.consoleErrors, 'console errors').toEqual([]);
  }
}
