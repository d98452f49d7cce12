import { z } from 'zod';
import {
  maxQuestionsPerSession,
  type RecordingInfo,
  type SessionDetail,
  type SessionListEntry,
  sessionOrigins,
  sessionSetupSchema,
  type SessionStatus,
  type SetupOptions,
} from '../domain/sessions';
import { answerInputSchema, confidenceSchema, maxAnswerMs, positionSchema, recordIdSchema, type SessionAnswer } from '../domain/answers';
import { channel } from './channel';
import { noInput } from './empty';

const id = recordIdSchema;
const position = positionSchema;
const confidence = confidenceSchema;
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

export const sessionChannels = {
  /** Banks, categories and tags to choose from, the last set-up and defaults from the preferences. */
  'sessions.setupOptions': channel(noInput).returns<SetupOptions>(),
  /** How many live questions a choice of banks, categories and tags matches. */
  'sessions.countMatching': channel(
    z.strictObject({
      bankIds: z.array(id).max(500),
      categories: nameList,
      tags: nameList,
      includeQuestionsToAsk: z.boolean().default(false),
    }),
  ).returns<{
    count: number;
  }>(),
  /**
   * Starts a session with the set-up; `questionIds` (in order) replaces the selection, e.g. "practise the weakest
   * again". `origin` says where it was started from (default: 'own' for a set-up, 'picked' with `questionIds`);
   * only 'own' sessions become the "Same again?" set-up.
   */
  'sessions.start': channel(
    z.strictObject({
      setup: sessionSetupSchema,
      questionIds: z.array(id).min(1).max(maxQuestionsPerSession).optional(),
      origin: z.enum(sessionOrigins).optional(),
    }),
  ).returns<SessionDetail>(),
  'sessions.get': channel(bySession).returns<SessionDetail>(),
  /** The most recent session that was neither finished nor ended, to offer resuming it. */
  'sessions.unfinished': channel(noInput).returns<SessionListEntry | null>(),
  'sessions.list': channel(z.strictObject({ limit: z.number().int().min(1).max(100).default(10) })).returns<SessionListEntry[]>(),
  /** Saves (or corrects) the rating of one question in one transaction, review schedule included. */
  'sessions.saveAnswer': channel(answerInputSchema).returns<SessionAnswer>(),
  /** Confidence given again after replaying the recording; the first rating is kept. Null clears it. */
  'sessions.saveReviewConfidence': channel(
    z.strictObject({ sessionId: id, position, reviewConfidence: confidence.nullable() }),
  ).returns<SessionAnswer>(),
  /** Confidence given again after reading the question's guidance and notes; the blind rating is kept. Null clears it. */
  'sessions.saveGuidedConfidence': channel(
    z.strictObject({ sessionId: id, position, guidedConfidence: confidence.nullable() }),
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
      durationMs: z.number().int().min(0).max(maxAnswerMs),
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
