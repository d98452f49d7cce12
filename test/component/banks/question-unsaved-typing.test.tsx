import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { blankQuestion, QuestionForm } from '../../../renderer/src/features/banks/QuestionForm';
import { typingKeys } from '../../../renderer/src/lib/kept-typing';
import type { QuestionFields } from '../../../shared/domain/questions';

/*
 * The same kind as the story form (issue 12): the question form saves only on its button, so a new question's
 * text and guidance were lost to a reload or Back. It is now kept in this browser until saved or discarded.
 */

afterEach(() => localStorage.clear());

const form = (initial: QuestionFields = blankQuestion, onSubmit = vi.fn(async () => null), key = typingKeys.newQuestion(2)) =>
  render(<QuestionForm initial={initial} submitLabel="Add question" categories={[]} onSubmit={onSubmit} draftKey={key} />);
const field = (name: RegExp) => screen.getByRole('textbox', { name }) as HTMLTextAreaElement;

describe('a question typed but not saved', () => {
  test('comes back after the page goes away (text, tick box, seconds), and is dropped once saved', async () => {
    const first = form();
    fireEvent.change(field(/^Question/), { target: { value: 'Tell me about a failure ✨ فشل' } });
    fireEvent.change(screen.getByRole('spinbutton', { name: /Suggested answer length/ }), { target: { value: '150' } });
    fireEvent.click(screen.getByRole('checkbox', { name: /STAR story/ }));
    first.unmount(); // a reload, Back, or a closed window

    const onSubmit = vi.fn(async () => null);
    form(blankQuestion, onSubmit);
    expect(field(/^Question/).value).toBe('Tell me about a failure ✨ فشل');
    expect((screen.getByRole('spinbutton', { name: /Suggested answer length/ }) as HTMLInputElement).value).toBe('150');
    expect((screen.getByRole('checkbox', { name: /STAR story/ }) as HTMLInputElement).checked).toBe(!blankQuestion.star);
    expect(screen.getByText(/Your unsaved changes to this question were kept/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Add question' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    await screen.findByText('Saved.');
    expect(screen.queryByText(/Your unsaved changes/)).toBeNull();
    expect(localStorage.length).toBe(0);
  });

  test('Discard them puts the question back as it was loaded', () => {
    const saved = { ...blankQuestion, text: 'Why us?', guidance: 'Research' };
    const first = form(saved, undefined, typingKeys.question(9));
    fireEvent.change(field(/^Guidance/), { target: { value: 'Name the product' } });
    first.unmount();
    form(saved, undefined, typingKeys.question(9));
    expect(field(/^Guidance/).value).toBe('Name the product');
    fireEvent.click(screen.getByRole('button', { name: 'Discard them' }));
    expect(field(/^Guidance/).value).toBe('Research');
    expect(screen.queryByText(/Your unsaved changes/)).toBeNull();
    expect(localStorage.length).toBe(0);
  });

  test('a saved question gets back only the fields changed here; a malformed copy is ignored', () => {
    const saved = { ...blankQuestion, text: 'Old text', category: 'Old' };
    const first = form(saved, undefined, typingKeys.question(9));
    fireEvent.change(screen.getByRole('combobox', { name: /^Category/ }) as HTMLInputElement, { target: { value: 'Mine' } });
    first.unmount();
    const again = form({ ...saved, text: 'From the other window' }, undefined, typingKeys.question(9));
    expect(field(/^Question/).value).toBe('From the other window');
    expect((screen.getByRole('combobox', { name: /^Category/ }) as HTMLInputElement).value).toBe('Mine');
    again.unmount();

    localStorage.setItem(`rehearse.draft.${typingKeys.question(9)}`, JSON.stringify({ base: saved, draft: { ...saved, star: 'yes' } }));
    form(saved, undefined, typingKeys.question(9));
    expect(screen.queryByText(/Your unsaved changes/)).toBeNull();
  });
});
