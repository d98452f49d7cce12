import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { blankStory, type StoryDraft, StoryForm } from '../../../renderer/src/features/stories/StoryForm';
import { typingKeys } from '../../../renderer/src/lib/kept-typing';

/*
 * Walker's walk: on "New story" the four STAR parts were typed, then the page was reloaded (or Back pressed):
 * everything typed was gone, with no warning. The story form saves only on "Save story", so what is typed is
 * now kept in this browser until it is saved or discarded.
 */

afterEach(() => localStorage.clear());

function form(initial: StoryDraft, onSubmit = vi.fn(async () => null), key = typingKeys.story(null)) {
  return render(<StoryForm initial={initial} submitLabel="Save story" competencies={['Teamwork']} onSubmit={onSubmit} draftKey={key} />);
}

describe('typing in a story form that is not saved yet', () => {
  test('comes back after the page goes away, and is dropped once saved', async () => {
    const first = form(blankStory);
    fireEvent.change(screen.getByRole('textbox', { name: /Situation/ }), { target: { value: 'Billing system at end of life ✨ ترحيل' } });
    first.unmount(); // a reload, Back, or a closed window

    const onSubmit = vi.fn(async () => null);
    form(blankStory, onSubmit);
    expect((screen.getByRole('textbox', { name: /Situation/ }) as HTMLTextAreaElement).value).toBe(
      'Billing system at end of life ✨ ترحيل',
    );
    expect(screen.getByText(/Your unsaved changes to this story were kept/)).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: /^Title/ }), { target: { value: 'Billing migration' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save story' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    await screen.findByText('Story saved.');
    expect(screen.queryByText(/Your unsaved changes/)).toBeNull();
    expect(localStorage.length).toBe(0);
  });

  test('Discard them puts the story back as it was', () => {
    form(blankStory).unmount();
    const first = form(blankStory);
    fireEvent.change(screen.getByRole('textbox', { name: /Task/ }), { target: { value: 'Plan it' } });
    first.unmount();
    form(blankStory);
    fireEvent.click(screen.getByRole('button', { name: 'Discard them' }));
    expect((screen.getByRole('textbox', { name: /Task/ }) as HTMLTextAreaElement).value).toBe('');
    expect(localStorage.length).toBe(0);
  });

  test('a saved story gets back only the fields changed here, over what another window saved meanwhile', () => {
    const saved = { ...blankStory, title: 'Old title', task: 'Old task' };
    const first = form(saved, undefined, typingKeys.story(4));
    fireEvent.change(screen.getByRole('textbox', { name: /Task/ }), { target: { value: 'My new task' } });
    first.unmount();
    form({ ...saved, title: 'Title from the other window' }, undefined, typingKeys.story(4));
    expect((screen.getByRole('textbox', { name: /^Title/ }) as HTMLInputElement).value).toBe('Title from the other window');
    expect((screen.getByRole('textbox', { name: /Task/ }) as HTMLTextAreaElement).value).toBe('My new task');
  });

  test('a copy that is not a story draft (storage is outside input) is ignored', () => {
    localStorage.setItem('rehearse.draft.stories.new', JSON.stringify({ base: 1, draft: { title: 5 } }));
    form(blankStory);
    expect(screen.queryByText(/Your unsaved changes/)).toBeNull();
  });
});
