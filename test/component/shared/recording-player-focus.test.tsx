import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { RecordingPlayer } from '../../../renderer/src/components/RecordingPlayer';
import { recordingFixture } from '../../helpers/answer-fixture';

/*
 * Walker's walk, keyboard only: Tab to "Load the recording", Enter — the button went away (disabled while
 * loading, then replaced by the player) and focus ended on the next question's link, past the player the user
 * asked for. Focus now stays on the button while it loads and then lands on the player.
 */

const recording = recordingFixture;

afterEach(() => vi.restoreAllMocks());

describe('loading a recording from the keyboard', () => {
  test('keeps focus on the button while loading, then hands it to the player', async () => {
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: () => 'blob:recording', revokeObjectURL: () => {} }));
    let finish: (blob: Blob) => void = () => {};
    const load = vi.fn(() => new Promise<{ ok: true; value: Blob }>((resolve) => (finish = (value) => resolve({ ok: true, value }))));
    render(<RecordingPlayer recording={recording} load={load} onPlayed={() => {}} label="Recording of question 1" />);
    const button = screen.getByRole('button', { name: /Load the recording/ });
    button.focus();
    fireEvent.click(button);
    await screen.findByRole('button', { name: 'Loading…' });
    expect(document.activeElement).toBe(button);
    expect(button.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(button);
    expect(load).toHaveBeenCalledTimes(1);
    // jsdom does not make <audio controls> focusable as browsers do, so the hand-over is seen on focus() itself.
    const focused: Element[] = [];
    vi.spyOn(HTMLMediaElement.prototype, 'focus').mockImplementation(function (this: HTMLMediaElement) {
      focused.push(this);
    });
    finish(new Blob(['x']));
    const player = await screen.findByLabelText('Recording of question 1');
    await waitFor(() => expect(focused).toEqual([player]));
  });

  test('loading by a pointer (focus elsewhere) does not move focus', async () => {
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: () => 'blob:recording', revokeObjectURL: () => {} }));
    const load = vi.fn(async () => ({ ok: true as const, value: new Blob(['x']) }));
    render(
      <>
        <input aria-label="Elsewhere" />
        <RecordingPlayer recording={recording} load={load} onPlayed={() => {}} label="Recording of question 1" />
      </>,
    );
    const focusSpy = vi.spyOn(HTMLMediaElement.prototype, 'focus');
    const elsewhere = screen.getByRole('textbox', { name: 'Elsewhere' });
    elsewhere.focus();
    fireEvent.click(screen.getByRole('button', { name: /Load the recording/ }));
    await screen.findByLabelText('Recording of question 1');
    expect(document.activeElement).toBe(elsewhere);
    expect(focusSpy).not.toHaveBeenCalled();
  });
});
