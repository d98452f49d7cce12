import { z } from 'zod';
import { roleFamilies, roleLevels } from './first-run';

export const themes = ['system', 'light', 'dark'] as const;
export const recordingModes = ['off', 'audio', 'video'] as const;
export const answerTimeSources = ['question', 'fixed'] as const;

const preferenceFields = {
  theme: z.enum(themes),
  /** Seconds to think before the answer clock starts (0–3 minutes). */
  thinkSeconds: z.number().int().min(0).max(180),
  /** `question` uses each question's suggested length; `fixed` uses answerSeconds. */
  answerTimeSource: z.enum(answerTimeSources),
  answerSeconds: z.number().int().min(15).max(900),
  readAloud: z.boolean(),
  /** Name of the system voice, or empty for the system default. */
  voiceName: z.string().max(200),
  speechRate: z.number().min(0.5).max(2),
  recording: z.enum(recordingModes),
  /** Measure delivery facts (pauses, speaking time) from each recorded answer, on this computer (issue 15); on unless turned off. */
  analyseDelivery: z.boolean(),
  /** Desktop notifications when questions are due or an interview is a day away; off unless the user turns it on. */
  reminders: z.boolean(),
  /** What the user is preparing for: chooses the banks a new set-up starts from (shared/domain/first-run.ts). */
  roleFamily: z.enum(roleFamilies),
  roleLevel: z.enum(roleLevels),
  /** True once the first-run screen was completed or skipped, so it is shown once. */
  onboarded: z.boolean(),
};

/** The user's preferences, complete. */
export const preferencesSchema = z.strictObject(preferenceFields);
/** A partial update: only the named fields change, each still validated. */
export const preferencesPatchSchema = z.strictObject(preferenceFields).partial();

export type Preferences = z.output<typeof preferencesSchema>;
export type PreferencesPatch = z.output<typeof preferencesPatchSchema>;
export type Theme = Preferences['theme'];
export type RecordingMode = Preferences['recording'];

export const defaultPreferences: Preferences = {
  theme: 'system',
  thinkSeconds: 20,
  answerTimeSource: 'question',
  answerSeconds: 120,
  readAloud: false,
  voiceName: '',
  speechRate: 1,
  recording: 'off',
  analyseDelivery: true,
  reminders: false,
  roleFamily: 'general',
  roleLevel: 'trainee',
  onboarded: false,
};
