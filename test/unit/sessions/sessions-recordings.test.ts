import { existsSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { recordingsDir } from '../../../electron/main/services/recordings/recording-files';
import type { AppCore } from '../../../electron/main/app-core';
import { call, callOk, openTestCore } from '../../helpers/test-core';
import { makeTempDir, removeTempDirs } from '../../helpers/temp-dir';
import { insertBank, insertQuestion, setupFor } from './fixtures';

const cores: AppCore[] = [];
function core(dataDir?: string) {
  const opened = openTestCore(dataDir);
  cores.push(opened);
  return opened;
}
afterEach(() => {
  cores.splice(0).forEach((c) => c.close());
  removeTempDirs();
});

async function session(app: AppCore, questions = 2) {
  const bank = insertBank(app.db, 'Recorded');
  const ids = Array.from({ length: questions }, () => insertQuestion(app.db, bank));
  return callOk(app, 'sessions.start', { setup: setupFor([bank], { recording: 'audio' }), questionIds: ids });
}

/** Pseudo-random bytes standing in for WebM. */
function bytes(length: number, seed = 7): Buffer {
  const out = Buffer.alloc(length);
  for (let i = 0; i < length; i++) out[i] = (i * 31 + seed * 17) % 251;
  return out;
}

async function upload(app: AppCore, sessionId: number, position: number, data: Buffer, chunk = 1000) {
  const { uploadId } = await callOk(app, 'sessions.beginRecording', { sessionId, position, mimeType: 'audio/webm;codecs=opus' });
  for (let offset = 0, index = 0; offset < data.length; offset += chunk, index++) {
    await callOk(app, 'sessions.appendRecording', { uploadId, index, data: data.subarray(offset, offset + chunk).toString('base64') });
  }
  return callOk(app, 'sessions.finishRecording', { uploadId, durationMs: 1500 });
}

const files = (app: { dataDir: string }) => (existsSync(recordingsDir(app.dataDir)) ? readdirSync(recordingsDir(app.dataDir)).sort() : []);

describe('saving a recording', () => {
  test('chunks become one file in recordings/, linked to the position, and read back byte for byte', async () => {
    const app = core();
    const s = await session(app);
    const data = bytes(5500);
    const info = await upload(app, s.id, 0, data);
    expect(info).toMatchObject({ mimeType: 'audio/webm;codecs=opus', byteSize: 5500, durationMs: 1500 });

    const [file] = files(app);
    expect(file).toMatch(/^rec-s\d+-p0-[a-f0-9]{32}\.webm$/);
    expect(readFileSync(join(recordingsDir(app.dataDir), file!)).equals(data)).toBe(true);

    const parts: Buffer[] = [];
    for (let offset = 0; offset < data.length; offset += 2048) {
      const read = await callOk(app, 'sessions.readRecording', { recordingId: info.id, offset, length: 2048 });
      expect(read.totalBytes).toBe(5500);
      parts.push(Buffer.from(read.data, 'base64'));
    }
    expect(Buffer.concat(parts).equals(data)).toBe(true);
    expect((await callOk(app, 'sessions.get', { sessionId: s.id })).items[0]!.recording).toEqual(info);
  });

  test('recording a position again replaces the old file', async () => {
    const app = core();
    const s = await session(app);
    await upload(app, s.id, 0, bytes(300, 1));
    const second = await upload(app, s.id, 0, bytes(400, 2));
    expect(files(app)).toHaveLength(1);
    expect(app.db.prepare('SELECT id, byte_size FROM recordings').all()).toEqual([{ id: second.id, byte_size: 400 }]);
  });

  test('refuses chunks out of order, unknown uploads, non-WebM types, bad base64 and empty recordings', async () => {
    const app = core();
    const s = await session(app);
    const { uploadId } = await callOk(app, 'sessions.beginRecording', {
      sessionId: s.id,
      position: 1,
      mimeType: 'video/webm;codecs=vp8,opus',
    });
    await expect(call(app, 'sessions.appendRecording', { uploadId, index: 1, data: 'AAAA' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    await expect(call(app, 'sessions.appendRecording', { uploadId, index: 0, data: 'not base64!' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    await expect(call(app, 'sessions.finishRecording', { uploadId, durationMs: 10 })).resolves.toMatchObject({
      ok: false,
      error: { message: 'The recording is empty.' },
    });
    await expect(call(app, 'sessions.appendRecording', { uploadId: 'f'.repeat(32), index: 0, data: 'AAAA' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    await expect(call(app, 'sessions.appendRecording', { uploadId: '../../etc/passwd', index: 0, data: 'AAAA' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    await expect(call(app, 'sessions.beginRecording', { sessionId: s.id, position: 0, mimeType: 'audio/wav' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    await expect(call(app, 'sessions.beginRecording', { sessionId: s.id, position: 7, mimeType: 'audio/webm' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(files(app)).toEqual([]);
    expect(app.db.prepare('SELECT count(*) AS n FROM recordings').get()).toEqual({ n: 0 });
  });

  test('a discarded upload leaves no file and no row', async () => {
    const app = core();
    const s = await session(app);
    const { uploadId } = await callOk(app, 'sessions.beginRecording', { sessionId: s.id, position: 0, mimeType: 'audio/webm' });
    await callOk(app, 'sessions.appendRecording', { uploadId, index: 0, data: bytes(10).toString('base64') });
    await callOk(app, 'sessions.discardRecording', { uploadId });
    expect(files(app)).toEqual([]);
  });

  test('if the row cannot be inserted (the session vanished), the published file is removed again', async () => {
    const app = core();
    const s = await session(app);
    const { uploadId } = await callOk(app, 'sessions.beginRecording', { sessionId: s.id, position: 0, mimeType: 'audio/webm' });
    await callOk(app, 'sessions.appendRecording', { uploadId, index: 0, data: bytes(10).toString('base64') });
    app.db.prepare('DELETE FROM practice_sessions WHERE id = ?').run(s.id);
    const result = await call(app, 'sessions.finishRecording', { uploadId, durationMs: 10 });
    expect(result.ok).toBe(false);
    expect(files(app)).toEqual([]);
  });
});

describe('crash safety at start-up', () => {
  test('an upload cut off by a crash leaves only a temp file, which the next start deletes', async () => {
    const dataDir = makeTempDir();
    const app = core(dataDir);
    const s = await session(app);
    await upload(app, s.id, 0, bytes(200));
    const { uploadId } = await callOk(app, 'sessions.beginRecording', { sessionId: s.id, position: 1, mimeType: 'audio/webm' });
    await callOk(app, 'sessions.appendRecording', { uploadId, index: 0, data: bytes(100).toString('base64') });
    expect(files(app).filter((f) => f.endsWith('.partial'))).toHaveLength(1);
    app.close();

    const again = core(dataDir);
    expect(files(again)).toHaveLength(1);
    expect(files(again)[0]).toMatch(/^rec-.*\.webm$/);
    expect(again.db.prepare('SELECT position FROM recordings').all()).toEqual([{ position: 0 }]);
  });

  test('a file renamed into place before its row was inserted is an orphan and is deleted; other files are left alone', async () => {
    const dataDir = makeTempDir();
    const app = core(dataDir);
    const s = await session(app);
    const kept = await upload(app, s.id, 0, bytes(50));
    app.close();
    const dir = recordingsDir(dataDir);
    writeFileSync(join(dir, `rec-s${s.id}-p1-${'a'.repeat(32)}.webm`), bytes(80));
    writeFileSync(join(dir, 'my-notes.txt'), 'mine');

    const again = core(dataDir);
    expect(files(again)).toEqual(['my-notes.txt', expect.stringMatching(/^rec-s\d+-p0-/)]);
    expect((await callOk(again, 'sessions.get', { sessionId: s.id })).items[0]!.recording?.id).toBe(kept.id);
    expect(again.notices.list().find((n) => n.id === 'recordings-missing')).toBeUndefined();
  });

  test('a row whose file is missing or cut short is kept with its answer, nothing is deleted, and the user is told', async () => {
    const dataDir = makeTempDir();
    const app = core(dataDir);
    const s = await session(app);
    await upload(app, s.id, 0, bytes(60));
    await upload(app, s.id, 1, bytes(70));
    await callOk(app, 'sessions.saveAnswer', {
      sessionId: s.id,
      position: 0,
      skipped: false,
      confidence: 3,
      timeUsedMs: 1000,
      selfCheck: { eyeContact: true, posture: false, pace: false, fillerWords: false, structure: false, answeredQuestion: false },
      note: '',
      struggled: false,
    });
    app.close();
    const [first, second] = files({ dataDir });
    truncateSync(join(recordingsDir(dataDir), first!), 10);
    writeFileSync(join(recordingsDir(dataDir), 'unrelated.webm'), 'x');
    rmSync(join(recordingsDir(dataDir), second!));

    const again = core(dataDir);
    expect(again.db.prepare('SELECT count(*) AS n FROM recordings').get()).toEqual({ n: 2 });
    expect(files(again)).toEqual([first, 'unrelated.webm']);
    const detail = await callOk(again, 'sessions.get', { sessionId: s.id });
    expect(detail.items.every((i) => i.recording !== null)).toBe(true);
    expect(detail.items[0]!.answer?.confidence).toBe(3);
    const missing = await call(again, 'sessions.readRecording', { recordingId: detail.items[1]!.recording!.id, offset: 0, length: 10 });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(again.notices.list().find((n) => n.id === 'recordings-missing')?.message).toMatch(
      /^2 answers have lost their recordings: .*Nothing was deleted/,
    );
  });

  test('the table refuses any file name this app would not make, so no row can name a path', async () => {
    const app = core();
    const s = await session(app);
    const insert = app.db.prepare(
      "INSERT INTO recordings (session_id, position, file_name, mime_type, byte_size, duration_ms, created_at) VALUES (?, 0, ?, 'audio/webm', 1, 1, 'now')",
    );
    const hex = 'ab'.repeat(16);
    for (const name of [
      '../rec-s1-p0-x.webm',
      `rec-s1-p0-${hex}/../../x.webm`,
      `rec-s1-p0-${'a'.repeat(200)}.webm`,
      `REC-s1-p0-${hex}.webm`,
      'notes.txt',
    ])
      expect(() => insert.run(s.id, name), name).toThrow(/CHECK/);
    expect(() => insert.run(s.id, `rec-s${s.id}-p0-${hex}.webm`)).not.toThrow();
  });

  test('every recording row names a complete file', async () => {
    const app = core();
    const s = await session(app, 3);
    for (let position = 0; position < 3; position++) await upload(app, s.id, position, bytes(1000 + position * 333, position));
    const rows = app.db.prepare<[], { file_name: string; byte_size: number }>('SELECT file_name, byte_size FROM recordings').all();
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(readFileSync(join(recordingsDir(app.dataDir), row.file_name)).length).toBe(row.byte_size);
  });
});
