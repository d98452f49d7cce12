import { expect, test } from 'vitest';
import { analyseDelivery } from '../../../shared/domain/delivery/analyse';
import { answerAnalysisRequest } from '../../../shared/domain/delivery/worker-protocol';
import { join, pcmRate, silence, speechLike } from '../../helpers/generated-pcm';

// What the analysis worker answers (the worker itself runs in Chromium: test/e2e/delivery-worker.test.ts).

test('an answer carries the same facts as the direct analysis, under the request id', () => {
  const samples = join(silence(1000), speechLike(6000, 0.3), silence(4000), speechLike(3000, 0.3, 2), silence(1000));
  const answer = answerAnalysisRequest({ id: 7, channels: [samples], sampleRate: pcmRate });
  expect(answer).toEqual({ id: 7, kind: 'facts', facts: analyseDelivery({ channels: [samples], sampleRate: pcmRate }) });
});

test('nothing to analyse is a refusal with the message the user sees; no exception escapes', () => {
  expect(answerAnalysisRequest({ id: 1, channels: [], sampleRate: pcmRate })).toEqual({
    id: 1,
    kind: 'refused',
    message: 'This recording has no sound track, so there is nothing to analyse.',
  });
  expect(answerAnalysisRequest({ id: 2, channels: [silence(10)], sampleRate: 0 })).toMatchObject({ id: 2, kind: 'refused' });
});

test('a fault that is not a refusal is answered as failed, never thrown', () => {
  // A request that did not come as the protocol says (no channels array): the analysis throws a TypeError.
  const broken = { id: 3, channels: undefined, sampleRate: pcmRate } as unknown as Parameters<typeof answerAnalysisRequest>[0];
  expect(answerAnalysisRequest(broken)).toMatchObject({ id: 3, kind: 'failed' });
});
