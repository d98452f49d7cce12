import { describe, expect, test } from 'vitest';
import { createSaveQueue } from '../../../renderer/src/features/practice/runner/save-queue';

/** A job the test finishes by hand, recording when it started. */
function heldJob(log: string[], name: string) {
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  return {
    job: () => {
      log.push(`start ${name}`);
      return done.then(() => void log.push(`end ${name}`));
    },
    finish: () => finish(),
  };
}

describe('the rating save queue', () => {
  test('a job pushed to an idle queue starts synchronously (a save sent from pagehide must start there)', () => {
    const log: string[] = [];
    const queue = createSaveQueue();
    void queue.push(heldJob(log, 'a').job);
    expect(log).toEqual(['start a']);
  });

  test('jobs run one after another in the order pushed, even when an earlier one fails', async () => {
    const log: string[] = [];
    const queue = createSaveQueue();
    const a = heldJob(log, 'a');
    const failed = queue.push(() => a.job().then(() => Promise.reject(new Error('disk full'))));
    const b = heldJob(log, 'b');
    const second = queue.push(b.job);
    expect(log).toEqual(['start a']);
    a.finish();
    await expect(failed).rejects.toThrow('disk full');
    await Promise.resolve();
    expect(log).toEqual(['start a', 'end a', 'start b']);
    b.finish();
    await second;
    await queue.idle();
    // Idle again: the next job starts at once.
    void queue.push(heldJob(log, 'c').job);
    expect(log.at(-1)).toBe('start c');
  });

  test('a job that throws before returning a promise rejects its push and does not stop the queue', async () => {
    const queue = createSaveQueue();
    await expect(
      queue.push(() => {
        throw new Error('bad payload');
      }),
    ).rejects.toThrow('bad payload');
    await expect(queue.push(async () => 'next')).resolves.toBe('next');
  });
});
