import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { ErrorData } from '../../../shared/contract/result';
import { blankQuestion, QuestionForm } from '../../../renderer/src/features/banks/QuestionForm';
import type { QuestionFields } from '../../../shared/domain/questions';
import { BankForm } from '../../../renderer/src/features/banks/BankForm';

// The forms keep unsaved typing in this browser's storage (issue 12): each test starts with none.
afterEach(() => localStorage.clear());

describe('QuestionForm', () => {
  test('refuses empty and whitespace-only text at the field without calling the service', async () => {
    const onSubmit = vi.fn(async () => null);
    render(
      <QuestionForm initial={blankQuestion} submitLabel="Add question" categories={[]} onSubmit={onSubmit} draftKey="questions.test" />,
    );
    await userEvent.type(screen.getByRole('textbox', { name: 'Question' }), '   ');
    await userEvent.click(screen.getByRole('button', { name: 'Add question' }));
    const text = screen.getByRole('textbox', { name: 'Question' });
    expect(text).toHaveAttribute('aria-invalid', 'true');
    expect(text).toHaveAccessibleDescription(/Question text cannot be empty/);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  test('sends every field, with tags split and normalised, and what they were loaded as; says Saved', async () => {
    const onSubmit = vi.fn<(f: QuestionFields, base: QuestionFields) => Promise<ErrorData | null>>(async () => null);
    render(
      <QuestionForm
        initial={blankQuestion}
        submitLabel="Save details"
        categories={['Teamwork']}
        onSubmit={onSubmit}
        draftKey="questions.test"
      />,
    );
    await userEvent.type(screen.getByRole('textbox', { name: 'Question' }), 'Why us?');
    await userEvent.type(screen.getByRole('combobox', { name: 'Category' }), 'Motivation');
    await userEvent.type(screen.getByRole('textbox', { name: 'Tags (separated by commas)' }), 'Firm, research;  firm ');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Difficulty' }), '3');
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Suggested answer length (seconds)' }), { target: { value: '90' } });
    await userEvent.click(screen.getByRole('checkbox', { name: /STAR story/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Save details' }));
    expect(onSubmit).toHaveBeenCalledWith(
      {
        text: 'Why us?',
        category: 'Motivation',
        tags: ['firm', 'research'],
        difficulty: 3,
        suggestedSeconds: 90,
        guidance: '',
        star: true,
      },
      blankQuestion,
    );
    expect(await screen.findByRole('status')).toHaveTextContent('Saved.');
  });

  test('shows the service’s field errors at their fields (patch.text → Question), and form-level errors as alerts', async () => {
    const onSubmit = vi
      .fn<(f: QuestionFields) => Promise<ErrorData | null>>()
      .mockResolvedValueOnce({
        code: 'invalid_input',
        message: 'x',
        issues: [{ path: 'patch.text', message: 'Question text can be at most 2,000 characters; this one has 2,400.' }],
      })
      .mockResolvedValueOnce({
        code: 'conflict',
        message: 'This question is archived. Restore it before editing.',
        issues: [{ path: 'id', message: 'archived' }],
      });
    render(
      <QuestionForm
        initial={{ ...blankQuestion, text: 'Long' }}
        submitLabel="Save"
        categories={[]}
        onSubmit={onSubmit}
        draftKey="questions.test"
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Question text can be at most 2,000 characters; this one has 2,400.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Question' })).toHaveAttribute('aria-invalid', 'true');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This question is archived. Restore it before editing.');
  });

  test('rejects a suggested length outside 10–1800 seconds at the field', async () => {
    const onSubmit = vi.fn(async () => null);
    render(
      <QuestionForm
        initial={{ ...blankQuestion, text: 'Q' }}
        submitLabel="Save"
        categories={[]}
        onSubmit={onSubmit}
        draftKey="questions.test"
      />,
    );
    fireEvent.change(screen.getByRole('spinbutton', { name: /Suggested answer length/ }), { target: { value: '5' } });
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('spinbutton', { name: /Suggested answer length/ })).toHaveAccessibleDescription(
      'Enter whole seconds from 10 to 1,800.',
    );
    expect(onSubmit).not.toHaveBeenCalled();
  });
});

describe('BankForm', () => {
  test('refuses a duplicate name (any case) and an empty one at the field', async () => {
    const onSubmit = vi.fn(async () => null);
    render(
      <BankForm
        draftKey="banks.test"
        initial={{ name: '', description: '', purpose: 'answer' }}
        submitLabel="Create bank"
        takenNames={['Common openers']}
        onSubmit={onSubmit}
      />,
    );
    const name = screen.getByRole('textbox', { name: 'Bank name' });
    await userEvent.click(screen.getByRole('button', { name: 'Create bank' }));
    expect(name).toHaveAccessibleDescription('Bank name cannot be empty');
    await userEvent.type(name, '  common   OPENERS ');
    await userEvent.click(screen.getByRole('button', { name: 'Create bank' }));
    expect(name).toHaveAccessibleDescription('A bank called “Common openers” already exists. Choose another name.');
    expect(onSubmit).not.toHaveBeenCalled();
    await userEvent.clear(name);
    await userEvent.type(name, 'Mine');
    await userEvent.click(screen.getByRole('button', { name: 'Create bank' }));
    expect(onSubmit).toHaveBeenCalledWith({ name: 'Mine', description: '', purpose: 'answer' }, expect.anything());
  });

  test('renaming may keep the same name in a different case', async () => {
    const onSubmit = vi.fn(async () => null);
    render(
      <BankForm
        draftKey="banks.test"
        initial={{ name: 'Mine', description: '', purpose: 'answer' }}
        submitLabel="Save bank"
        takenNames={['Mine', 'Other']}
        onSubmit={onSubmit}
      />,
    );
    const name = screen.getByRole('textbox', { name: 'Bank name' });
    await userEvent.clear(name);
    await userEvent.type(name, 'MINE');
    await userEvent.click(screen.getByRole('button', { name: 'Save bank' }));
    expect(onSubmit).toHaveBeenCalledWith({ name: 'MINE', description: '', purpose: 'answer' }, expect.anything());
  });

  test('a bank can be made one of questions to ask the interviewer, and back', async () => {
    const onSubmit = vi.fn(async () => null);
    const { unmount } = render(
      <BankForm
        draftKey="banks.test"
        initial={{ name: 'Mine', description: '', purpose: 'answer' }}
        submitLabel="Save bank"
        takenNames={['Mine']}
        onSubmit={onSubmit}
      />,
    );
    const ask = screen.getByRole('radio', { name: /Questions I ask the interviewer/ });
    expect(screen.getByRole('radio', { name: /Questions I answer/ })).toHaveProperty('checked', true);
    await userEvent.click(ask);
    await userEvent.click(screen.getByRole('button', { name: 'Save bank' }));
    expect(onSubmit).toHaveBeenLastCalledWith({ name: 'Mine', description: '', purpose: 'ask' }, expect.anything());
    unmount();
    render(
      <BankForm
        draftKey="banks.test"
        initial={{ name: 'Mine', description: '', purpose: 'ask' }}
        submitLabel="Save bank"
        takenNames={['Mine']}
        onSubmit={onSubmit}
      />,
    );
    expect(screen.getByRole('radio', { name: /Questions I ask the interviewer/ })).toHaveProperty('checked', true);
    await userEvent.click(screen.getByRole('radio', { name: /Questions I answer/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Save bank' }));
    expect(onSubmit).toHaveBeenLastCalledWith({ name: 'Mine', description: '', purpose: 'answer' }, expect.anything());
  });
});
