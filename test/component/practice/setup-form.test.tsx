import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import type { SessionSetup, SetupOptions } from '../../../shared/domain/sessions';
import { describeSetup } from '../../../renderer/src/features/practice/setup/describe-setup';
import { SetupForm, type SetupFormProps } from '../../../renderer/src/features/practice/setup/SetupForm';
import { setupFor } from '../../helpers/session-setup';

const defaults: SessionSetup = setupFor([1, 2], { readAloud: true });

const options: SetupOptions = {
  banks: [
    { id: 1, name: 'Competency', questionCount: 12, purpose: 'answer' },
    { id: 2, name: 'Motivation', questionCount: 3, purpose: 'answer' },
    { id: 3, name: 'Empty', questionCount: 0, purpose: 'answer' },
  ],
  categories: [
    { name: 'Teamwork', count: 5, bankIds: [1] },
    { name: 'Career', count: 3, bankIds: [2] },
  ],
  tags: [{ name: 'conflict', count: 2, bankIds: [1] }],
  hasHistory: false,
  lastSetup: null,
  defaults,
};

function renderForm(overrides: Partial<SetupFormProps> = {}) {
  const props = { onStart: vi.fn(), onFilterChange: vi.fn() };
  render(
    <SetupForm
      options={options}
      initial={defaults}
      voices={[]}
      matchCount={15}
      starting={false}
      serverErrors={{}}
      {...props}
      {...overrides}
    />,
  );
  return props;
}

describe('the set-up form', () => {
  test('starts with the defaults and sends the chosen set-up', () => {
    const { onStart } = renderForm();
    fireEvent.click(screen.getByRole('radio', { name: /^Hard/ }));
    fireEvent.click(screen.getByRole('radio', { name: '×1.5' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Microphone' }));
    fireEvent.change(screen.getByRole('spinbutton', { name: /Number of questions/ }), { target: { value: '3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Start the mock interview' }));
    expect(onStart).toHaveBeenCalledWith({ ...defaults, pressure: 'hard', multiplier: 1.5, recording: 'audio', count: 3 });
  });

  test('offers weakest first and due for review only once there is history', () => {
    renderForm();
    expect(screen.getByRole('radio', { name: /Weakest first/ })).toHaveProperty('disabled', true);
    expect(screen.getByRole('radio', { name: /Due for review/ })).toHaveProperty('disabled', true);
  });

  test('with history the orders can be chosen', () => {
    renderForm({ options: { ...options, hasHistory: true } });
    expect(screen.getByRole('radio', { name: /Weakest first/ })).toHaveProperty('disabled', false);
  });

  test('shows a field error beside a count out of range and does not start', () => {
    const { onStart } = renderForm();
    fireEvent.change(screen.getByRole('spinbutton', { name: /Number of questions/ }), { target: { value: '25' } });
    fireEvent.click(screen.getByRole('button', { name: 'Start the mock interview' }));
    expect(onStart).not.toHaveBeenCalled();
    expect(screen.getByRole('spinbutton', { name: /Number of questions/ }).getAttribute('aria-invalid')).toBe('true');
  });

  test('only the chosen banks’ categories are offered, and the filter is reported for the live count', () => {
    const { onFilterChange } = renderForm();
    expect(onFilterChange).toHaveBeenLastCalledWith({ bankIds: [1, 2], categories: [], tags: [], includeQuestionsToAsk: false });
    fireEvent.click(screen.getByRole('checkbox', { name: /Motivation/ }));
    expect(onFilterChange).toHaveBeenLastCalledWith({ bankIds: [1], categories: [], tags: [], includeQuestionsToAsk: false });
    expect(screen.queryByRole('checkbox', { name: /Career/ })).toBeNull();
    expect(screen.getByRole('checkbox', { name: /Empty/ })).toHaveProperty('disabled', true);
  });

  test('says when nothing matches and will not start', () => {
    renderForm({ matchCount: 0 });
    expect(screen.getByText('No questions match this choice.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Start the mock interview' })).toHaveProperty('disabled', true);
  });

  test('without system voices, says so plainly', () => {
    renderForm();
    expect(screen.getByText(/No voice available on this system/)).toBeTruthy();
  });

  test('lists the system voices when there are some', () => {
    renderForm({ voices: [{ name: 'Daniel', lang: 'en-GB', default: true }] });
    expect(screen.getByRole('option', { name: 'Daniel (en-GB)' })).toBeTruthy();
  });

  test('the last set-up reads as one line for the repeat button', () => {
    expect(describeSetup({ ...defaults, bankIds: [1], multiplier: 1.5, recording: 'video' }, options.banks)).toBe(
      '5 questions from Competency · random order · think 20 s · suggested answer times · soft timer ×1.5 · read aloud · microphone and camera recording',
    );
  });
});
