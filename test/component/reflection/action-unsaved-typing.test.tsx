import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { renderPage, stubApi } from '../stub-api';

/*
 * The same kind as the story form (issue 12): "Add an action item of my own" saves only on its button, so what
 * was typed was lost to a reload or Back. It is now kept with the notice until added or discarded.
 */

const createAction = vi.fn(async (input: { title: string }) => ({ ok: true, value: { id: 1, title: input.title } }));

beforeEach(() => stubApi({ 'reflection.listActions': async () => ({ ok: true, value: [] }), 'reflection.createAction': createAction }));
afterEach(() => {
  localStorage.clear();
  createAction.mockClear();
  vi.unstubAllGlobals();
  vi.resetModules();
});

async function page() {
  const { ActionsPage } = await import('../../../renderer/src/features/reflection/ActionsPage');
  return renderPage(async () => <ActionsPage />);
}
const title = () => screen.getByRole('textbox', { name: /What to do/ }) as HTMLInputElement;

describe('an action item typed but not added', () => {
  test('comes back with the notice after the page goes away, and is dropped once added', async () => {
    const first = await page();
    fireEvent.change(title(), { target: { value: 'Read IFRS 16 ✨' } });
    fireEvent.change(screen.getAllByRole('combobox', { name: 'Kind' }).at(-1)!, { target: { value: 'research' } });
    first.unmount();

    await page();
    expect(title().value).toBe('Read IFRS 16 ✨');
    expect((screen.getAllByRole('combobox', { name: 'Kind' }).at(-1)! as HTMLSelectElement).value).toBe('research');
    expect(screen.getByText(/Your unsaved changes to this action item were kept/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Add action item' }));
    await waitFor(() => expect(createAction).toHaveBeenCalledWith({ title: 'Read IFRS 16 ✨', kind: 'research', dueOn: null }));
    await waitFor(() => expect(title().value).toBe(''));
    expect(screen.queryByText(/Your unsaved changes/)).toBeNull();
    expect(localStorage.length).toBe(0);
  });

  test('Discard them empties the form', async () => {
    const first = await page();
    fireEvent.change(title(), { target: { value: 'Mock with a friend' } });
    first.unmount();
    await page();
    fireEvent.click(screen.getByRole('button', { name: 'Discard them' }));
    expect(title().value).toBe('');
    expect(localStorage.length).toBe(0);
  });
});
