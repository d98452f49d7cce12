import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { useAppSessions } from './harness/app-session';
import { axeViolations } from './harness/axe';
import { ipc } from './harness/ipc';

const app = useAppSessions();

/** The weight of every field label's own words on the page (checkbox and radio rows are choices, left out). */
const labelWeights = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('label')]
      .filter((l) => !l.querySelector(':scope > input[type=checkbox], :scope > input[type=radio]') && l.offsetParent !== null)
      .map((l) => `${getComputedStyle(l).fontWeight} ${l.textContent?.trim().slice(0, 30)}`),
  );

// Walk 5, findings 5 and 11: one interview read three ways ("Fri, Dec 4, 2026" on home without its time,
// "Dec 4, 2026, 2:30 PM" in the list, "Acme Corp — Role" in Progress), and labels were bold on one field and
// regular on the next. The same interview now reads the same on every screen, and every field label one weight.
test('an interview is named and dated one way on every screen, and every field label has one style', async () => {
  const { page, bridge } = await app.open();
  const heldAt = new Date(Date.now() + 4 * 86_400_000);
  heldAt.setHours(14, 30, 0, 0);
  const upcoming = await ipc(page, bridge, 'reflection.saveInterview', {
    company: 'Acme Corp',
    role: 'Audit Senior',
    heldAt: heldAt.toISOString(),
    stage: 'second',
    format: 'video',
  });
  // Written beside the page, not through it: reload so the page reads it (this test is about how it reads, and a
  // write made before the page's event stream first opens is not announced to it).
  await page.reload();
  const when = await page.evaluate((iso) => {
    const at = new Date(iso);
    return { day: at.getDate(), minutes: `${at.getHours() % 12 || 12}:30` };
  }, heldAt.toISOString());
  const screens: [string, RegExp][] = [
    ['#/practice', /Audit Senior at Acme Corp — in 4 days/],
    [`#/readiness/${upcoming.id}/plan`, /^Preparation plan: Audit Senior at Acme Corp/],
    [`#/readiness/${upcoming.id}`, /^Readiness: Audit Senior at Acme Corp/],
    ['#/reflection', /^Audit Senior at Acme Corp$/],
    ['#/progress', /Audit Senior at Acme Corp/],
  ];
  const shown: string[] = [];
  for (const [hash, heading] of screens) {
    await page.evaluate((h) => (location.hash = h), hash);
    await page.getByText(heading).first().waitFor();
    // The interview's date-time as this screen writes it: day, year and the entered time, never without the time.
    const text = await page.evaluate(() => document.querySelector('main')?.textContent ?? '');
    const match = new RegExp(`[A-Z][a-z]{2} ${when.day}, 20\\d\\d, ${when.minutes} PM`).exec(text);
    expect(match, `the interview's date and time on ${hash}`).not.toBeNull();
    shown.push(match![0]);
    expect(text, `no "Company — Role" on ${hash}`).not.toContain('Acme Corp — Audit Senior');
  }
  expect(new Set(shown).size).toBe(1);

  for (const hash of ['#/reflection', `#/reflection/interview/${upcoming.id}/edit`, `#/reflection/interview/${upcoming.id}/step/5`]) {
    await page.evaluate((h) => (location.hash = h), hash);
    await page.locator('main label').first().waitFor();
    const weights = await labelWeights(page);
    expect(weights.length).toBeGreaterThan(1);
    expect(new Set(weights.map((w) => w.split(' ')[0])), `${hash}: ${weights.join(' | ')}`).toEqual(new Set(['600']));
  }
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await axeViolations(page), `axe on the reflection step (${scheme})`).toEqual([]);
  }
});
