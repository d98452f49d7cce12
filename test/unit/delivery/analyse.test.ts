import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyseDelivery, DeliveryAnalysisError } from '../../../shared/domain/delivery/analyse';
import { deliveryFactsSchema, talkRatio } from '../../../shared/domain/delivery/facts';
import { join, mix, noise, pcmRate as rate, silence, speechLike, tone } from '../../helpers/generated-pcm';

const analyse = (samples: Float32Array) => analyseDelivery({ channels: [samples], sampleRate: rate });

describe('analyseDelivery on generated sound', () => {
  test('pure silence and empty recordings: no speech, all of it silence at the end', () => {
    for (const ms of [0, 5, 10_000]) {
      const facts = analyse(silence(ms));
      expect(facts.speechMs).toBe(0);
      expect(facts.firstSpeechMs).toBeNull();
      expect(facts.pauses).toEqual([]);
      expect(facts.endSilenceMs).toBe(facts.durationMs);
      expect(facts.syllablesPerMinuteEstimate).toBeNull();
    }
  });

  test('steady background noise and a steady hum are background, not speech', () => {
    expect(analyse(noise(8000, 0.05)).speechMs).toBe(0);
    expect(analyse(tone(8000, 50, 0.2)).speechMs).toBe(0);
  });

  test('speech over noise: the pause between two stretches is found where it is', () => {
    const samples = mix(
      join(silence(1000), speechLike(4000, 0.3), silence(3500), speechLike(3000, 0.3, 2), silence(2000)),
      noise(13_500, 0.002),
    );
    const facts = analyse(samples);
    expect(Math.abs(facts.firstSpeechMs! - 1000)).toBeLessThanOrEqual(300);
    expect(facts.pauses).toHaveLength(1);
    expect(Math.abs(facts.pauses[0]!.startMs - 5000)).toBeLessThanOrEqual(300);
    expect(Math.abs(facts.pauses[0]!.endMs - facts.pauses[0]!.startMs - 3500)).toBeLessThanOrEqual(300);
    expect(Math.abs(facts.speechMs - 7000)).toBeLessThanOrEqual(700);
    expect(Math.abs(facts.endSilenceMs - 2000)).toBeLessThanOrEqual(300);
    expect(facts.quietSpans).toEqual([]);
    expect(talkRatio(facts)).toBeCloseTo(7000 / 13_500, 1);
  });

  test('a tone burst over silence counts as sound; clipped speech is still speech', () => {
    expect(analyse(join(silence(2000), tone(2000, 440, 0.5), silence(1000))).speechMs).toBeGreaterThan(1700);
    const clipped = speechLike(6000, 3).map((x) => Math.max(-1, Math.min(1, x)));
    const facts = analyse(join(silence(500), clipped, silence(500)));
    expect(Math.abs(facts.speechMs - 6000)).toBeLessThanOrEqual(600);
    expect(facts.pauses).toEqual([]);
  });

  test('very quiet speech is found and marked too quiet to hear well', () => {
    const samples = mix(join(silence(1000), speechLike(5000, 0.004), silence(1000)), noise(7000, 0.0001));
    const facts = analyse(samples);
    expect(facts.speechMs).toBeGreaterThan(3500);
    expect(facts.quietSpans.reduce((n, s) => n + s.endMs - s.startMs, 0)).toBeGreaterThan(3500);
    expect(analyse(join(silence(1000), speechLike(5000, 0.3), silence(1000))).quietSpans).toEqual([]);
  });

  test('a recording without an audio track is refused with a clear message', () => {
    expect(() => analyseDelivery({ channels: [], sampleRate: rate })).toThrow(DeliveryAnalysisError);
    expect(() => analyseDelivery({ channels: [], sampleRate: rate })).toThrow(/no sound track/);
    expect(() => analyseDelivery({ channels: [silence(10)], sampleRate: 0 })).toThrow(/sample rate/);
  });

  test('stereo is mixed to mono', () => {
    const speech = join(silence(1000), speechLike(3000, 0.3), silence(1000));
    const facts = analyseDelivery({ channels: [speech, silence(5000)], sampleRate: rate });
    expect(Math.abs(facts.speechMs - 3000)).toBeLessThanOrEqual(400);
  });
});

describe('properties over any mix of silence, noise, tones and speech', () => {
  const piece = fc.oneof(
    fc.record({ kind: fc.constant('silence' as const), ms: fc.integer({ min: 0, max: 4000 }) }),
    fc.record({
      kind: fc.constant('noise' as const),
      ms: fc.integer({ min: 0, max: 3000 }),
      amp: fc.double({ min: 0, max: 1, noNaN: true }),
    }),
    fc.record({
      kind: fc.constant('tone' as const),
      ms: fc.integer({ min: 0, max: 3000 }),
      amp: fc.double({ min: 0, max: 1.5, noNaN: true }),
    }),
    fc.record({
      kind: fc.constant('speech' as const),
      ms: fc.integer({ min: 0, max: 4000 }),
      amp: fc.double({ min: 0, max: 4, noNaN: true }),
    }),
  );
  const build = (pieces: { kind: string; ms: number; amp?: number }[]) =>
    join(
      ...pieces.map((p) => {
        const raw =
          p.kind === 'silence'
            ? silence(p.ms)
            : p.kind === 'noise'
              ? noise(p.ms, p.amp!)
              : p.kind === 'tone'
                ? tone(p.ms, 300, p.amp!)
                : speechLike(p.ms, p.amp!);
        return raw.map((x) => Math.max(-1, Math.min(1, x))); // what a recorder keeps: clipped at full scale
      }),
    );

  test('facts are valid, within the recording, and add up', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }), (pieces) => {
        const samples = build(pieces);
        const facts = analyse(samples);
        expect(deliveryFactsSchema.safeParse(facts).success).toBe(true);
        expect(facts.durationMs).toBeLessThanOrEqual(Math.ceil((samples.length / rate) * 1000));
        const pauseMs = facts.pauses.reduce((n, s) => n + s.endMs - s.startMs, 0);
        expect(facts.speechMs + pauseMs + facts.endSilenceMs + (facts.firstSpeechMs ?? 0)).toBeLessThanOrEqual(facts.durationMs);
        for (const span of [...facts.speechSpans, ...facts.pauses, ...facts.quietSpans])
          expect(span.endMs).toBeLessThanOrEqual(facts.durationMs);
        for (let i = 1; i < facts.speechSpans.length; i++)
          expect(facts.speechSpans[i]!.startMs).toBeGreaterThanOrEqual(facts.speechSpans[i - 1]!.endMs);
        if (facts.speechSpans.length === 0) expect(facts.firstSpeechMs).toBeNull();
      }),
      { numRuns: 40 },
    );
  });

  test('silence of any length gives no speech', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20_000 }), (ms) => {
        expect(analyse(silence(ms)).speechMs).toBe(0);
      }),
      { numRuns: 20 },
    );
  });
});
