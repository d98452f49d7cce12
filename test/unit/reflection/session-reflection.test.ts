import { afterEach, describe, expect, test } from 'vitest';
import { removeTempDirs } from '../../helpers/temp-dir';
import { call, callOk, openTestCore } from '../../helpers/test-core';

afterEach(removeTempDirs);

function withSession() {
  const core = openTestCore();
  core.db.prepare("INSERT INTO practice_sessions (id, setup, started_at) VALUES (7, '{}', '2026-03-01T09:00:00.000Z')").run();
  return core;
}

describe('session reflection', () => {
  test('is null until saved, then reads back what was saved and survives reopening', async () => {
    const core = withSession();
    expect(await callOk(core, 'reflection.getForSession', { sessionId: 7 })).toBeNull();
    const saved = await callOk(core, 'reflection.saveForSession', {
      sessionId: 7,
      wentWell: 'Kept to time',
      toImprove: 'Fewer filler words',
      practiseNext: 'Conflict questions',
    });
    expect(saved).toMatchObject({ wentWell: 'Kept to time', toImprove: 'Fewer filler words', practiseNext: 'Conflict questions' });
    core.close();

    const again = openTestCore(core.dataDir);
    expect(await callOk(again, 'reflection.getForSession', { sessionId: 7 })).toEqual(saved);
    again.close();
  });

  test('saving again replaces the notes in the same row', async () => {
    const core = withSession();
    await callOk(core, 'reflection.saveForSession', { sessionId: 7, wentWell: 'a', toImprove: 'b', practiseNext: 'c' });
    await callOk(core, 'reflection.saveForSession', { sessionId: 7, wentWell: 'x', toImprove: '', practiseNext: '' });
    expect(await callOk(core, 'reflection.getForSession', { sessionId: 7 })).toMatchObject({
      wentWell: 'x',
      toImprove: '',
      practiseNext: '',
    });
    expect(core.db.prepare('SELECT count(*) AS n FROM reflections WHERE session_id = 7').get()).toEqual({ n: 1 });
    core.close();
  });

  test('a session that does not exist is not_found; over-long notes are refused naming the field', async () => {
    const core = withSession();
    const missing = await call(core, 'reflection.saveForSession', { sessionId: 99, wentWell: '', toImprove: '', practiseNext: '' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await call(core, 'reflection.getForSession', { sessionId: 99 })).toMatchObject({ ok: false, error: { code: 'not_found' } });

    const long = await call(core, 'reflection.saveForSession', {
      sessionId: 7,
      wentWell: 'x'.repeat(2001),
      toImprove: '',
      practiseNext: '',
    });
    expect(long.ok).toBe(false);
    if (!long.ok) expect(long.error.issues?.[0]?.path).toBe('wentWell');
    core.close();
  });

  test('the database refuses a reflection row tied to both an interview and a session, or to neither', () => {
    const core = withSession();
    core.db
      .prepare(
        "INSERT INTO interviews (id, company, role, held_at, stage, format, created_at, updated_at) VALUES (1, 'A', 'B', '2026-01-01T10:00:00.000Z', 'first', 'video', 'x', 'x')",
      )
      .run();
    const insert = (interviewId: number | null, sessionId: number | null) =>
      core.db
        .prepare("INSERT INTO reflections (interview_id, session_id, created_at, updated_at) VALUES (?, ?, 'x', 'x')")
        .run(interviewId, sessionId);
    expect(() => insert(1, 7)).toThrow(/CHECK/);
    expect(() => insert(null, null)).toThrow(/CHECK/);
    core.close();
  });
});
