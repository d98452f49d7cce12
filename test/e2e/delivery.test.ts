import { expect, test } from 'vitest';
import { buildDeliveryWav } from '../helpers/delivery-wav';
import { makeTempDir } from '../helpers/temp-dir';
import { useAppSessions } from './harness/app-session';
import { expectKnownDeliveryFacts, recordKnownAnswer } from './harness/delivery-answer';

// Ground truth made here: espeak-ng phrases joined by sox silences of known length (see delivery-wav.ts).
// Chromium's fake microphone plays the file once (%noloop) from the moment the session opens the microphone.
const wav = buildDeliveryWav(makeTempDir('rehearse-delivery-wav-'));
const app = useAppSessions({ chromiumArgs: [`--use-file-for-fake-audio-capture=${wav.path}%noloop`] });

test('a recorded answer of known layout shows its pauses and speaking time, and they survive a restart', async () => {
  const { page, restart } = await app.open();
  // The analysis runs in its own worker, off the window's thread (renderer/src/lib/delivery/analysis-client.ts).
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await recordKnownAnswer(page, wav, 'microphone');
  await expectKnownDeliveryFacts(page, wav);
  expect(
    workers.some((url) => /\/assets\/analysis\.worker-[\w-]+\.js$/.test(url)),
    workers.join(', '),
  ).toBe(true);
  await restart();
  await page.getByRole('heading', { name: 'Practice', level: 1 }).waitFor();
  await page.getByRole('region', { name: 'Recent sessions' }).getByRole('link').first().click();
  await page.getByRole('heading', { name: 'Session summary' }).waitFor();
  await expectKnownDeliveryFacts(page, wav);
});
