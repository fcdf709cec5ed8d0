import type { BrowserContext, Page } from 'playwright-core';

export interface TrackedAttribute {
  testId: string;
  attribute: string;
}

type History = Record<string, string[]>;
const keyOf = ({ testId, attribute }: TrackedAttribute) => `${testId}[${attribute}]`;

/**
 * Records every value the attributes take in the pages of `context`, from the first render on. A live
 * progress bar may pass through a state between two polls of a locator; a MutationObserver misses none,
 * so a test can assert the states were shown ("processing" before "ready"), not just the last one.
 */
export async function recordAttributes(context: BrowserContext, tracked: TrackedAttribute[]): Promise<void> {
  const entries = tracked.map((item) => ({ ...item, key: keyOf(item) }));
  await context.addInitScript((list) => {
    const history: Record<string, string[]> = {};
    (window as unknown as { __attributeHistory: typeof history }).__attributeHistory = history;
    const sample = () => {
      for (const { testId, attribute, key } of list) {
        document.querySelectorAll(`[data-testid="${testId}"]`).forEach((element) => {
          const value = element.getAttribute(attribute);
          const seen = (history[key] ??= []);
          if (value !== null && seen[seen.length - 1] !== value) seen.push(value);
        });
      }
    };
    const attributeFilter = [...new Set(list.map((item) => item.attribute))];
    new MutationObserver(sample).observe(document, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter,
    });
  }, entries);
}

/** The values one tracked attribute took in this page so far, changes only, in order. */
export function attributeHistory(page: Page, tracked: TrackedAttribute): Promise<string[]> {
  return page.evaluate(
    (key) => (window as unknown as { __attributeHistory: History }).__attributeHistory[key] ?? [],
    keyOf(tracked),
  );
}
