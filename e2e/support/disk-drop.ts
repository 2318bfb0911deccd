// Drops files from disk, the way a user drags them out of a folder: the page
// gets File objects backed by the files on disk, so even a 200 MB file costs
// the test nothing to hand over (app.ts's dropFiles carries bytes through the
// test instead, which suits small files). The app only sees a drop event.
import type { Page } from '@playwright/test';
import type { DashboardPage } from './app';

const PICKER_ID = 'e2e-disk-drop-picker';

/** Drops `paths` on the page in one drop event and waits for that import to finish. */
export async function dropFromDisk(app: DashboardPage, paths: readonly string[]): Promise<void> {
  const next = await app.nextRunId();
  await dispatchDiskDrop(app.page, paths);
  await app.waitForImport(next);
}

async function dispatchDiskDrop(page: Page, paths: readonly string[]): Promise<void> {
  // A file input of the test's own, outside the app, only to turn paths into File objects.
  await page.evaluate((id) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = true;
    input.id = id;
    input.hidden = true;
    document.body.append(input);
  }, PICKER_ID);
  const picker = page.locator(`#${PICKER_ID}`);
  await picker.setInputFiles([...paths]);
  await picker.evaluate((input: HTMLInputElement) => {
    const transfer = new DataTransfer();
    for (const file of Array.from(input.files ?? [])) transfer.items.add(file);
    input.remove();
    const zone = document.querySelector('[data-testid="drop-zone"]');
    if (!zone) throw new Error('no drop zone on the page');
    for (const type of ['dragenter', 'dragover', 'drop']) {
      zone.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }
  });
}
