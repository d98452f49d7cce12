import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, test, vi } from 'vitest';

// The form saves through the typed client; a spy stands in for the preload so the test sees what is sent.
const saveInterview = vi.hoisted(() => {
  const spy = vi.fn(async () => ({ ok: true as const, value: { id: 7 } }));
  (globalThis as unknown as { window: { api: unknown } }).window.api = { reflection: { saveInterview: spy } };
  return spy;
});

import { LogInterviewForm } from '../../../renderer/src/features/readiness/LogInterviewForm';
import { blankInterviewCore } from '../../../shared/domain/reflection/interview-form';
import { localDayKey, addDays } from '../../../shared/domain/progress/calendar';

function Harness({ onLogged = vi.fn(), onClose = vi.fn() }: { onLogged?: (id: number) => void; onClose?: () => void }) {
  const [values, setValues] = useState(blankInterviewCore);
  return <LogInterviewForm values={values} onChange={setValues} onLogged={onLogged} onClose={onClose} />;
}

const today = localDayKey(new Date());

async function fillRequired(user: ReturnType<typeof userEvent.setup>, date: string) {
  await user.type(screen.getByLabelText('Company (required)'), 'Harrow & Finch LLP');
  await user.type(screen.getByLabelText('Role (required)'), 'Audit Senior');
  // A date input takes its value whole; typing into it digit by digit is not how jsdom models it.
  const day = screen.getByLabelText('Date (required)');
  await user.clear(day);
  await user.type(day, date);
}

/** Renders the form with its required fields filled for a day a week ahead; `submit` saves and returns what was sent. */
async function openFilledForm() {
  saveInterview.mockClear();
  const onLogged = vi.fn();
  render(<Harness onLogged={onLogged} />);
  const user = userEvent.setup();
  const day = addDays(today, 7);
  await fillRequired(user, day);
  const submit = async (u: typeof user): Promise<Record<string, unknown>> => {
    await u.click(screen.getByRole('button', { name: 'Save and plan what to practise' }));
    await vi.waitFor(() => expect(onLogged).toHaveBeenCalledWith(7));
    const [[sent]] = saveInterview.mock.calls as unknown as [[Record<string, unknown>]];
    return sent;
  };
  return { user, day, submit };
}

describe('LogInterviewForm', () => {
  test('Escape closes it from any field', async () => {
    const onClose = vi.fn();
    render(<Harness onClose={onClose} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Company (required)'), 'Acme');
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
    await user.click(screen.getByLabelText('Stage (optional)'));
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  test('a day that has passed is refused at the date field, which gets focus; nothing is sent', async () => {
    saveInterview.mockClear();
    const onLogged = vi.fn();
    render(<Harness onLogged={onLogged} />);
    const user = userEvent.setup();
    await fillRequired(user, addDays(today, -7));
    await user.click(screen.getByRole('button', { name: 'Save and plan what to practise' }));
    const date = screen.getByLabelText('Date (required)');
    expect(date).toHaveFocus();
    expect(date).toHaveAttribute('aria-invalid', 'true');
    expect(document.getElementById(date.getAttribute('aria-describedby')!)).toHaveTextContent(/^That date has passed/);
    expect(saveInterview).not.toHaveBeenCalled();
    expect(onLogged).not.toHaveBeenCalled();
  });

  test('a 120,000-character job description is kept in the box, named over its limit, and not saved', async () => {
    saveInterview.mockClear();
    render(<Harness />);
    const user = userEvent.setup();
    await fillRequired(user, addDays(today, 7));
    const jd = screen.getByLabelText(/^Job description/);
    await user.click(jd);
    await user.paste('Requirements. '.repeat(8572));
    await user.click(screen.getByRole('button', { name: 'Save and plan what to practise' }));
    expect(jd).toHaveFocus();
    expect((jd as HTMLTextAreaElement).value.length).toBe(120_008);
    expect(jd).toHaveAccessibleDescription(/The job description is 120,008 characters; the limit is 20,000/);
    expect(saveInterview).not.toHaveBeenCalled();
  });

  test('a form with no time or stage is sent as its day alone: nothing it was not told (walk 5, finding 3)', async () => {
    const { user, day, submit } = await openFilledForm();
    const sent = await submit(user);
    expect(sent).toMatchObject({ company: 'Harrow & Finch LLP', heldOn: day, heldAt: null, stage: null });
    expect(sent).not.toHaveProperty('format');
  });

  test('a time and stage given are sent as the instant of that local time and that stage', async () => {
    const { user, day, submit } = await openFilledForm();
    expect(screen.getByLabelText('Time (optional)')).toHaveValue('');
    fireEvent.change(screen.getByLabelText('Time (optional)'), { target: { value: '14:30' } });
    await user.selectOptions(screen.getByLabelText('Stage (optional)'), 'final');
    const sent = await submit(user);
    const heldAt = new Date(String(sent.heldAt));
    expect(localDayKey(heldAt)).toBe(day);
    expect([heldAt.getHours(), heldAt.getMinutes()]).toEqual([14, 30]);
    expect(sent).toMatchObject({ heldOn: day, stage: 'final' });
  });
});
