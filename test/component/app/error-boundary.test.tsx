import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { AppErrorBoundary } from '../../../renderer/src/app/ErrorBoundary';

function Broken(): never {
  throw new TypeError('Cannot read properties of undefined');
}

test('a screen that throws shows the recovery screen with focus on its heading, and Copy details copies the error', async () => {
  const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const writeText = vi.fn(async () => undefined);
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  window.location.hash = '#/banks/3?view=all';
  render(
    <AppErrorBoundary>
      <Broken />
    </AppErrorBoundary>,
  );
  const heading = screen.getByRole('heading', { level: 1, name: 'Something went wrong on this screen' });
  expect(heading).toHaveFocus();
  expect(screen.getByRole('button', { name: 'Reload Rehearse' })).toBeInTheDocument();

  await userEvent.click(screen.getByRole('button', { name: 'Copy details' }));
  expect(writeText).toHaveBeenCalledTimes(1);
  const details = (writeText.mock.calls[0] as unknown as [string])[0];
  expect(details).toContain('Screen: #/banks/3');
  expect(details).not.toContain('view=all');
  expect(details).toContain('TypeError: Cannot read properties of undefined');
  expect(screen.getByRole('status')).toHaveTextContent('Details copied.');
  error.mockRestore();
});

test('when the clipboard is refused, the details are shown to copy by hand', async () => {
  const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) }, configurable: true });
  render(
    <AppErrorBoundary>
      <Broken />
    </AppErrorBoundary>,
  );
  await userEvent.click(screen.getByRole('button', { name: 'Copy details' }));
  expect((screen.getByLabelText('Problem details') as HTMLTextAreaElement).value).toContain('TypeError: Cannot read properties');
  error.mockRestore();
});

test('children that draw fine are shown as they are', () => {
  render(
    <AppErrorBoundary>
      <p>All well</p>
    </AppErrorBoundary>,
  );
  expect(screen.getByText('All well')).toBeInTheDocument();
});
