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
 * Reads `text` aloud with the named voice (or the system default when the name
 * is empty or gone). Returns false, saying nothing, where there is no voice.
 */
export function speak(text: string, voiceName: string, rate: number): boolean {
  if (!speechAvailable()) return false;
  const voices = speechSynthesis.getVoices();
  if (voices.length === 0) return false;
  speechSynthesis.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  const voice = voices.find((v) => v.name === voiceName) ?? voices.find((v) => v.default);
  if (voice) utterance.voice = voice;
  utterance.rate = rate;
  speechSynthesis.speak(utterance);
  return true;
}

export function stopSpeaking(): void {
  if (speechAvailable()) speechSynthesis.cancel();
}

export const noVoiceMessage = 'No voice available on this system';
