import { z } from 'zod';
import {
  maxQuestionsPerSession,
  type RecordingInfo,
  selfCheckKeys,
  type SessionAnswer,
  type SessionDetail,
  type SessionListEntry,
  sessionSetupSchema,
  type SessionStatus,
  type SetupOptions,
} from '../domain/sessions';
import { channel } from './channel';
import { noInput } from './empty';

const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const position = z
  .number()
  .int()
  .min(0)
  .max(maxQuestionsPerSession - 1);
const confidence = z.number().int().min(1).max(5);
const bySession = z.strictObject({ sessionId: id });
const nameList = z.array(z.string().trim().min(1).max(120)).max(500);

/** Raw bytes per recording chunk; keeps each IPC message and bridge request small. */
export const recordingChunkBytes = 2 * 1024 * 1024;
const chunkBase64Max = Math.ceil(recordingChunkBytes / 3) * 4;
/** An answer of up to 30 minutes of camera video fits well inside this. */
export const maxRecordingBytes = 1024 * 1024 * 1024;
/** What MediaRecorder writes: WebM audio or video, with or without a codecs list. */
export const recordingMimePattern = /^(audio|video)\/webm(;\s*codecs="?[a-z0-9.]+(,\s*[a-z0-9.]+)*"?)?$/i;
const uploadId = z.string().regex(/^[a-f0-9]{32}$/, 'Not an upload id');

const selfCheckSchema = z.strictObject(
  Object.fromEntries(selfCheckKeys.map((key) => [key, z.boolean()])) as Record<(typeof selfCheckKeys)[number], z.ZodBoolean>,
);

/** A rated answer needs a confidence; a skipped one has none. */
const saveAnswerSchema = z
  .strictObject({
    sessionId: id,
    position,
    skipped: z.boolean(),
    confidence: confidence.nullable(),
    /** Four hours: far beyond any answer, small enough to catch a clock bug. */
    timeUsedMs: z
      .number()
      .int()
      .min(0)
      .max(4 * 60 * 60 * 1000),
    selfCheck: selfCheckSchema,
    note: z.string().max(2000, 'Keep the note under 2,000 characters'),
    struggled: z.boolean(),
  })
  .superRefine((value, ctx) => {
    if (value.skipped && value.confidence !== null)
      ctx.addIssue({ code: 'custom', path: ['confidence'], message: 'A skipped question has no confidence rating' });
    if (!value.skipped && value.confidence === null)
      ctx.addIssue({ code: 'custom', path: ['confidence'], message: 'Choose a confidence from 1 to 5' });
  });

export const sessionChannels = {
  /** Banks, categories and tags to choose from, the last set-up and defaults from the preferences. */
  'sessions.setupOptions': channel(noInput).returns<SetupOptions>(),
  /** How many live questions a choice of banks, categories and tags matches. */
  'sessions.countMatching': channel(z.strictObject({ bankIds: z.array(id).max(500), categories: nameList, tags: nameList })).returns<{
    count: number;
  }>(),
  /** Starts a session with the set-up; `questionIds` (in order) replaces the selection, e.g. "practise the weakest again". */
  'sessions.start': channel(
    z.strictObject({ setup: sessionSetupSchema, questionIds: z.array(id).min(1).max(maxQuestionsPerSession).optional() }),
  ).returns<SessionDetail>(),
  'sessions.get': channel(bySession).returns<SessionDetail>(),
  /** The most recent session that was neither finished nor ended, to offer resuming it. */
  'sessions.unfinished': channel(noInput).returns<SessionListEntry | null>(),
  'sessions.list': channel(z.strictObject({ limit: z.number().int().min(1).max(100).default(10) })).returns<SessionListEntry[]>(),
  /** Saves (or corrects) the rating of one question in one transaction, review schedule included. */
  'sessions.saveAnswer': channel(saveAnswerSchema).returns<SessionAnswer>(),
  /** Confidence given again after replaying the recording; the first rating is kept. Null clears it. */
  'sessions.saveReviewConfidence': channel(
    z.strictObject({ sessionId: id, position, reviewConfidence: confidence.nullable() }),
  ).returns<SessionAnswer>(),
  /** Ends a session: `completed` when anything was answered, else `abandoned`. */
  'sessions.end': channel(bySession).returns<{ status: SessionStatus }>(),

  /** Opens an upload for one answer's recording; bytes go to a temporary file until finished. */
  'sessions.beginRecording': channel(
    z.strictObject({ sessionId: id, position, mimeType: z.string().max(100).regex(recordingMimePattern, 'Not a WebM recording') }),
  ).returns<{ uploadId: string; chunkBytes: number }>(),
  /** Appends chunk `index` (0, 1, 2… in order) of base64 bytes. */
  'sessions.appendRecording': channel(
    z.strictObject({ uploadId, index: z.number().int().min(0).max(100_000), data: z.base64().min(1).max(chunkBase64Max) }),
  ).returns<{ receivedBytes: number }>(),
  /** Makes the file durable, moves it into `recordings/` and links it to the answer's position. */
  'sessions.finishRecording': channel(
    z.strictObject({
      uploadId,
      durationMs: z
        .number()
        .int()
        .min(0)
        .max(4 * 60 * 60 * 1000),
    }),
  ).returns<RecordingInfo>(),
  'sessions.discardRecording': channel(z.strictObject({ uploadId })).returns<null>(),
  /** Reads part of a saved recording as base64, for playback. */
  'sessions.readRecording': channel(
    z.strictObject({
      recordingId: id,
      offset: z.number().int().min(0).max(maxRecordingBytes),
      length: z.number().int().min(1).max(recordingChunkBytes),
    }),
  ).returns<{ mimeType: string; totalBytes: number; data: string }>(),
};
