import { afterEach, expect, test, vi } from 'vitest';
import { speak } from '../../../renderer/src/features/practice/media/speech';

// Read-aloud where the voice list is empty: on Linux Chromium may list no voices while
// speech-dispatcher's default voice still speaks (electron/electron#22844), so it is tried.

class FakeUtterance extends EventTarget {
  voice: unknown = null;
  rate = 1;
  constructor(readonly text: string) {
    super();
  }
}

function installSpeech(voices: { name: string; default: boolean; localService: boolean }[], userAgent: string) {
  const spoken: FakeUtterance[] = [];
  vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
  vi.stubGlobal('speechSynthesis', { getVoices: () => voices, cancel: () => undefined, speak: (u: FakeUtterance) => spoken.push(u) });
  Object.defineProperty(window, 'speechSynthesis', { value: globalThis.speechSynthesis, configurable: true });
  vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue(userAgent);
  return spoken;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  delete (window as { speechSynthesis?: unknown }).speechSynthesis;
});

const linux = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Electron/45.5.0 Safari/537.36';
const windows =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Electron/45.5.0 Safari/537.36';

test('Linux, empty voice list: speaks with the default voice (no voice object), and reports a failure the system signals', () => {
  const spoken = installSpeech([], linux);
  const failed = vi.fn();
  expect(speak('Tell me about yourself.', '', 1.2, failed)).toBe(true);
  expect(spoken).toHaveLength(1);
  expect(spoken[0]!.voice).toBeNull();
  expect(spoken[0]!.rate).toBe(1.2);
  spoken[0]!.dispatchEvent(Object.assign(new Event('error'), { error: 'interrupted' }));
  expect(failed).not.toHaveBeenCalled();
  spoken[0]!.dispatchEvent(Object.assign(new Event('error'), { error: 'synthesis-failed' }));
  expect(failed).toHaveBeenCalledTimes(1);
});

test('elsewhere, an empty voice list means no voice: nothing is spoken', () => {
  const spoken = installSpeech([], windows);
  expect(speak('Tell me about yourself.', '', 1)).toBe(false);
  expect(spoken).toHaveLength(0);
});

test('with voices, the named one is used', () => {
  const voices = [
    { name: 'A', default: true, localService: true },
    { name: 'B', default: false, localService: true },
  ];
  const spoken = installSpeech(voices, windows);
  expect(speak('Hi', 'B', 1)).toBe(true);
  expect(spoken[0]!.voice).toBe(voices[1]);
});

// Nothing leaves the computer: a network voice (Chrome's "Google …", Edge's "… Online") sends the text to a server.
test('a network voice is never used, even when named or the default: an on-device one speaks instead', () => {
  const voices = [
    { name: 'Google UK English Female', default: true, localService: false },
    { name: 'Microsoft Hazel', default: false, localService: true },
  ];
  const spoken = installSpeech(voices, windows);
  expect(speak('Hi', 'Google UK English Female', 1)).toBe(true);
  expect(spoken[0]!.voice).toBe(voices[1]);
  expect(speak('Hi', '', 1)).toBe(true);
  expect(spoken[1]!.voice).toBe(voices[1]);
});

test('only network voices (on Linux too): nothing is spoken, so the question never leaves the computer', () => {
  for (const userAgent of [windows, linux]) {
    const spoken = installSpeech([{ name: 'Google US English', default: true, localService: false }], userAgent);
    expect(speak('Tell me about yourself.', '', 1)).toBe(false);
    expect(spoken).toHaveLength(0);
  }
});
