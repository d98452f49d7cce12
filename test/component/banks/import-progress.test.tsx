import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { JobProgress, RawSubscribe } from '../../../shared/contract/events';
import type { EventName } from '../../../shared/contract/event-names';
import { QuestionImportProgress } from '../../../renderer/src/features/banks/QuestionImportProgress';

// A stand-in for the preload's `subscribe`: the test plays the main process and sends job.progress events.
const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
const fakeSubscribe: RawSubscribe = (name, listener) => {
  if (!listeners.has(name)) listeners.set(name, new Set());
  listeners.get(name)!.add(listener);
  return () => void listeners.get(name)?.delete(listener);
};
const send = (progress: JobProgress) => act(() => listeners.get('job.progress')?.forEach((l) => l(progress)));
const job = (changes: Partial<JobProgress>): JobProgress => ({
  jobId: '0123456789abcdef',
  kind: 'question-import',
  step: 'questions',
  state: 'running',
  done: 0,
  total: 0,
  cancellable: true,
  ...changes,
});

beforeEach(() => {
  window.apiEvents = { subscribe: fakeSubscribe };
});
afterEach(() => {
  delete window.apiEvents;
  listeners.clear();
});

test('shows each step of a question import on a labelled bar, with Cancel only while nothing is written', async () => {
  const onCancel = vi.fn();
  render(<QuestionImportProgress onCancel={onCancel} />);
  expect(screen.queryByRole('progressbar')).toBeNull();

  // Another kind of job (an archive export in another tab) is not this page's.
  send(job({ kind: 'export', step: 'tables' }));
  expect(screen.queryByRole('progressbar')).toBeNull();

  send(job({}));
  const bar = screen.getByRole('progressbar', { name: 'Importing questions' });
  expect(bar).toHaveAttribute('aria-valuetext', 'Checking the questions in the file');
  expect(screen.getByText('Checking the questions in the file')).toHaveAttribute('aria-live', 'polite');
  await userEvent.click(screen.getByRole('button', { name: 'Cancel importing questions' }));
  expect(onCancel).toHaveBeenCalledWith('0123456789abcdef');

  send(job({ step: 'backing-up', cancellable: false }));
  expect(screen.queryByRole('button', { name: /Cancel/ })).toBeNull();
  expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuetext', 'Backing up your current data');

  send(job({ step: 'adding', cancellable: false, total: 10_000 }));
  expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuetext', 'Adding the questions (0 of 10000)');

  send(job({ step: 'adding', state: 'finished', cancellable: false, total: 10_000, done: 10_000 }));
  expect(screen.queryByRole('progressbar')).toBeNull();
});
