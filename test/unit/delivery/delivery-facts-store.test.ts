import { afterEach, describe, expect, test } from 'vitest';
import type { AppCore } from '../../../electron/main/app-core';
import type { DeliveryFacts } from '../../../shared/domain/delivery/facts';
import { deliveryAnalysisVersion } from '../../../shared/domain/delivery/facts';
import { call, callOk, openTestCore } from '../../helpers/test-core';
import { makeTempDir, removeTempDirs } from '../../helpers/temp-dir';
import { exportEverything } from '../../../electron/main/services/data/archive-export';
import { importEverything } from '../../../electron/main/services/data/archive-import';
import { readFileSync } from 'node:fs';
import { insertBank, insertQuestion, setupFor } from '../sessions/fixtures';

const cores: AppCore[] = [];
afterEach(() => {
  cores.splice(0).forEach((c) => c.close());
  removeTempDirs();
});

/** A session of `n` recorded answers rated `confidence`, each with a small recording. */
async function recordedSession(app: AppCore, n: number, confidence = 5) {
  const bank = insertBank(app.db, 'Recorded');
  const ids = Array.from({ length: n }, () => insertQuestion(app.db, bank, { suggestedSeconds: 120 }));
  const s = await callOk(app, 'sessions.start', { setup: setupFor([bank], { recording: 'audio', pressure: 'soft' }), questionIds: ids });
  const recordings: number[] = [];
  for (let position = 0; position < n; position++) {
    const { uploadId } = await callOk(app, 'sessions.beginRecording', { sessionId: s.id, position, mimeType: 'audio/webm;codecs=opus' });
    await callOk(app, 'sessions.appendRecording', { uploadId, index: 0, data: Buffer.from('not really webm').toString('base64') });
    recordings.push((await callOk(app, 'sessions.finishRecording', { uploadId, durationMs: 60_000 })).id);
    await callOk(app, 'sessions.saveAnswer', {
      sessionId: s.id,
      position,
      skipped: false,
      timeUsedMs: 60_000,
      cutOffAtLimit: false,
      confidence,
      selfCheck: { eyeContact: true, posture: true, pace: true, fillerWords: true, structure: true, answeredQuestion: true },
      struggled: false,
      note: '',
    });
  }
  return { session: s, recordings };
}

const facts = (over: Partial<DeliveryFacts> = {}): DeliveryFacts => ({
  analysisVersion: deliveryAnalysisVersion,
  durationMs: 60_000,
  firstSpeechMs: 1000,
  speechMs: 40_000,
  pauses: [
    { startMs: 10_000, endMs: 14_000 },
    { startMs: 30_000, endMs: 35_500 },
  ],
  endSilenceMs: 2000,
  quietSpans: [],
  speechSpans: [
    { startMs: 1000, endMs: 10_000 },
    { startMs: 14_000, endMs: 30_000 },
    { startMs: 35_500, endMs: 58_000 },
  ],
  syllablesPerMinuteEstimate: 250,
  ...over,
});

