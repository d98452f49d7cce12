import type { DeliveryFacts } from './delivery/facts';
import { z } from 'zod';
import type { SessionAnswer } from './answers';
import { maxQuestionsPerSession } from './self-check';
import type { BankPurpose } from './banks';
import { answerTimeSources, recordingModes } from './settings';

// The self-check and the session size live in self-check.ts, which answers.ts imports too:
// re-exported here, where their users look, without answers.ts and this file importing each other.
export { emptySelfCheck, maxQuestionsPerSession, type SelfCheck, type SelfCheckKey, selfCheckItems, selfCheckKeys } from './self-check';

export const sessionOrders = ['random', 'weakest', 'due'] as const;
export const pressureLevels = ['untimed', 'soft', 'hard'] as const;
export const timeMultipliers = [1, 1.5, 2] as const;

const name = z.string().trim().min(1).max(120);

/** Everything chosen on the set-up screen; stored with each session, so the last one can be repeated. */
export const sessionSetupSchema = z.strictObject({
  /** Banks to draw from; at least one. */
  bankIds: z.array(z.number().int().positive()).min(1, 'Choose at least one bank.').max(500),
  /** Empty means every category. */
  categories: z.array(name).max(500),
  /** Empty means any tags; otherwise a question needs at least one of them. */
  tags: z.array(name).max(500),
  count: z.number().int().min(1).max(maxQuestionsPerSession),
  order: z.enum(sessionOrders),
  thinkSeconds: z.number().int().min(0).max(180),
  answerTimeSource: z.enum(answerTimeSources),
  answerSeconds: z.number().int().min(15).max(900),
  pressure: z.enum(pressureLevels),
  multiplier: z.union([z.literal(1), z.literal(1.5), z.literal(2)]),
  readAloud: z.boolean(),
  voiceName: z.string().max(200),
  speechRate: z.number().min(0.5).max(2),
  recording: z.enum(recordingModes),
  /**
   * Questions to ask the interviewer (banks whose purpose is 'ask') are the user's to ask, not to answer:
   * a session leaves them out unless this is true. Set-ups stored before it existed read as false.
   */
  includeQuestionsToAsk: z.boolean().default(false),
});
export type SessionSetup = z.output<typeof sessionSetupSchema>;
export type SessionOrder = SessionSetup['order'];
export type Pressure = SessionSetup['pressure'];
export type TimeMultiplier = SessionSetup['multiplier'];

/** Which questions a set-up draws from (the part that changes the matching count). */
export type QuestionFilter = Pick<SessionSetup, 'bankIds' | 'categories' | 'tags' | 'includeQuestionsToAsk'>;

/**
 * Where a session was started from. Only the user's own set-ups ('own': the set-up form, "same again", the
 * first-run quick start) are remembered as the set-up to repeat; a due review, "practise the weakest again",
 * a preparation plan or a list of picked questions never replace it.
 */
export const sessionOrigins = ['own', 'review', 'weakest', 'plan', 'picked'] as const;
export type SessionOrigin = (typeof sessionOrigins)[number];

/** Think time for one question, stretched by the multiplier; null when the session is untimed. */
export function thinkLimitMs(setup: Pick<SessionSetup, 'thinkSeconds' | 'multiplier' | 'pressure'>): number | null {
  if (setup.pressure === 'untimed') return null;
  return Math.round(setup.thinkSeconds * 1000 * setup.multiplier);
}

/** Answer time for one question, stretched by the multiplier; null when the session is untimed. */
export function answerLimitMs(
  setup: Pick<SessionSetup, 'answerTimeSource' | 'answerSeconds' | 'multiplier' | 'pressure'>,
  suggestedSeconds: number,
): number | null {
  if (setup.pressure === 'untimed') return null;
  const seconds = setup.answerTimeSource === 'question' ? suggestedSeconds : setup.answerSeconds;
  return Math.round(seconds * 1000 * setup.multiplier);
}

export type SessionStatus = 'in_progress' | 'completed' | 'abandoned';

export interface RecordingInfo {
  id: number;
  mimeType: string;
  byteSize: number;
  durationMs: number;
  createdAt: string;
  /** What the audio shows (issue 15); null until the recording has been analysed. */
  delivery: DeliveryFacts | null;
}

/** One planned question of a session, with its answer and recording once there are any. */
export interface SessionItem {
  position: number;
  questionId: number;
  bankId: number;
  bankName: string;
  text: string;
  category: string;
  thinkLimitMs: number | null;
  answerLimitMs: number | null;
  /** True when the question has guidance or answer notes worth opening. */
  hasNotes: boolean;
  answer: SessionAnswer | null;
  recording: RecordingInfo | null;
}

export interface SessionDetail {
  id: number;
  setup: SessionSetup;
  status: SessionStatus;
  startedAt: string;
  endedAt: string | null;
  items: SessionItem[];
}

/** A session in the recent list and the "unfinished session" offer. */
export interface SessionListEntry {
  id: number;
  status: SessionStatus;
  startedAt: string;
  endedAt: string | null;
  questionCount: number;
  /** Questions answered and rated (a skip is not an answer: walker walk, the home list said "3 of 3 answered" with one skipped). */
  answeredCount: number;
  /** Questions skipped (saved with no rating). */
  skippedCount: number;
  averageConfidence: number | null;
}

export interface NamedCount {
  name: string;
  count: number;
  /** Banks holding questions with this category or tag, so the form can show only what the chosen banks have. */
  bankIds: number[];
}

export interface SetupOptions {
  /** `purpose` 'ask': questions the user asks the interviewer, left out of a session unless included. */
  banks: { id: number; name: string; questionCount: number; purpose: BankPurpose }[];
  categories: NamedCount[];
  tags: NamedCount[];
  /** True once any question was answered: weakest-first and due-for-review need history. */
  hasHistory: boolean;
  /** The set-up of the most recent session, still valid against today's banks; null before the first. */
  lastSetup: SessionSetup | null;
  /** A set-up built from the user's preferences, for a first session. */
  defaults: SessionSetup;
}

/** The position to ask next: the first one without an answer, or null when every question has one. */
export function nextPosition(items: readonly Pick<SessionItem, 'position' | 'answer'>[]): number | null {
  return items.find((item) => item.answer === null)?.position ?? null;
}
