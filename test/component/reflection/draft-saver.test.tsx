import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Result } from '../../../shared/contract/result';
import { emptyDrafts } from '../../../shared/domain/reflection/drafts';
import { readLocalDraft } from '../../../renderer/src/features/reflection/local-drafts';
import { restoreDrafts } from '../../../renderer/src/features/reflection/restore-drafts';
import { autosaveDelayMs, localDraftKey, type SaveStep, useDraftSaver } from '../../../renderer/src/features/reflection/use-draft-saver';

const ok = (): Result<{ savedAt: string }> => ({ ok: true, value: { savedAt: '2026-03-02T10:00:00.000Z' } });
const fit = (attracted: string) => ({ ...emptyDrafts().roleFit, attracted });

beforeEach(() => {
  vi.useFakeTimers();
  localStorage.clear();
});
afterEach(() => vi.useRealTimers());

describe('useDraftSaver', () => {
  test('keeps every keystroke locally at once, and saves only the latest after a pause', async () => {
    const save = vi.fn<SaveStep>(async () => ok());
    const { result } = renderHook(() => useDraftSaver(7, save));
    act(() => {
      result.current.change('roleFit', fit('T'));
      result.current.change('roleFit', fit('Th'));
      result.current.change('roleFit', fit('The'));
    });
    expect(readLocalDraft(localDraftKey(7, 'roleFit'))).toEqual(fit('The'));
    expect(save).not.toHaveBeenCalled();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(autosaveDelayMs);
    });
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith('roleFit', fit('The'));
    expect(readLocalDraft(localDraftKey(7, 'roleFit'))).toBeUndefined();
    expect(result.current.state).toEqual({ status: 'saved', at: '2026-03-02T10:00:00.000Z' });
  });

  test('flush saves at once (blur, step change) and resolves when saved', async () => {
    const save = vi.fn<SaveStep>(async () => ok());
    const { result } = renderHook(() => useDraftSaver(7, save));
    act(() => result.current.change('improve', { ...emptyDrafts().improve, researchNotes: 'Read the annual report' }));
    let saved = false;
    await act(async () => {
      saved = await result.current.flush();
    });
    expect(saved).toBe(true);
    expect(save).toHaveBeenCalledTimes(1);
  });

  test('a failed save keeps the draft locally, reports it, and retries with the next flush', async () => {
    const save = vi.fn<SaveStep>(async () => ({ ok: false, error: { code: 'unavailable', message: 'Not answering.' } }));
    const { result } = renderHook(() => useDraftSaver(7, save));
    act(() => result.current.change('roleFit', fit('Kept')));
    await act(async () => {
      expect(await result.current.flush()).toBe(false);
    });
    expect(result.current.state).toMatchObject({ status: 'error', error: { message: 'Not answering.' } });
    expect(readLocalDraft(localDraftKey(7, 'roleFit'))).toEqual(fit('Kept'));

    save.mockImplementation(async () => ok());
    await act(async () => {
      expect(await result.current.flush()).toBe(true);
    });
    expect(save).toHaveBeenLastCalledWith('roleFit', fit('Kept'));
    expect(readLocalDraft(localDraftKey(7, 'roleFit'))).toBeUndefined();
  });

  test('unmounting (leaving the reflection) saves what is pending', async () => {
    const save = vi.fn<SaveStep>(async () => ok());
    const { result, unmount } = renderHook(() => useDraftSaver(7, save));
    act(() => result.current.change('confidence', { ...emptyDrafts().confidence, selfRating: 4 }));
    unmount();
    await vi.runAllTimersAsync();
    expect(save).toHaveBeenCalledWith('confidence', expect.objectContaining({ selfRating: 4 }));
  });
});

describe('restoreDrafts', () => {
  test('lays unsaved local typing over the saved drafts, ignoring copies that match or do not parse', () => {
    localStorage.setItem('rehearse.draft.reflection.7.roleFit', JSON.stringify(fit('Typed before reload')));
    localStorage.setItem('rehearse.draft.reflection.7.confidence', '{"selfRating": 42}');
    localStorage.setItem('rehearse.draft.reflection.7.improve', JSON.stringify(emptyDrafts().improve));
    const { drafts, restored } = restoreDrafts(7, emptyDrafts());
    expect(restored).toEqual(['roleFit']);
    expect(drafts.roleFit.attracted).toBe('Typed before reload');
    expect(drafts.confidence).toEqual(emptyDrafts().confidence);
    expect(localStorage.getItem('rehearse.draft.reflection.7.improve')).toBeNull();
  });
});
