import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Where focus is, in words, for a failure message: tag, role, name and a little text. */
interface FocusReport {
  ok: boolean;
  where: string;
}

/**
 * Asserts that keyboard focus sits on something a user can see after `action` (e.g. "saving a story"):
 * never `<body>` or nothing (focus lost, so the next Tab starts from the top of the document), never an
 * element that is hidden, zero-sized, `inert` or inside `aria-hidden`. Call it once the action's visible
 * result has been awaited. It first lets two animation frames pass, so the page's own focus effects and the
 * browser's focus fix-up (which moves focus off an element that was disabled or hidden) have run: an event,
 * not a deadline. Returns the description of the focused element, for tests that also check where it is.
 */
export async function expectFocusKept(page: Page, action: string): Promise<string> {
  const report = await page.evaluate(async (): Promise<FocusReport> => {
    await new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) return { ok: false, where: 'the page body' };
    const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 60) ?? '';
    const where = `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.getAttribute('role') ? ` role=${el.getAttribute('role')}` : ''}> “${name}”`;
    const rect = el.getBoundingClientRect();
    const visible =
      rect.width > 0 && rect.height > 0 && el.checkVisibility({ visibilityProperty: true }) && !el.closest('[aria-hidden="true"], [inert]');
    return { ok: visible, where: visible ? where : `${where}, which is hidden` };
  });
  expect(report.ok, `after ${action}, focus is on ${report.where}`).toBe(true);
  return report.where;
}
