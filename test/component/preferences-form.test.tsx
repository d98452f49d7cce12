import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { defaultPreferences } from '../../shared/domain/settings';
import { PreferencesForm } from '../../renderer/src/features/settings/PreferencesForm';

test('every control is labelled and reachable by keyboard, and changes are reported as patches', async () => {
  const onChange = vi.fn();
  const user = userEvent.setup();
  render(<PreferencesForm preferences={defaultPreferences} onChange={onChange} />);

  await user.tab();
  expect(screen.getByRole('radio', { name: 'Follow the system' })).toHaveFocus();
  await user.keyboard('{ArrowRight}');
  expect(onChange).toHaveBeenLastCalledWith({ theme: 'light' });

  await user.selectOptions(screen.getByRole('combobox', { name: 'Record my answers' }), 'video');
  expect(onChange).toHaveBeenLastCalledWith({ recording: 'video' });

  await user.click(screen.getByRole('checkbox', { name: 'Read each question aloud' }));
  expect(onChange).toHaveBeenLastCalledWith({ readAloud: true });

  const think = screen.getByRole('spinbutton', { name: /Thinking time/ });
  await user.clear(think);
  await user.type(think, '45');
  await user.tab();
  expect(onChange).toHaveBeenLastCalledWith({ thinkSeconds: 45 });
});

test('the fixed answer time is disabled unless a fixed time is chosen', () => {
  const { rerender } = render(<PreferencesForm preferences={defaultPreferences} onChange={() => undefined} />);
  expect(screen.getByRole('spinbutton', { name: /Fixed answer time/ })).toBeDisabled();
  rerender(<PreferencesForm preferences={{ ...defaultPreferences, answerTimeSource: 'fixed' }} onChange={() => undefined} />);
  expect(screen.getByRole('spinbutton', { name: /Fixed answer time/ })).toBeEnabled();
});

test('reminders are off by default, labelled with what they do, and turned on by a patch', async () => {
  const onChange = vi.fn();
  const user = userEvent.setup();
  render(<PreferencesForm preferences={defaultPreferences} onChange={onChange} />);
  const reminders = screen.getByRole('checkbox', { name: /Remind me when questions are due for review or an interview is a day away/ });
  expect(reminders).not.toBeChecked();
  expect(reminders).toHaveAccessibleDescription(/browser mode cannot show them\. Nothing is sent anywhere\./);
  await user.click(reminders);
  expect(onChange).toHaveBeenLastCalledWith({ reminders: true });
});
