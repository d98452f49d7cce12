import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { type BankFields, BankForm } from '../../../renderer/src/features/banks/BankForm';
import { typingKeys } from '../../../renderer/src/lib/kept-typing';

/*
 * The same kind as the story form (issue 12): the bank form saves only on "Create bank" / "Save bank", so a
 * new bank's name and description were lost to a reload or Back. They are now kept until saved or discarded.
 */

afterEach(() => localStorage.clear());

const blank: BankFields = { name: '', description: '', purpose: 'answer' };
const form = (initial = blank, onSubmit = vi.fn(async () => null), key = typingKeys.bank(null), onCancel?: () => void) =>
  render(
    <BankForm
      initial={initial}
      submitLabel="Create bank"
      takenNames={['Behavioural']}
      onSubmit={onSubmit}
      onCancel={onCancel}
      draftKey={key}
    />,
  );
const field = (name: RegExp) => screen.getByRole('textbox', { name }) as HTMLInputElement;

describe('a bank typed but not saved', () => {
  test('comes back after the page goes away (name, description, purpose), and is dropped once created', async () => {
    const first = form();
    fireEvent.change(field(/^Bank name/), { target: { value: 'Café questions ✨' } });
    fireEvent.change(field(/^Description/), { target: { value: 'For the barista role' } });
    fireEvent.click(screen.getByRole('radio', { name: /Questions I ask/ }));
    first.unmount(); // a reload, Back, or a closed window

    const onSubmit = vi.fn(async () => null);
    form(blank, onSubmit);
    expect(field(/^Bank name/).value).toBe('Café questions ✨');
    expect(field(/^Description/).value).toBe('For the barista role');
    expect((screen.getByRole('radio', { name: /Questions I ask/ }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText(/Your unsaved changes to this bank were kept/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Create bank' }));
    await waitFor(() =>
      expect(onSubmit).toHaveBeenCalledWith({ name: 'Café questions ✨', description: 'For the barista role', purpose: 'ask' }, blank),
    );
    await waitFor(() => expect(field(/^Bank name/).value).toBe(''));
    expect(screen.queryByText(/Your unsaved changes/)).toBeNull();
    expect(localStorage.length).toBe(0);
  });

  test('Discard them, or Cancel, puts an edited bank back as it was', () => {
    const saved: BankFields = { name: 'Behavioural', description: 'Old', purpose: 'answer' };
    const first = form(saved, undefined, typingKeys.bank(5));
    fireEvent.change(field(/^Description/), { target: { value: 'New words' } });
    first.unmount();
    const second = form(saved, undefined, typingKeys.bank(5));
    fireEvent.click(screen.getByRole('button', { name: 'Discard them' }));
    expect(field(/^Description/).value).toBe('Old');
    expect(localStorage.length).toBe(0);
    second.unmount();

    const onCancel = vi.fn();
    form(saved, undefined, typingKeys.bank(5), onCancel);
    fireEvent.change(field(/^Description/), { target: { value: 'Typed, then cancelled' } });
    expect(localStorage.length).toBe(1);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalled();
    expect(localStorage.length).toBe(0);
  });

  test('an edited bank saved clears the copy; a kept purpose that is not a choice is ignored', async () => {
    const saved: BankFields = { name: 'Behavioural', description: '', purpose: 'answer' };
    const onSubmit = vi.fn(async () => null);
    const first = form(saved, onSubmit, typingKeys.bank(5));
    fireEvent.change(field(/^Description/), { target: { value: 'Mine' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create bank' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    await waitFor(() => expect(localStorage.length).toBe(0));
    first.unmount();

    localStorage.setItem(`rehearse.draft.${typingKeys.bank(5)}`, JSON.stringify({ base: saved, draft: { ...saved, purpose: 'sing' } }));
    form(saved, undefined, typingKeys.bank(5));
    expect(screen.queryByText(/Your unsaved changes/)).toBeNull();
    expect((screen.getByRole('radio', { name: /Questions I answer/ }) as HTMLInputElement).checked).toBe(true);
  });
});