describe('delivery facts', () => {
  test('saved facts come back with the recording in the session and the question history, and survive a restart', async () => {
    const app = openTestCore();
    const { session, recordings } = await recordedSession(app, 2);
    expect((await callOk(app, 'sessions.unanalysedRecordings', {})).recordingIds).toEqual(recordings);
    await callOk(app, 'sessions.saveDeliveryFacts', { recordingId: recordings[0]!, facts: facts() });
    expect((await callOk(app, 'sessions.unanalysedRecordings', {})).recordingIds).toEqual([recordings[1]]);
    app.close();

    const again = openTestCore(app.dataDir);
    cores.push(again);
    const detail = await callOk(again, 'sessions.get', { sessionId: session.id });
    expect(detail.items[0]!.recording!.delivery).toEqual(facts());
    expect(detail.items[1]!.recording!.delivery).toBeNull();
    const history = await callOk(again, 'progress.questionHistory', { questionId: detail.items[0]!.questionId, limit: 10 });
    expect(history.attempts[0]!.recording!.delivery).toEqual(facts());
  });

  test('facts that do not fit the recording are refused and nothing is written', async () => {
    const app = openTestCore();
    cores.push(app);
    const { recordings } = await recordedSession(app, 1);
    const bad = await call(app, 'sessions.saveDeliveryFacts', { recordingId: recordings[0]!, facts: facts({ speechMs: 70_000 }) });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.code).toBe('invalid_input');
    const unknown = await call(app, 'sessions.saveDeliveryFacts', { recordingId: 999, facts: facts() });
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.error.code).toBe('not_found');
    expect(app.db.prepare('SELECT count(*) AS n FROM delivery_facts').get()).toEqual({ n: 0 });
  });

  test('a damaged row on disk reads as not analysed, and is offered for analysis again', async () => {
    const app = openTestCore();
    cores.push(app);
    const { session, recordings } = await recordedSession(app, 1);
    await callOk(app, 'sessions.saveDeliveryFacts', { recordingId: recordings[0]!, facts: facts() });
    app.db.prepare(`UPDATE delivery_facts SET spans = '{"speechSpans": 3}'`).run();
    expect((await callOk(app, 'sessions.get', { sessionId: session.id })).items[0]!.recording!.delivery).toBeNull();
    expect((await callOk(app, 'sessions.unanalysedRecordings', {})).recordingIds).toEqual(recordings);
  });

  test('trend per session and confident answers whose facts disagree', async () => {
    const app = openTestCore();
    cores.push(app);
    const first = await recordedSession(app, 2, 5);
    await callOk(app, 'sessions.saveDeliveryFacts', { recordingId: first.recordings[0]!, facts: facts() });
    await callOk(app, 'sessions.saveDeliveryFacts', {
      recordingId: first.recordings[1]!,
      facts: facts({ pauses: [], speechMs: 57_000, speechSpans: [{ startMs: 1000, endMs: 58_000 }] }),
    });
    const trend = await callOk(app, 'progress.deliveryTrend', {});
    expect(trend).toHaveLength(1);
    expect(trend[0]).toMatchObject({ sessionId: first.session.id, analysed: 2, longPausesPerAnswer: 1 });
    expect(trend[0]!.talkRatio).toBeCloseTo(97 / 120);

    const mismatches = await callOk(app, 'progress.deliveryMismatches', {});
    expect(mismatches).toHaveLength(1);
    expect(mismatches[0]).toMatchObject({ sessionId: first.session.id, position: 0, confidence: 5 });
    expect(mismatches[0]!.reasons).toEqual(['Paused 2 times for 3 s or more (longest 6 s)']);
  });
});

describe('delivery facts travel', () => {
  test('in the answers CSV, and through export everything → import elsewhere', async () => {
    const app = openTestCore();
    cores.push(app);
    const { session, recordings } = await recordedSession(app, 2);
    await callOk(app, 'sessions.saveDeliveryFacts', { recordingId: recordings[0]!, facts: facts() });

    const csv = await callOk(app, 'data.exportAnswersCsv', {});
    const [header, ...rows] = readFileSync(csv.path, 'utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .filter(Boolean);
    // Commas inside quoted cells (a self-check label has one) do not split.
    const split = (line: string) => line.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/);
    const columns = split(header!);
    const cell = (row: string, name: string) => split(row)[columns.indexOf(name)];
    expect(columns).toContain('Pauses of 3 s or more');
    expect(cell(rows[0]!, 'Pauses of 3 s or more')).toBe('2');
    expect(cell(rows[0]!, 'Longest pause (s)')).toBe('5.5');
    expect(cell(rows[0]!, 'Speaking (s)')).toBe('40.0');
    expect(cell(rows[0]!, 'Syllables a minute (estimate)')).toBe('250');
    expect(cell(rows[1]!, 'Pauses of 3 s or more')).toBe('');

    const archive = await exportEverything(app.deps);
    const fresh = openTestCore(makeTempDir());
    cores.push(fresh);
    await importEverything(fresh.deps, archive.path);
    const detail = await callOk(fresh, 'sessions.get', { sessionId: session.id });
    expect(detail.items[0]!.recording!.delivery).toEqual(facts());
    expect(detail.items[1]!.recording!.delivery).toBeNull();
  });
});
