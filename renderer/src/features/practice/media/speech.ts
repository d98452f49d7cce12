import { useEffect, useState } from 'react';

export function speechAvailable(): boolean {
  return typeof window !== 'undefined' && 'speechSynthesis' in window;
}

/**
 * The system's speech voices. Chromium fills the list asynchronously (and
 * some systems never do), so it is read again on `voiceschanged`.
 */
export function useVoices(): SpeechSynthesisVoice[] {
  const [voices, setVoices] = useState<SpeechSynthesisVoice[]>(() => (speechAvailable() ? speechSynthesis.getVoices() : []));
  useEffect(() => {
    if (!speechAvailable()) return;
    const read = () => setVoices(speechSynthesis.getVoices());
    read();
    speechSynthesis.addEventListener('voiceschanged', read);
    return () => speechSynthesis.removeEventListener('voiceschanged', read);
  }, []);
  return voices;
}

/**
 * On Linux, Chromium's voice list (from speech-dispatcher) can stay empty while the
 * system's default voice still speaks (electron/electron#22844), so an empty list there
 * is not proof that nothing can be said.
 */
export function defaultVoiceMayExist(): boolean {
  return speechAvailable() && /Linux/.test(navigator.userAgent) && !/Android/.test(navigator.userAgent);
}

/** Utterance errors that mean "stopped", not "could not speak". */
const stoppedOnPurpose = new Set(['interrupted', 'canceled']);

/**
 * Reads `text` aloud with the named voice (or the system default when the name
 * is empty or gone). Returns false, saying nothing, where there is no voice; where
 * the list is empty but a default voice may exist (Linux), it tries without a voice
 * object and calls `onFailed` if the system then reports it cannot speak.
 */
export function speak(text: string, voiceName: string, rate: number, onFailed?: () => void): boolean {
  if (!speechAvailable()) return false;
  const voices = speechSynthesis.getVoices();
  if (voices.length === 0 && !defaultVoiceMayExist()) return false;
  speechSynthesis.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  const voice = voices.find((v) => v.name === voiceName) ?? voices.find((v) => v.default);
  if (voice) utterance.voice = voice;
  utterance.rate = rate;
  utterance.addEventListener('error', (event) => {
    if (!stoppedOnPurpose.has(event.error)) onFailed?.();
  });
  speechSynthesis.speak(utterance);
  return true;
}

export function stopSpeaking(): void {
  if (speechAvailable()) speechSynthesis.cancel();
}

export const noVoiceMessage = 'No voice available on this system';
