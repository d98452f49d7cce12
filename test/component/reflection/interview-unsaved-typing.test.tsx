import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { renderPage, stubApi } from '../stub-api';

/*
 * The same kind as the story form (issue 12): the interview editor saves only on its button. A new interview was
 * kept without a word; an edit of a logged one was lost to a reload. Both are now kept with the notice until
 * saved or discarded (Cancel).
 */

const saveInterview = vi.fn(async (_fields: unknown) => ({ ok: true, value: { id: 1 } }));

beforeEach(() => stubApi({ 'reflection.saveInterview': saveInterview }));
afterEach(() => {
  localStorage.clear();
  saveInterview.mockClear();
  vi.unstubAllGlobals();
  vi.resetModules();
});

async function editor() {
  const { InterviewEditor } = await import('../../../renderer/src/features/reflection/InterviewEditor');
  const view = await renderPage(async () => <InterviewEditor interviewId={null} />);
  await screen.findByLabelText('Company (required)');
  return view;
}
const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement;

describe('a new interview typed but not logged', () => {
  test('comes back with the notice after the page goes away, and is dropped once logged', async () => {
    const first = await editor();
    fireEvent.change(field('Company (required)'), { target: { value: 'Café Ltd ✨' } });
    fireEvent.change(field('Role (required)'), { target: { value: 'Analyst' } });
    first.unmount(); // a reload, Back, or a closed window

    await editor();
    expect(field('Company (required)').value).toBe('Café Ltd ✨');
    expect(field('Role (required)').value).toBe('Analyst');
    expect(screen.getByText(/Your unsaved changes to this interview were kept/)).toBeTruthy();
    fireEvent.change(field('Date (required)'), { target: { value: '2026-11-02' } });
    fireEvent.click(screen.getByRole('button', { name: 'Log interview' }));
    await waitFor(() => expect(saveInterview).toHaveBeenCalledWith(expect.objectContaining({ company: 'Café Ltd ✨', role: 'Analyst' })));
    await waitFor(() => expect(localStorage.length).toBe(0));
  });

  test('Discard them empties the form; a copy kept by an older version comes back too', async () => {
    localStorage.setItem('rehearse.draft.interview.new', JSON.stringify({ company: 'Old Co', role: 'Lead' }));
    await editor();
    expect(field('Company (required)').value).toBe('Old Co');
    fireEvent.click(screen.getByRole('button', { name: 'Discard them' }));
    expect(field('Company (required)').value).toBe('');
    expect(localStorage.length).toBe(0);
  });
});
