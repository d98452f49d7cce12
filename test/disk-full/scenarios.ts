import type { AppCore } from '../../electron/main/app-core';
import type { Result } from '../../shared/contract/result';
import { notesSave } from '../helpers/notes-save';
import type { StarNotes } from '../../shared/domain/questions';

/** What must hold in the data folder once a write was acknowledged; the parent checks it after the child is gone. */
export type Check =
  { kind: 'sql'; key: string; sql: string; args: unknown[]; expect: unknown } | { kind: 'file'; key: string; path: string };

/** The fixtures every scenario works on, made before the disk fills. */
export interface Fixtures {
  bankId: number;
  otherBankId: number;
  /** A bank with practice history, which banks.remove archives rather than deletes. */
  historyBankId: number;
  questionIds: number[];
  sessionId: number;
  /** Set once sessions.end was acknowledged and no new session could be started since: the answer scenarios wait. */
  sessionEnded?: boolean;
  /** Set once sessions.start was refused (the disk is full). */
  startRefused?: boolean;
  interviewId: number;
  actionId: number;
  /** The recording the last acknowledged sessions.finishRecording stored, for the delivery facts scenario. */
  recordingId?: number;
  /** Ids made by earlier scenarios, for the ones that end, remove or delete them. */
  made: { interviews: number[]; actions: number[]; banks: number[] };
}

export interface Scenario {
  channel: string;
  /** Calls the channel once; returns the check for an acknowledged write, or null when there was nothing to do. */
  run(call: Call, f: Fixtures, marker: string, round: number): Promise<{ result: Result<unknown>; check: Check | null } | null>;
}

export type Call = (channel: string, input: unknown) => Promise<Result<unknown>>;

const sql = (key: string, query: string, args: unknown[], expect: unknown): Check => ({ kind: 'sql', key, sql: query, args, expect });
const value = <T>(result: Result<unknown>) => (result.ok ? (result.value as T) : null);

export const setup = {
  thinkSeconds: 0,
  answerTimeSource: 'fixed',
  answerSeconds: 60,
  pressure: 'untimed',
  multiplier: 1,
  readAloud: false,
  voiceName: '',
  speechRate: 1,
  recording: 'off',
  includeQuestionsToAsk: false,
  categories: [],
  tags: [],
  order: 'random',
} as const;

const answer = (sessionId: number, note: string) => ({
  sessionId,
  position: 0,
  skipped: false,
  confidence: 3,
  timeUsedMs: 1000,
  note,
  struggled: false,
  selfCheck: { eyeContact: true, posture: true, pace: true, fillerWords: true, structure: true, answeredQuestion: true },
});

const interview = (company: string) => ({
  company,
  role: 'Engineer',
  heldAt: '2026-01-01T10:00:00.000Z',
  stage: 'first',
  format: 'video',
});

