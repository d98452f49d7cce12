import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { maxRecordingBytes } from '../../../shared/contract/sessions';
import {
  maxRecordingMs,
  nearByteLimit,
  pauseSpan,
  recordingLimitMs,
  recordingStoppedMessage,
  resumeSpan,
  spanMs,
  startSpan,
} from '../../../shared/domain/timer/recording-limits';

describe('recording limits', () => {
  test('a recording keeps to the hard limit, and never runs past 30 minutes even when the answer may', () => {
    expect(recordingLimitMs(15_000)).toBe(15_000);
    expect(recordingLimitMs(null)).toBe(maxRecordingMs);
    expect(recordingLimitMs(4 * 60 * 60 * 1000)).toBe(maxRecordingMs);
    expect(maxRecordingMs).toBe(900 * 1000 * 2); // the longest timed answer: 900 s × the ×2 multiplier
  });

  test('stops with room for two more chunks, so what is recorded is always accepted whole', () => {
    const chunk = 4 * 1024 * 1024;
    expect(nearByteLimit(maxRecordingBytes - 3 * chunk, chunk)).toBe(false);
    expect(nearByteLimit(maxRecordingBytes - 2 * chunk, chunk)).toBe(true);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: maxRecordingBytes }), fc.integer({ min: 1, max: 64 * 1024 * 1024 }), (total, largest) => {
        if (!nearByteLimit(total, largest)) expect(total + 2 * largest).toBeLessThan(maxRecordingBytes);
      }),
    );
  });

  test('the user is told which limit stopped it and that what was recorded is kept', () => {
    expect(recordingStoppedMessage('duration', maxRecordingMs)).toBe(
      'The recording stopped at its 30-minute limit; the first 30 minutes are kept. Your answer carries on without recording.',
    );
    expect(recordingStoppedMessage('bytes', 12 * 60_000)).toMatch(/1 GB size limit; the first 12 minutes are kept/);
  });
});

describe('the real length of a recording', () => {
  test('counts pauses out and runs on while the page is busy', () => {
    let span = startSpan(1000);
    span = pauseSpan(span, 6000); // 5 s recorded
    span = resumeSpan(span, 60_000); // paused for 54 s
    expect(spanMs(span, 70_000)).toBe(15_000);
    // the page stalled: stop came 12 s late, and the length says so
    expect(spanMs(span, 82_000)).toBe(27_000);
  });

  test('property: the length is the sum of the running stretches, whatever the order of pause and resume', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 10_000 })), { maxLength: 30 }), (steps) => {
        let now = 0;
        let span = startSpan(now);
        let running = true;
        let expected = 0;
        for (const [pause, gap] of steps) {
          if (running) expected += gap;
          now += gap;
          span = pause ? pauseSpan(span, now) : resumeSpan(span, now);
          running = !pause;
        }
        expect(spanMs(span, now)).toBe(expected);
      }),
    );
  });
});
