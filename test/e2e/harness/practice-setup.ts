import type { Page } from 'playwright-core';

/**
 * From the practice home: sets `count` questions, no thinking time and the `recording` choice (e.g.
 * /Microphone and camera/), waits for the matching-questions count, and starts the mock interview.
 */
export async function startMockInterview(page: Page, count: number, recording: RegExp): Promise<void> {
  await page.getByRole('heading', { name: 'Practice', level: 1 }).waitFor();
  await page.getByRole('spinbutton', { name: /Number of questions/ }).fill(String(count));
  // Timing, reading aloud and recording sit folded under their one-line summary.
  await page.getByText('Timing, reading aloud and recording:').click();
  await page.getByRole('spinbutton', { name: /Thinking time/ }).fill('0');
  await page.getByRole('radio', { name: recording }).check();
  await startOnceMatched(page);
}

/** Waits until the set-up has counted the matching questions (the Start button's input is settled), then starts. */
export async function startOnceMatched(page: Page): Promise<void> {
  await page
    .getByRole('status')
    .filter({ hasText: /questions match/ })
    .waitFor();
  await page.getByRole('button', { name: 'Start the mock interview' }).click();
}