/** One scenario per channel that writes rows or files; `test/unit/reliability/full-disk.test.ts` checks none is missing. */
export const scenarios: Scenario[] = [
  {
    channel: 'banks.create',
    async run(call, f, m) {
      const result = await call('banks.create', { name: m, description: '' });
      const bank = value<{ id: number }>(result);
      if (bank) f.made.banks.push(bank.id);
      return { result, check: sql(m, 'SELECT count(*) FROM banks WHERE name = ?', [m], 1) };
    },
  },
  {
    channel: 'banks.update',
    async run(call, f, m) {
      const result = await call('banks.update', { id: f.bankId, description: m });
      return { result, check: sql('bank-description', 'SELECT description FROM banks WHERE id = ?', [f.bankId], m) };
    },
  },
  {
    channel: 'banks.remove',
    async run(call, f) {
      const id = f.made.banks.shift();
      if (id === undefined) return null;
      const result = await call('banks.remove', { id });
      return { result, check: sql(`bank-${id}`, 'SELECT count(*) FROM banks WHERE id = ? AND archived_at IS NULL', [id], 0) };
    },
  },
  {
    channel: 'banks.restore',
    async run(call, f, _m, round) {
      // A bank with practice history is archived by banks.remove (odd rounds) and brought back by banks.restore.
      const channel = round % 2 === 1 ? 'banks.remove' : 'banks.restore';
      const result = await call(channel, { id: f.historyBankId });
      const archived = channel === 'banks.remove' ? 1 : 0;
      return { result, check: sql('history-bank', 'SELECT archived_at IS NOT NULL FROM banks WHERE id = ?', [f.historyBankId], archived) };
    },
  },
  {
    channel: 'banks.import',
    async run(call, _f, m) {
      const file = { formatVersion: 1, bank: { name: m, description: '' }, questions: [{ text: `${m} question?` }] };
      const base64 = Buffer.from(JSON.stringify(file)).toString('base64');
      const result = await call('banks.import', { fileName: `${m}.json`, base64, duplicates: 'keepBoth' });
      return { result, check: sql(m, 'SELECT count(*) FROM questions WHERE text = ?', [`${m} question?`], 1) };
    },
  },
  {
    channel: 'questions.create',
    async run(call, f, m) {
      const result = await call('questions.create', { bankId: f.bankId, text: m });
      return { result, check: sql(m, 'SELECT count(*) FROM questions WHERE text = ?', [m], 1) };
    },
  },
  {
    channel: 'questions.update',
    async run(call, f, m) {
      const id = f.questionIds[0]!;
      const result = await call('questions.update', { id, patch: { text: m } });
      return { result, check: sql(`q-${id}-text`, 'SELECT text FROM questions WHERE id = ?', [id], m) };
    },
  },
  {
    channel: 'questions.saveNotes',
    async run(call, f, m) {
      const id = f.questionIds[1]!;
      const current = await call('questions.get', { id });
      if (!current.ok)
        return { result: current, check: sql(`q-${id}-notes`, 'SELECT notes_situation FROM questions WHERE id = ?', [id], m) };
      const question = current.value as { version: number; notes: StarNotes };
      const save = notesSave({ ...question.notes, situation: m }, question);
      const result = await call('questions.saveNotes', { id, save });
      return { result, check: sql(`q-${id}-notes`, 'SELECT notes_situation FROM questions WHERE id = ?', [id], m) };
    },
  },
  {
    channel: 'questions.setArchived',
    async run(call, f, _m, round) {
      const id = f.questionIds[2]!;
      const archived = round % 2 === 0;
      const result = await call('questions.setArchived', { id, archived });
      return {
        result,
        check: sql(`q-${id}-archived`, 'SELECT archived_at IS NOT NULL FROM questions WHERE id = ?', [id], archived ? 1 : 0),
      };
    },
  },
  {
    channel: 'questions.move',
    async run(call, f, _m, round) {
      const id = f.questionIds[3]!;
      const bankId = round % 2 === 0 ? f.otherBankId : f.bankId;
      const result = await call('questions.move', { id, bankId });
      return { result, check: sql(`q-${id}-bank`, 'SELECT bank_id FROM questions WHERE id = ?', [id], bankId) };
    },
  },
  {
    channel: 'sessions.start',
    async run(call, f, m) {
      const result = await call('sessions.start', {
        setup: { ...setup, bankIds: [f.bankId], count: 2 },
        questionIds: f.questionIds.slice(0, 2),
      });
      const session = value<{ id: number }>(result);
      // Starting a session ends the one before; the answer scenarios follow the newest.
      if (session) Object.assign(f, { sessionId: session.id, sessionEnded: false });
      else f.startRefused = true;
      return { result, check: session ? sql(m, 'SELECT count(*) FROM practice_sessions WHERE id = ?', [session.id], 1) : null };
    },
  },
  {
    channel: 'sessions.saveAnswer',
    async run(call, f, m) {
      if (f.sessionEnded) return null;
      const result = await call('sessions.saveAnswer', answer(f.sessionId, m));
      return {
        result,
        check: sql(`answer-${f.sessionId}`, 'SELECT note FROM answers WHERE session_id = ? AND position = 0', [f.sessionId], m),
      };
    },
  },
  {
    channel: 'sessions.saveReviewConfidence',
    async run(call, f, _m, round) {
      if (f.sessionEnded) return null;
      const reviewConfidence = 1 + (round % 5);
      const result = await call('sessions.saveReviewConfidence', { sessionId: f.sessionId, position: 0, reviewConfidence });
      return {
        result,
        check: sql(
          `review-${f.sessionId}`,
          'SELECT review_confidence FROM answers WHERE session_id = ? AND position = 0',
          [f.sessionId],
          reviewConfidence,
        ),
      };
    },
  },
  {
    channel: 'sessions.finishRecording',
    async run(call, f, m) {
      if (f.sessionEnded) return null;
      const begun = await call('sessions.beginRecording', { sessionId: f.sessionId, position: 1, mimeType: 'audio/webm' });
      const upload = value<{ uploadId: string }>(begun);
      if (!upload) return { result: begun, check: null };
      const bytes = Buffer.alloc(4000, m.length);
      Buffer.from([0x1a, 0x45, 0xdf, 0xa3]).copy(bytes);
      const appended = await call('sessions.appendRecording', { uploadId: upload.uploadId, index: 0, data: bytes.toString('base64') });
      if (!appended.ok) return { result: appended, check: null };
      const result = await call('sessions.finishRecording', { uploadId: upload.uploadId, durationMs: 1000 });
      const stored = value<{ id: number }>(result);
      if (stored) f.recordingId = stored.id;
      return {
        result,
        check: sql(`recording-${f.sessionId}`, 'SELECT count(*) FROM recordings WHERE session_id = ? AND position = 1', [f.sessionId], 1),
      };
    },
  },
  {
    channel: 'sessions.saveDeliveryFacts',
    async run(call, f, _m, round) {
      if (f.recordingId === undefined) return null;
      const speechMs = 100 + round;
      const facts = {
        analysisVersion: 1,
        durationMs: 1000,
        firstSpeechMs: 0,
        speechMs,
        pauses: [],
        endSilenceMs: 1000 - speechMs,
        quietSpans: [],
        speechSpans: [{ startMs: 0, endMs: speechMs }],
        syllablesPerMinuteEstimate: null,
      };
      const result = await call('sessions.saveDeliveryFacts', { recordingId: f.recordingId, facts });
      return {
        result,
        check: sql(`facts-${f.recordingId}`, 'SELECT speech_ms FROM delivery_facts WHERE recording_id = ?', [f.recordingId], speechMs),
      };
    },
  },
  {
    channel: 'reflection.saveInterview',
    async run(call, f, m) {
      const result = await call('reflection.saveInterview', interview(m));
      const saved = value<{ id: number }>(result);
      if (saved) f.made.interviews.push(saved.id);
      return { result, check: sql(m, 'SELECT count(*) FROM interviews WHERE company = ?', [m], 1) };
    },
  },
  {
    channel: 'reflection.deleteInterview',
    async run(call, f) {
      const id = f.made.interviews.shift();
      if (id === undefined) return null;
      const result = await call('reflection.deleteInterview', { id });
      return { result, check: sql(`interview-${id}`, 'SELECT count(*) FROM interviews WHERE id = ?', [id], 0) };
    },
  },
  {
    channel: 'reflection.saveStep',
    async run(call, f, m) {
      const view = await call('reflection.get', { interviewId: f.interviewId });
      const current = value<{ version: number; drafts: { roleFit: unknown } }>(view);
      if (!current) return { result: view, check: null };
      const save = { baseVersion: current.version, base: { roleFit: current.drafts.roleFit }, changes: { roleFit: { attracted: m } } };
      const result = await call('reflection.saveStep', { interviewId: f.interviewId, save });
      return {
        result,
        check: sql('role-fit', "SELECT json_extract(role_fit, '$.attracted') FROM reflections WHERE interview_id = ?", [f.interviewId], m),
      };
    },
  },
  {
    channel: 'reflection.setStep',
    async run(call, f, _m, round) {
      const step = 1 + (round % 5);
      const result = await call('reflection.setStep', { interviewId: f.interviewId, step });
      return { result, check: sql('current-step', 'SELECT current_step FROM reflections WHERE interview_id = ?', [f.interviewId], step) };
    },
  },
  {
    channel: 'reflection.markEmailSent',
    async run(call, f, _m, round) {
      const sentOn = `2026-02-${String(1 + (round % 28)).padStart(2, '0')}`;
      const result = await call('reflection.markEmailSent', { interviewId: f.interviewId, kind: 'thank_you', sentOn });
      return {
        result,
        check: sql('thank-you', 'SELECT thank_you_sent_on FROM reflections WHERE interview_id = ?', [f.interviewId], sentOn),
      };
    },
  },
  {
    channel: 'reflection.addStruggledQuestion',
    async run(call, f, m) {
      const result = await call('reflection.addStruggledQuestion', {
        interviewId: f.interviewId,
        itemKey: m.replace(/[^A-Za-z0-9_-]/g, '').slice(-40),
        text: m,
      });
      return { result, check: sql(m, 'SELECT count(*) FROM questions WHERE text = ?', [m], 1) };
    },
  },
  {
    channel: 'reflection.createAction',
    async run(call, f, m) {
      const result = await call('reflection.createAction', { kind: 'skill', title: m });
      const item = value<{ id: number }>(result);
      if (item) f.made.actions.push(item.id);
      return { result, check: sql(m, 'SELECT count(*) FROM action_items WHERE title = ?', [m], 1) };
    },
  },
  {
    channel: 'reflection.saveAction',
    async run(call, f, m) {
      const result = await call('reflection.saveAction', { id: f.actionId, kind: 'skill', title: m });
      return { result, check: sql('action-title', 'SELECT title FROM action_items WHERE id = ?', [f.actionId], m) };
    },
  },
  {
    channel: 'reflection.deleteAction',
    async run(call, f) {
      const id = f.made.actions.shift();
      if (id === undefined) return null;
      const result = await call('reflection.deleteAction', { id });
      return { result, check: sql(`action-${id}`, 'SELECT count(*) FROM action_items WHERE id = ?', [id], 0) };
    },
  },
  {
    channel: 'reflection.saveForSession',
    async run(call, f, m) {
      if (f.sessionEnded) return null;
      const result = await call('reflection.saveForSession', { sessionId: f.sessionId, wentWell: m, toImprove: '', practiseNext: '' });
      return {
        result,
        check: sql(`session-reflection-${f.sessionId}`, 'SELECT went_well FROM reflections WHERE session_id = ?', [f.sessionId], m),
      };
    },
  },
  {
    channel: 'data.backupNow',
    async run(call) {
      const result = await call('data.backupNow', {});
      const backup = value<{ fileName: string }>(result);
      return { result, check: backup ? { kind: 'file', key: backup.fileName, path: `backups/${backup.fileName}` } : null };
    },
  },
  {
    channel: 'sessions.end',
    // Only once sessions.start was refused: ending the current session earlier could leave the answer
    // scenarios without one, should the next sessions.start be the first write refused.
    async run(call, f) {
      if (!f.startRefused) return null;
      const id = f.sessionId;
      const result = await call('sessions.end', { sessionId: id });
      if (result.ok) f.sessionEnded = true;
      return { result, check: sql(`end-${id}`, 'SELECT ended_at IS NOT NULL FROM practice_sessions WHERE id = ?', [id], 1) };
    },
  },
];

