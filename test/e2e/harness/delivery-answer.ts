import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { DeliveryWav } from '../../helpers/delivery-wav';
import { startOnceMatched } from './practice-setup';

/** "4.0 s" or "13 s" → ms. */
const ms = (text: string) => Math.round(Number(text.replace(' s', '')) * 1000);

/**
 * Records one answer while Chromium's fake microphone plays `wav` (started with
 * `--use-file-for-fake-audio-capture=<wav>%noloop`), with the microphone alone or with the
 * fake camera too, ticks "Steady pace", rates it 5 and opens the session summary.
 */
export async function recordKnownAnswer(page: Page, wav: DeliveryWav, source: 'microphone' | 'camera'): Promise<void> {
  await page.getByRole('heading', { name: 'Practice', level: 1 }).waitFor();
  await page.getByRole('spinbutton', { name: /Number of questions/ }).fill('1');
  // Timing, reading aloud and recording sit folded under their one-line summary.
  await page.getByText('Timing, reading aloud and recording:').click();
  await page.getByRole('spinbutton', { name: /Thinking time/ }).fill('0');
  // The camera choice's name goes on with its detail ("with a mirror view of yourself…").
  await page
    .getByRole('radio', { name: source === 'microphone' ? 'Microphone' : /^Microphone and camera/, exact: source === 'microphone' })
    .check();
  await startOnceMatched(page);
  await page.getByRole('button', { name: 'Finish answer' }).waitFor();
  // The file plays in real time: the answer lasts at least its length (a lower bound, never a race).
  await page.waitForTimeout(wav.totalMs + 1000);
  await page.keyboard.press('Space');
  await page.getByRole('heading', { name: 'How did that go?' }).waitFor();
  await page.getByRole('checkbox', { name: 'Steady pace' }).check();
  await page.keyboard.press('5');
  await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
  await page.getByRole('button', { name: 'Finish and see the summary' }).click();
  await page.getByRole('heading', { name: 'Session summary' }).waitFor();
}

/**
 * Checks the summary's delivery panel of question 1 against the known layout of `wav` (issue 15's proof):
 * the two long pauses within ±0.3 s, speaking time within ±10%, the pace tick beside the rate estimate,
 * and the timeline's text equivalent naming the pauses.
 */
export async function expectKnownDeliveryFacts(page: Page, wav: DeliveryWav): Promise<void> {
  const panel = page.getByRole('region', { name: 'What the recording shows: Question 1' });
  await panel.waitFor();
  const pauses = (await panel.getByText(/^\d+, longest/).textContent()) ?? '';
  const lengths = [...pauses.matchAll(/for (\d+(?:\.\d)?) s/g)].map((m) => ms(m[1]!));
  expect(lengths, pauses).toHaveLength(2);
  lengths.forEach((length, i) => expect(Math.abs(length - wav.gapMs[i + 1]!), pauses).toBeLessThanOrEqual(300));
  const speaking = (await panel.getByText(/ of .* \(\d+%\)$/).textContent()) ?? '';
  const spoken = ms(speaking.split(' of ')[0]!);
  const truth = wav.phraseMs.reduce((a, b) => a + b, 0);
  expect(Math.abs(spoken - truth) / truth, speaking).toBeLessThanOrEqual(0.1);
  // Beside the self-check: the pace tick next to the measured rate, labelled an estimate.
  await panel.getByText(/you ticked it · measured: about \d+ syllables a minute \(estimate\), 2 pauses of 3 s/).waitFor();
  // The timeline's text equivalent for screen readers names the pauses.
  await expect(panel.locator('figcaption').textContent()).resolves.toMatch(/pauses at \d:\d\d \(4\.\d s\), \d:\d\d \(5\.\d s\)/);
}
