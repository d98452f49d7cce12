import { afterAll, expect, test } from 'vitest';
import { analyseDelivery } from '../../../shared/domain/delivery/analyse';
import { longestPauseMs } from '../../../shared/domain/delivery/facts';
import { buildDeliveryWav, readWav16 } from '../../helpers/delivery-wav';
import { makeTempDir, removeTempDirs } from '../../helpers/temp-dir';

afterAll(removeTempDirs);

test('espeak speech with sox silences of known length: the facts match the layout', () => {
  const wav = buildDeliveryWav(makeTempDir('delivery-wav-'));
  const { samples, sampleRate } = readWav16(wav.path);
  const facts = analyseDelivery({ channels: [samples], sampleRate });
  const speech = wav.phraseMs.reduce((a, b) => a + b, 0);

  expect(Math.abs(facts.durationMs - wav.totalMs)).toBeLessThan(20);
  expect(Math.abs(facts.firstSpeechMs! - wav.leadMs)).toBeLessThanOrEqual(300);
  expect(Math.abs(facts.endSilenceMs - wav.tailMs)).toBeLessThanOrEqual(300);
  expect(Math.abs(facts.speechMs - speech) / speech).toBeLessThanOrEqual(0.1);
  // The 1 s gap is not a long pause; the 4 s and 5 s ones are, where they are.
  expect(facts.pauses).toHaveLength(2);
  const starts = [wav.leadMs + wav.phraseMs[0]! + wav.gapMs[0]! + wav.phraseMs[1]!];
  starts.push(starts[0]! + wav.gapMs[1]! + wav.phraseMs[2]!);
  facts.pauses.forEach((pause, i) => {
    expect(Math.abs(pause.endMs - pause.startMs - wav.gapMs[i + 1]!)).toBeLessThanOrEqual(300);
    expect(Math.abs(pause.startMs - starts[i]!)).toBeLessThanOrEqual(300);
  });
  expect(longestPauseMs(facts)).toBeGreaterThan(4700);
  expect(facts.quietSpans).toEqual([]);
  expect(facts.syllablesPerMinuteEstimate).toBeGreaterThan(120);
  expect(facts.syllablesPerMinuteEstimate).toBeLessThan(420);
});
