import type { Page } from 'playwright-core';

/**
 * Presses Tab until the focused element's name is `name` (exactly, for a string) or matches it (a RegExp);
 * returns how many presses it took. The name is the element's aria-label, else its label's text, else its
 * own text. Throws after `max` presses: a control a keyboard user cannot reach is a failure.
 */
export async function tabTo(page: Page, name: string | RegExp, max = 200): Promise<number> {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      return (el?.getAttribute('aria-label') ?? el?.labels?.[0]?.textContent ?? el?.textContent ?? '').trim();
    });
    if (typeof name === 'string' ? label === name : name.test(label)) return i;
  }
  throw new Error(`${String(name)} was not reached in ${max} presses of Tab`);
}
