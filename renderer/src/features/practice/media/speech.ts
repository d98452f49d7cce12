import { useEffect, useState } from 'react';

export function speechAvailable(): boolean {
  return typeof window !== 'undefined' && 'speechSynthesis' in window;
}

/**
 * The voices that speak on this computer. Browsers also list network voices (Chrome's "Google …",
 * Edge's "… Online (Natural)"), which send the text to a server to be spoken (`localService`
 * false, Web Speech API); Rehearse promises that nothing leaves the machine, so it never uses them.
 */
export function onDeviceVoices(voices: readonly SpeechSynthesisVoice[]): SpeechSynthesisVoice[] {
  return voices.filter((voice) => voice.localService);
}

/**
 * The system's on-device speech voices. Chromium fills the list asynchronously (and
 * some systems never do), so it is read again on `voiceschanged`.
 */
export function useVoices(): SpeechSynthesisVoice[] {
  const [voices, setVoices] = useState<SpeechSynthesisVoice[]>(() =>
    speechAvailable() ? onDeviceVoices(speechSynthesis.getVoices()) : [],
  );
  useEffect(() => {
    if (!speechAvailable()) return;
    const read = () => setVoices(onDeviceVoices(speechSynthesis.getVoices()));
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
 * Reads `text` aloud with the named on-device voice (or the default, else the first, on-device
 * voice when the name is empty, gone or a network voice). Returns false, saying nothing, where
 * there is no on-device voice (network voices only: the text would leave the computer); where the
 * list is empty but a default voice may exist (Linux), it tries without a voice object and calls
 * `onFailed` if the system then reports it cannot speak.
 */
export function speak(text: string, voiceName: string, rate: number, onFailed?: () => void): boolean {
  if (!speechAvailable()) return false;
  const listed = speechSynthesis.getVoices();
  const voices = onDeviceVoices(listed);
  if (voices.length === 0 && !(listed.length === 0 && defaultVoiceMayExist())) return false;
  speechSynthesis.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  const voice = voices.find((v) => v.name === voiceName) ?? voices.find((v) => v.default) ?? voices[0];
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

/** Also said when the browser lists only network voices, which Rehearse does not use (`onDeviceVoices`). */
export const noVoiceMessage = 'No voice available on this system';
