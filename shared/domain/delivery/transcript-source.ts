/**
 * Room for a transcript later (issue 15, item 4). Nothing implements this yet:
 * Rehearse ships no speech-to-text model. A future source — a local model
 * such as whisper.cpp run by the main process, or the platform's own
 * recogniser — would implement it, and the facts it adds (filler words, words
 * per minute) would sit beside the audio-only `DeliveryFacts`, with their own
 * columns or table and their own analysis version.
 *
 * Rules any implementation must keep:
 * - it runs on this computer; audio never leaves it (the app's privacy promise);
 * - it never blocks the next question (run after the answer is saved, as the audio analysis does);
 * - times are milliseconds from the start of the recording, like `DeliveryFacts`;
 * - it says what it cannot do (`unavailable`) rather than returning empty words.
 */

/** One recognised word, with its place in the recording. */
export interface TranscriptWord {
  text: string;
  startMs: number;
  endMs: number;
  /** The recogniser's confidence, 0–1, when it gives one. */
  confidence?: number;
}

export interface Transcript {
  /** Which source and version made it, e.g. "whisper.cpp base.en 1.7" (shown to the user, stored with the facts). */
  source: string;
  /** BCP 47 language tag of the speech, e.g. "en-GB". */
  language: string;
  words: TranscriptWord[];
}

/** Facts a transcript adds beside the audio-only ones. */
export interface TranscriptFacts {
  /** Spoken words per minute of speaking time (words, not syllables: no longer an estimate from energy). */
  wordsPerMinute: number | null;
  /** Each filler ("um", "uh", "you know", "like" as a filler) with where it was said. */
  fillers: { text: string; startMs: number }[];
}

export type TranscriptResult = { kind: 'ok'; transcript: Transcript } | { kind: 'unavailable'; reason: string };

/**
 * A source of transcripts for recorded answers.
 * `transcribe` takes the decoded mono samples (the same `Pcm` the audio
 * analysis gets) and a language hint; it resolves to the transcript or to
 * `unavailable` with a reason the user can read (no model installed, language
 * not supported). It may take seconds per minute of audio; callers show progress
 * and may abort with `signal`.
 */
export interface TranscriptSource {
  readonly id: string;
  /** True when the source can run here now (model present, platform supported). */
  available(): Promise<boolean>;
  transcribe(
    pcm: { channels: readonly Float32Array[]; sampleRate: number },
    language: string,
    signal?: AbortSignal,
  ): Promise<TranscriptResult>;
  /** Derives the facts from a transcript and the answer's speaking time (ms). */
  facts(transcript: Transcript, speechMs: number): TranscriptFacts;
}
