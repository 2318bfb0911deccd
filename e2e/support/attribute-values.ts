// Every value an attribute takes on the page, for a test that must see a
// passing state (a progress bar part-way, a table busy for a moment) which a
// check made later would miss: a MutationObserver records each change as it
// happens.
import type { Page } from '@playwright/test';

/**
 * Starts recording the values `attribute` takes on the elements matching
 * `selector`, present now or added later; the returned function reads them,
 * oldest first.
 */
export async function recordAttribute(page: Page, selector: string, attribute: string): Promise<() => Promise<string[]>> {
  const key = `${selector} ${attribute}`;
  await page.evaluate(
    ([sel, attr, k]) => {
      const store = ((window as unknown as { recordedAttributes?: Record<string, string[]> }).recordedAttributes ??= {});
      const seen: string[] = (store[k] = []);
      new MutationObserver((changes) => {
        for (const change of changes) {
          const target = change.target as Element;
          if (target.matches(sel)) seen.push(target.getAttribute(attr) ?? '');
        }
      }).observe(document.body, { subtree: true, attributes: true, attributeFilter: [attr] });
    },
    [selector, attribute, key] as const,
  );
  return () =>
    page.evaluate((k) => (window as unknown as { recordedAttributes: Record<string, string[]> }).recordedAttributes[k] ?? [], key);
}