/** Makes the fixtures through the dispatcher, before the disk fills. */
export async function makeFixtures(core: AppCore): Promise<Fixtures> {
  const ok = async <T>(channel: string, input: unknown): Promise<T> => {
    const result = await core.dispatch(channel, input, { transport: 'test' });
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value as T;
  };
  const bank = await ok<{ id: number }>('banks.create', { name: 'Disk-full bank', description: '' });
  const other = await ok<{ id: number }>('banks.create', { name: 'Disk-full other bank', description: '' });
  const questionIds: number[] = [];
  for (let i = 0; i < 4; i++)
    questionIds.push((await ok<{ id: number }>('questions.create', { bankId: bank.id, text: `Fixture question ${i}?` })).id);
  const history = await ok<{ id: number }>('banks.create', { name: 'Disk-full history bank', description: '' });
  const historyQuestion = await ok<{ id: number }>('questions.create', { bankId: history.id, text: 'History question?' });
  const historySession = await ok<{ id: number }>('sessions.start', {
    setup: { ...setup, bankIds: [history.id], count: 1 },
    questionIds: [historyQuestion.id],
  });
  await ok('sessions.saveAnswer', answer(historySession.id, 'history'));
  await ok('banks.remove', { id: history.id });
  const saved = await ok<{ id: number }>('reflection.saveInterview', interview('Fixture company'));
  const action = await ok<{ id: number }>('reflection.createAction', { kind: 'skill', title: 'Fixture action' });
  // Pools for the scenarios that end, remove or delete, so they have work after the disk fills.
  const made: Fixtures['made'] = { interviews: [], actions: [], banks: [] };
  for (let i = 0; i < 60; i++) {
    made.banks.push((await ok<{ id: number }>('banks.create', { name: `Pool bank ${i}`, description: '' })).id);
    // A long job description each, so the database outgrows the file size limit and a backup of it is refused.
    const long = { ...interview(`Pool company ${i}`), jobDescription: 'Requirements. '.repeat(1400) };
    made.interviews.push((await ok<{ id: number }>('reflection.saveInterview', long)).id);
    made.actions.push((await ok<{ id: number }>('reflection.createAction', { kind: 'skill', title: `Pool action ${i}` })).id);
  }
  // Last: starting a session ends the one before.
  const session = await ok<{ id: number }>('sessions.start', {
    setup: { ...setup, bankIds: [bank.id], count: 2 },
    questionIds: questionIds.slice(0, 2),
  });
  return {
    bankId: bank.id,
    otherBankId: other.id,
    historyBankId: history.id,
    questionIds,
    sessionId: session.id,
    interviewId: saved.id,
    actionId: action.id,
    made,
  };
}
