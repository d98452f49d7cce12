import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { announcementBetween, describeTimeLeft } from '../../../shared/domain/timer/announcements';
import {
  createTimer,
  finishAnswer,
  pauseTimer,
  resumeTimer,
  settle,
  startAnswering,
  type TimerConfig,
} from '../../../shared/domain/timer/answer-timer';
import { formatCountdown, formatElapsed, spokenDuration } from '../../../shared/domain/timer/format';
import { readTimer } from '../../../shared/domain/timer/timer-reading';
import { answerLimitMs, thinkLimitMs } from '../../../shared/domain/sessions';

const soft: TimerConfig = { thinkMs: 10_000, answerMs: 120_000, pressure: 'soft' };

describe('the deadline-based timer', () => {
  test('think ends at its deadline and the answer clock starts at that instant, however late it is read', () => {
    const t0 = 1_000;
    const timer = createTimer(soft, t0);
    // Read for the first time 37 s after the start (a window that was in the background).
    const reading = readTimer(timer, t0 + 37_000);
    expect(reading).toMatchObject({ phase: 'answer', elapsedMs: 27_000, remainingMs: 93_000 });
  });

  test('a 10-minute answer read at irregular moments ends with the exact time used', () => {
    const t0 = 5_000.25;
    let timer = createTimer({ thinkMs: 0, answerMs: 600_000, pressure: 'soft' }, t0);
    let now = t0;
    while (now < t0 + 600_000) {
      now += 173.7 + (now % 97);
      timer = settle(timer, now);
    }
    const done = finishAnswer(timer, now);
    expect(Math.abs(done.answerUsedMs! - (now - t0))).toBeLessThan(1);
  });

  test('time paused is not counted, in either phase', () => {
    let timer = createTimer(soft, 0);
    timer = pauseTimer(timer, 4_000);
    timer = resumeTimer(timer, 64_000);
    expect(readTimer(timer, 64_000)).toMatchObject({ phase: 'think', elapsedMs: 4_000 });
    // Think ends at 70 s; pause the answer from 80 s to 200 s.
    timer = pauseTimer(timer, 80_000);
    expect(readTimer(timer, 150_000)).toMatchObject({ phase: 'answer', elapsedMs: 10_000, paused: true });
    timer = resumeTimer(timer, 200_000);
    expect(finishAnswer(timer, 230_000).answerUsedMs).toBe(40_000);
  });

  test('soft runs on past zero and shows the overrun; hard ends at zero with exactly the limit used', () => {
    const softTimer = startAnswering(createTimer(soft, 0), 0);
    expect(readTimer(softTimer, 125_000)).toMatchObject({ phase: 'answer', remainingMs: -5_000, zone: 'over' });
    expect(finishAnswer(softTimer, 125_000).answerUsedMs).toBe(125_000);

    const hard = startAnswering(createTimer({ ...soft, pressure: 'hard' }, 0), 0);
    const late = readTimer(hard, 400_000);
    expect(late).toMatchObject({ phase: 'done', elapsedMs: 120_000, endedAtDeadline: true });
    expect(finishAnswer(hard, 400_000)).toMatchObject({ answerUsedMs: 120_000, endedBy: 'deadline' });
  });

  test('untimed has no deadlines: thinking lasts until the user starts, and the clock only counts up', () => {
    const untimed = createTimer({ thinkMs: null, answerMs: null, pressure: 'untimed' }, 0);
    expect(readTimer(untimed, 3_600_000)).toMatchObject({ phase: 'think', remainingMs: null, zone: 'normal' });
    const answering = startAnswering(untimed, 3_600_000);
    expect(readTimer(answering, 3_700_000)).toMatchObject({ phase: 'answer', elapsedMs: 100_000, remainingMs: null });
  });

  test('the multiplier stretches think and answer time', () => {
    const setup = { pressure: 'soft', thinkSeconds: 20, answerTimeSource: 'question', answerSeconds: 60, multiplier: 1.5 } as const;
    expect(thinkLimitMs(setup)).toBe(30_000);
    expect(answerLimitMs(setup, 120)).toBe(180_000);
    expect(answerLimitMs({ ...setup, multiplier: 2, answerTimeSource: 'fixed' }, 120)).toBe(120_000);
    expect(answerLimitMs({ ...setup, pressure: 'untimed' }, 120)).toBeNull();
  });

  test('property: after any schedule of pauses and resumes, answer time equals the running time exactly', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 100_000 }), { minLength: 1, maxLength: 30 }), (gaps) => {
        let timer = createTimer({ thinkMs: 0, answerMs: null, pressure: 'untimed' }, 0);
        let now = 0;
        let running = 0;
        gaps.forEach((gap, i) => {
          if (i % 2 === 0) running += gap;
          now += gap;
          timer = i % 2 === 0 ? pauseTimer(timer, now) : resumeTimer(timer, now);
        });
        expect(finishAnswer(timer, now).answerUsedMs).toBe(running);
      }),
    );
  });
});

describe('announcements', () => {
  const at = (ms: number, timer = startAnswering(createTimer(soft, 0), 0)) => readTimer(timer, ms);

  test('only at the answer start, 30 seconds left and zero; a sleep past both gives only the newer news', () => {
    const think = createTimer(soft, 0);
    expect(announcementBetween(readTimer(think, 9_000), readTimer(think, 10_500), 'soft')).toBe('Answer now. You have 2 minutes.');
    expect(announcementBetween(at(80_000), at(89_000), 'soft')).toBeNull();
    expect(announcementBetween(at(89_900), at(90_100), 'soft')).toBe('30 seconds left.');
    expect(announcementBetween(at(90_100), at(91_000), 'soft')).toBeNull();
    expect(announcementBetween(at(119_900), at(120_100), 'soft')).toMatch(/^Time is up\. The clock keeps running/);
    expect(announcementBetween(at(60_000), at(150_000), 'soft')).toMatch(/^Time is up/);
    const hard = startAnswering(createTimer({ ...soft, pressure: 'hard' }, 0), 0);
    expect(announcementBetween(readTimer(hard, 119_000), readTimer(hard, 121_000), 'hard')).toBe('Time is up. The answer has ended.');
  });

  test('the time-left hotkey answers in words', () => {
    expect(describeTimeLeft(at(45_500))).toBe('1 minute 15 seconds left to answer.');
    expect(describeTimeLeft(at(125_000))).toBe('5 seconds over time.');
    expect(describeTimeLeft(readTimer(createTimer(soft, 0), 2_000))).toBe('8 seconds of thinking time left.');
    expect(describeTimeLeft(readTimer(pauseTimer(createTimer(soft, 0), 1_000), 5_000))).toBe('Paused. 9 seconds of thinking time left.');
  });

  test('clock text counts down rounding up and counts up rounding down', () => {
    expect(formatCountdown(30_000)).toBe('0:30');
    expect(formatCountdown(29_001)).toBe('0:30');
    expect(formatCountdown(0)).toBe('0:00');
    expect(formatElapsed(61_999)).toBe('1:01');
    expect(spokenDuration(61_000)).toBe('1 minute 1 second');
    expect(spokenDuration(0)).toBe('0 seconds');
  });
});
