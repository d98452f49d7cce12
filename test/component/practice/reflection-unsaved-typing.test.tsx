import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ReflectionForm } from '../../../renderer/src/features/practice/summary/ReflectionForm';
import { typingKeys } from '../../../renderer/src/lib/kept-typing';

/*
 * Walker's walk, the same kind as the story form: a session's short reflection saves only on "Save reflection",
 * so what was written was lost to a reload or Back. It is now kept in this browser until saved or discarded.
 */

afterEach(() => localStorage.clear());

const blank = { wentWell: '', toImprove: '', practiseNext: '' };
const form = (onSave = vi.fn(async () => null), initial = blank) =>
  render(<ReflectionForm initial={initial} savedAt={null} onSave={onSave} draftKey={typingKeys.sessionReflection(3)} />);

describe("a session's reflection written but not saved", () => {
  test('comes back after the page goes away, and is dropped once saved', async () => {
    const first = form();
    fireEvent.change(screen.getByRole('textbox', { name: /What to improve/ }), { target: { value: 'My Result was vague 🙂 نتيجة' } });
    first.unmount();

    const onSave = vi.fn(async () => null);
    // What the main process loaded may carry more than the three notes (when it was saved): it is not typing.
    form(onSave, { ...blank, updatedAt: '2026-11-30T20:00:00.000Z' } as typeof blank);
    expect((screen.getByRole('textbox', { name: /What to improve/ }) as HTMLTextAreaElement).value).toBe('My Result was vague 🙂 نتيجة');
    expect(screen.getByText(/Your unsaved changes to this reflection were kept/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save reflection' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledWith({ ...blank, toImprove: 'My Result was vague 🙂 نتيجة' }, blank));
    await screen.findByText('Reflection saved.');
    expect(localStorage.length).toBe(0);
  });

  test('Discard them empties the form again', () => {
    const first = form();
    fireEvent.change(screen.getByRole('textbox', { name: /What went well/ }), { target: { value: 'Opening' } });
    first.unmount();
    form();
    fireEvent.click(screen.getByRole('button', { name: 'Discard them' }));
    expect((screen.getByRole('textbox', { name: /What went well/ }) as HTMLTextAreaElement).value).toBe('');
    expect(localStorage.length).toBe(0);
  });
});
