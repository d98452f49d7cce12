import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { axeViolations } from './axe';
import type { BridgeProcess } from './bridge-process';

/** The conflict notice has focus, names `field`, and shows theirs and mine; returns the notice. */
export async function expectNotice(page: Page, field: string, mine: string, theirs: string) {
  const notice = page.getByRole('region', { name: 'Changed in another window' });
  await notice.waitFor();
  await page.waitForFunction(() => document.activeElement?.textContent === 'Changed in another window');
  const group = notice.getByRole('group', { name: field });
  expect(await group.textContent()).toContain(`Yours (this window, not saved)${mine}`);
  expect(await group.textContent()).toContain(`Theirs (saved in another window)${theirs}`);
  expect(await page.getByText('Please check the fields').count()).toBe(0);
  expect(await axeViolations(page)).toEqual([]);
  return group;
}

/** A second, separate browser window (its own storage) at `hash`. */
export async function otherWindow(page: Page, bridge: BridgeProcess, hash: string): Promise<Page> {
  const context = await page.context().browser()!.newContext();
  const other = await context.newPage();
  await other.goto(`${bridge.url}${hash}`);
  return other;
}
