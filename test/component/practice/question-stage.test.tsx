import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { announcer, makeItem, press, renderStage, timer, useFakeClock } from './stage-harness';

let clock: ReturnType<typeof useFakeClock>;
beforeEach(() => {
  clock = useFakeClock();
});
afterEach(() => clock.restore());

describe('the question timer on screen', () => {
  test('counts thinking time down, then starts the answer clock by itself', () => {
    const stage = renderStage(makeItem());
    expect(timer()).toHaveAccessibleName('10 seconds left');
    clock.run(4_000);
    expect(screen.getByText('0:06')).toBeTruthy();
    clock.run(6_000);
    expect(stage.onAnswerStart).toHaveBeenCalledTimes(1);
    expect(timer()).toHaveAccessibleName('2 minutes left');
    expect(screen.getByRole('button', { name: 'Finish answer' })).toBeTruthy();
  });

  test('Space starts answering early, and Enter finishes the answer with the time used', () => {
    const stage = renderStage(makeItem());
    clock.run(3_000);
    press(' ');
    expect(stage.onAnswerStart).toHaveBeenCalledTimes(1);
    clock.run(42_000);
    press('Enter');
    expect(stage.onFinished).toHaveBeenCalledWith(42_000, false);
  });

  test('does not drift: a 10-minute answer whose ticks all come 800 ms late (a throttled window) ends within 100 ms of the real time', () => {
    const stage = renderStage(makeItem({ thinkLimitMs: 0, answerLimitMs: 600_000 }));
    const start = clock.now();
    clock.run(570_000, 800);
    expect(timer()).toHaveAccessibleName('30 seconds left');
    clock.run(30_000, 800);
    press(' ');
    const [used] = stage.onFinished.mock.calls[0]!;
    expect(Math.abs(used - (clock.now() - start))).toBeLessThan(100);
    // Counting ticks instead would have seen far fewer 200 ms steps than the real 10 minutes.
    expect(used).toBeGreaterThanOrEqual(600_000);
  });

  test('is right again the moment a backgrounded window is seen: one late tick after 90 s', () => {
    renderStage(makeItem({ thinkLimitMs: 0 }));
    clock.advance(90_000, 200);
    expect(timer()).toHaveAccessibleName('30 seconds left');
  });

  test('P pauses and resumes; paused time is not counted', () => {
    const stage = renderStage(makeItem({ thinkLimitMs: 0 }));
    clock.run(20_000);
    press('p');
    expect(stage.onPauseChange).toHaveBeenLastCalledWith(true);
    expect(screen.getByText(/Paused\. Press P/)).toBeTruthy();
    clock.advance(300_000, 1_000);
    expect(timer()).toHaveAccessibleName('1 minute 40 seconds left');
    press('P');
    expect(stage.onPauseChange).toHaveBeenLastCalledWith(false);
    clock.run(10_000);
    press('Enter');
    expect(stage.onFinished).toHaveBeenCalledWith(30_000, false);
  });

  test('soft: the clock runs on past zero, in the over-time colour, and shows the overrun', () => {
    const stage = renderStage(makeItem({ thinkLimitMs: 0, answerLimitMs: 60_000 }), 'soft');
    clock.run(45_000);
    expect(timer().className).toContain('zone-warning');
    clock.run(20_000);
    expect(timer().className).toContain('zone-over');
    expect(screen.getByText('+0:05')).toBeTruthy();
    expect(screen.getByText('Over time')).toBeTruthy();
    expect(stage.onFinished).not.toHaveBeenCalled();
    press(' ');
    expect(stage.onFinished).toHaveBeenCalledWith(65_000, false);
  });

  test('hard: the answer ends at zero by itself with exactly the limit recorded, even when the tick comes late', () => {
    const stage = renderStage(makeItem({ thinkLimitMs: 0, answerLimitMs: 60_000 }), 'hard');
    clock.advance(75_000, 200);
    expect(stage.onFinished).toHaveBeenCalledWith(60_000, true);
  });

  test('the multiplier’s longer limits are what the ring counts down', () => {
    renderStage(makeItem({ thinkLimitMs: 0, answerLimitMs: 240_000 }));
    expect(screen.getByText('4:00')).toBeTruthy();
  });
});

describe('what screen readers hear', () => {
  test('silent except at the answer start, 30 seconds left and zero; never every second', () => {
    renderStage(makeItem({ thinkLimitMs: 5_000, answerLimitMs: 60_000 }));
    const heard: string[] = [];
    let last = '';
    for (let i = 0; i < 400; i++) {
      clock.run(200);
      const text = announcer().textContent ?? '';
      if (text !== last) heard.push(text);
      last = text;
    }
    expect(heard).toEqual([
      'Answer now. You have 1 minute.',
      '30 seconds left.',
      'Time is up. The clock keeps running to show the overrun.',
    ]);
  });

  test('T tells the time left on demand, and says it again when asked again', () => {
    renderStage(makeItem({ thinkLimitMs: 0 }));
    clock.run(45_000);
    press('t');
    expect(announcer().textContent).toBe('1 minute 15 seconds left to answer.');
    const first = announcer().firstElementChild;
    press('t');
    expect(announcer().firstElementChild).not.toBe(first);
  });
});

describe('keyboard shortcuts', () => {
  test('are all listed on screen', () => {
    renderStage(makeItem());
    const legend = screen.getByRole('list', { name: 'Keyboard shortcuts' });
    for (const key of ['Space', 'Enter', 'P', 'S', 'T', 'Esc']) expect(legend.textContent).toContain(key);
  });

  test('do not fire while typing in a text field', () => {
    const stage = renderStage(makeItem({ thinkLimitMs: 0 }));
    const field = document.createElement('input');
    document.body.append(field);
    for (const key of ['p', 's', ' ', 'Enter', 'Escape']) press(key, field);
    expect(stage.onPauseChange).not.toHaveBeenCalled();
    expect(stage.onSkip).not.toHaveBeenCalled();
    expect(stage.onFinished).not.toHaveBeenCalled();
    expect(screen.queryByRole('alertdialog')).toBeNull();
    field.remove();
  });

  test('S skips with the answer time so far', () => {
    const stage = renderStage(makeItem({ thinkLimitMs: 0 }));
    clock.run(12_000);
    press('s');
    expect(stage.onSkip).toHaveBeenCalledWith(12_000);
  });

  test('Esc asks first and pauses meanwhile; Esc again keeps practising, the button ends the session', () => {
    const stage = renderStage(makeItem({ thinkLimitMs: 0 }));
    clock.run(10_000);
    press('Escape');
    expect(screen.getByRole('alertdialog', { name: 'End this session now?' })).toBeTruthy();
    expect(stage.onPauseChange).toHaveBeenLastCalledWith(true);
    clock.run(60_000);
    press('Escape');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(stage.onPauseChange).toHaveBeenLastCalledWith(false);
    expect(timer()).toHaveAccessibleName('1 minute 50 seconds left');
    press('Escape');
    screen.getByRole('button', { name: 'End session' }).click();
    expect(stage.onEndSession).toHaveBeenCalledTimes(1);
  });
});
