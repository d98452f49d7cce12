import { expect, test } from 'vitest';
import { buildDeliveryWav } from '../helpers/delivery-wav';
import { makeTempDir } from '../helpers/temp-dir';
import { useAppSessions } from './harness/app-session';
import { expectKnownDeliveryFacts, recordKnownAnswer } from './harness/delivery-answer';

// Issue 15, camera recordings: the answer is recorded as video+audio WebM (Chromium's fake camera, with the
// espeak-ng/sox answer of known layout as the fake microphone); its sound is decoded from the video file and
// must give the same facts, within the same tolerances, as a microphone-only recording (delivery.test.ts).
const wav = buildDeliveryWav(makeTempDir('rehearse-delivery-wav-'));
const app = useAppSessions({ chromiumArgs: [`--use-file-for-fake-audio-capture=${wav.path}%noloop`] });

test('an answer recorded with the camera on shows the delivery facts of its sound', async () => {
  const { page } = await app.open();
  await recordKnownAnswer(page, wav, 'camera');
  await expectKnownDeliveryFacts(page, wav);

  // The analysed recording really is a video: it plays back as one, with picture.
  const item = page.locator('ol.summary-list > li').first();
  await item.getByRole('button', { name: /^Load the recording/ }).click();
  const video = item.locator('video.playback-video');
  await video.waitFor();
  await expect.poll(() => video.evaluate((el: HTMLVideoElement) => el.videoWidth)).toBeGreaterThan(0);
});
