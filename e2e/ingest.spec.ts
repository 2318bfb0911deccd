// Adding letters: through the picker, by dropping files and archives, the
// bundled samples; duplicates are counted once; a bad file is reported while
// the good ones load.
import { expect, test } from '@playwright/test';
import { zipSync } from 'fflate';
import { DashboardPage } from './support/app';
import { decisionCount, generatedPdfs, notALetter, seedLetters, type ExpectedLetter } from './support/letters';

/** Each outcome the letters decide shows up as a badge in the table. */
async function expectBadgesFor(app: DashboardPage, letters: readonly ExpectedLetter[]): Promise<void> {
  const outcomes = new Set(letters.flatMap((l) => l.expected.decisions.map((d) => d.outcome)));
  for (const outcome of outcomes) await expect(app.outcomeBadges(outcome).first()).toBeVisible();
}

test.describe('adding letters', () => {
  test('seed letters and generated PDFs added with the picker all load', async ({ page }) => {
    const app = await DashboardPage.open(page);
    await expect(app.emptyState).toBeVisible();
    const letters = [...seedLetters(), ...(await generatedPdfs(4))];

    await app.addFiles(letters);

    await expect(app.importSummary).toHaveText(
      `Finished reading ${letters.length} files: ${letters.length} new letters with ${decisionCount(letters)} decisions.`,
    );
    expect(await app.problems()).toEqual([]);
    await expect(app.emptyState).toHaveCount(0);
    await app.expectShowing(decisionCount(letters), letters.length);
    await expectBadgesFor(app, letters);
    app.expectNoConsoleErrors();
  });

  test('dropped files load, and a file that is not a letter is listed with its reason while the rest load', async ({
    page,
  }) => {
    const app = await DashboardPage.open(page);
    const letters = [...seedLetters().slice(0, 3), ...(await generatedPdfs(2, 11))];
    const junk = notALetter('grocery-list.txt');

    await app.dropFiles([letters[0]!, junk, ...letters.slice(1)]);

    await expect(app.importSummary).toHaveText(
      `Finished reading ${letters.length + 1} files: ${letters.length} new letters with ${decisionCount(letters)} decisions; 1 problem.`,
    );
    const problems = await app.problems();
    expect(problems).toHaveLength(1);
    expect(problems[0]?.file).toBe('grocery-list.txt');
    expect(problems[0]?.reason).not.toBe('');
    await app.problemsPanel.screenshot({ path: 'e2e/artifacts/problems-panel.png' });
    await app.expectShowing(decisionCount(letters), letters.length);
    await expectBadgesFor(app, letters);
    app.expectNoConsoleErrors();
  });

  test('a .zip archive is expanded and each letter inside loads under the archive name', async ({ page }) => {
    const app = await DashboardPage.open(page);
    const letters = seedLetters().slice(1, 4);
    const zip = zipSync(Object.fromEntries(letters.map((l) => [`batch/${l.name}`, new Uint8Array(l.bytes)])));

    await app.dropFiles([{ name: 'letters.zip', bytes: zip }]);

    await expect(app.importSummary).toHaveText(
      `Finished reading 1 file: 3 new letters with ${decisionCount(letters)} decisions.`,
    );
    await app.expectShowing(decisionCount(letters), letters.length);
    app.expectNoConsoleErrors();
  });

  test('a letter added twice is counted once and the user is told', async ({ page }) => {
    const app = await DashboardPage.open(page);
    const seeds = seedLetters();
    await app.addFiles(seeds);
    await expect(app.importSummary).toContainText(`${seeds.length} new letters`);

    // The same letter again, once under its own name and once renamed: the id is the content hash.
    const again = seeds[0]!;
    await app.dropFiles([again, { name: 'renamed-copy.txt', bytes: again.bytes }]);

    await expect(app.importSummary).toHaveText('Finished reading 2 files: 0 new letters with 0 decisions.');
    const notice = app.importStatus.getByText('2 files were already loaded and were skipped.');
    await expect(notice).toBeVisible();
    await notice.click();
    await expect(app.importStatus.getByRole('listitem')).toHaveCount(2);
    expect((await app.importStatus.getByRole('listitem').allInnerTexts()).sort()).toEqual([
      `${again.name}: already loaded`,
      'renamed-copy.txt: already loaded',
    ]);
    await app.expectShowing(decisionCount(seeds), seeds.length);
    app.expectNoConsoleErrors();
  });

  test('the bundled sample letters load through the same pipeline', async ({ page, request }) => {
    await page.setViewportSize({ width: 1440, height: 1000 });
    const manifest: { files: string[] } = await (await request.get('/samples/manifest.json')).json();
    const expected: unknown = await (await request.get('/samples/expected.json')).json();
    const app = await DashboardPage.open(page);

    await app.loadSamples();

    const records = Array.isArray(expected) ? expected : [];
    const decisions = records.reduce(
      (n: number, r: unknown) =>
        n + (typeof r === 'object' && r !== null && 'decisions' in r && Array.isArray(r.decisions) ? r.decisions.length : 0),
      0,
    );
    await expect(app.importSummary).toHaveText(
      `Finished reading ${manifest.files.length} files: ${records.length} new letters with ${decisions} decisions.`,
    );
    await app.expectShowing(decisions, records.length);
    await expect(app.outcomeBadges('Upheld').first()).toBeVisible();
    await page.screenshot({ path: 'e2e/artifacts/dashboard-loaded.png', fullPage: true });
    app.expectNoConsoleErrors();
  });
});

test('the Add letters control is the first stop for keyboard users', async ({ page }) => {
  const app = await DashboardPage.open(page);
  await page.keyboard.press('Tab');
  await expect(app.addLettersInput).toBeFocused();
});

test('Cancel stops the import and keeps the letters already read, also after a reload', async ({ page }) => {
  const app = await DashboardPage.open(page);
  const [seed] = seedLetters();
  // Six hundred distinct letters (one line added to each copy changes its content hash).
  const files = Array.from({ length: 600 }, (_, i) => ({
    name: `copy-${i}.txt`,
    bytes: new Uint8Array([...seed!.bytes, ...new TextEncoder().encode(`\n${i}\n`)]),
  }));
  await app.addLettersInput.setInputFiles(files.map((f) => ({ name: f.name, mimeType: 'text/plain', buffer: Buffer.from(f.bytes) })));
  await expect(page.getByRole('progressbar', { name: 'Files read' })).toBeVisible();
  await app.importStatus.getByRole('button', { name: 'Cancel' }).click();

  await expect(app.importStatus).toHaveAttribute('aria-busy', 'false');
  await expect(app.importSummary).toHaveText(/^Cancelled after/);
  const summary = (await app.importSummary.innerText()).trim();
  const match = /^Cancelled after (\d+) of 600 files: kept (\d+) new letters? with (\d+) decisions?\.$/.exec(summary);
  expect(match, summary).not.toBeNull();
  const kept = Number(match![2]);
  expect(kept).toBeLessThan(600);
  if (kept > 0) {
    await app.expectShowing(kept * seed!.expected.decisions.length, kept);
    await app.reload();
    await app.expectShowing(kept * seed!.expected.decisions.length, kept);
  } else {
    await expect(app.emptyState).toBeVisible();
  }
});
