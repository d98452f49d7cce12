import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { type AppCore, createAppCore } from '../../../electron/main/app-core';
import { importUploadLimits } from '../../../electron/main/services/data/import-uploads';
import { recordingUploadLimits } from '../../../electron/main/services/recordings/recording-uploads';
import { recordingsDir } from '../../../electron/main/services/recordings/recording-files';
import { confBackend } from '../../../electron/main/settings/conf-backend';
import { call, callOk } from '../../helpers/test-core';
import { makeTempDir, removeTempDirs } from '../../helpers/temp-dir';
import { insertBank, insertQuestion, setupFor } from '../sessions/fixtures';

/*
 * Abandoned uploads (a tab closed mid-upload, or a client that begins and
 * never finishes) are bounded: a few open at once, none holding a file
 * descriptor between chunks, each dropped with its file when left idle.
 * The clock is injected and stepped; nothing sleeps.
 */

let clock = Date.parse('2026-03-01T09:00:00Z');
const cores: AppCore[] = [];
function openCore(): AppCore & { dataDir: string } {
  const dataDir = makeTempDir();
  const core = createAppCore({ dataDir, mode: 'browser', version: '0.0.0-test', settingsBackend: confBackend, now: () => new Date(clock) });
  cores.push(core);
  return Object.assign(core, { dataDir });
}
afterEach(() => {
  cores.splice(0).forEach((c) => c.close());
  removeTempDirs();
});

const importFiles = (dataDir: string) =>
  existsSync(join(dataDir, '.import-uploads')) ? readdirSync(join(dataDir, '.import-uploads')) : [];
const partialFiles = (dataDir: string) =>
  existsSync(recordingsDir(dataDir)) ? readdirSync(recordingsDir(dataDir)).filter((name) => name.endsWith('.partial')) : [];
/** Open descriptors of this process (Linux); the measure that 3,000 abandoned uploads once grew by 3,000. */
const openDescriptors = () => readdirSync('/proc/self/fd').length;

describe('archive uploads', () => {
  test('3,000 abandoned uploads keep at most the cap of files open, and no descriptors', { timeout: 60_000 }, async () => {
    const core = openCore();
    const descriptorsBefore = openDescriptors();
    let refused = 0;
    for (let i = 0; i < 3000; i++) {
      const begun = await call(core, 'data.beginImport', { bytes: 10_000 });
      if (!begun.ok) {
        expect(begun.error.code).toBe('conflict');
        expect(begun.error.message).toContain('Too many archives');
        refused++;
      } else {
        await callOk(core, 'data.appendImport', { uploadId: begun.value.uploadId, index: 0, data: Buffer.alloc(100).toString('base64') });
      }
      expect(importFiles(core.dataDir).length).toBeLessThanOrEqual(importUploadLimits.maxOpen);
      // A client that never finishes: a little time passes between attempts.
      clock += 10_000;
    }
    // Some attempts find the stalest a minute old and takes its place; the others are told to wait.
    expect(refused).toBeGreaterThan(0);
    expect(refused).toBeLessThan(3000);
    expect(openDescriptors()).toBeLessThanOrEqual(descriptorsBefore + 2);
  });

  test('a full set of fresh uploads refuses a new one with a clear message; a minute later the stalest gives way', async () => {
    const core = openCore();
    const ids: string[] = [];
    for (let i = 0; i < importUploadLimits.maxOpen; i++) ids.push((await callOk(core, 'data.beginImport', { bytes: 10 })).uploadId);
    const refused = await call(core, 'data.beginImport', { bytes: 10 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(importFiles(core.dataDir)).toHaveLength(importUploadLimits.maxOpen);

    clock += 1000;
    for (const uploadId of ids.slice(1)) await callOk(core, 'data.appendImport', { uploadId, index: 0, data: 'AAAA' });
    clock += importUploadLimits.makeRoomAfterMs;
    await callOk(core, 'data.beginImport', { bytes: 10 });
    expect(importFiles(core.dataDir)).toHaveLength(importUploadLimits.maxOpen);
    // The stalest (the first, never touched since) was dropped with its file; the others go on.
    expect(await call(core, 'data.appendImport', { uploadId: ids[0]!, index: 0, data: 'AAAA' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    await callOk(core, 'data.appendImport', { uploadId: ids[1]!, index: 1, data: 'AAAA' });
  });

  test('an upload left idle past the limit is dropped with its file; one that keeps sending is not', async () => {
    const core = openCore();
    const idle = (await callOk(core, 'data.beginImport', { bytes: 100 })).uploadId;
    const busy = (await callOk(core, 'data.beginImport', { bytes: 100 })).uploadId;
    for (let index = 0; index < 4; index++) {
      clock += importUploadLimits.abandonAfterMs / 3;
      await callOk(core, 'data.appendImport', { uploadId: busy, index, data: 'AAAA' });
    }
    expect(importFiles(core.dataDir)).toHaveLength(1);
    const gone = await call(core, 'data.appendImport', { uploadId: idle, index: 0, data: 'AAAA' });
    expect(gone).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(gone.ok || gone.error.message).toContain('left idle too long');
  });
});

describe('recording uploads', () => {
  async function sessionWithQuestions(core: AppCore) {
    const bank = insertBank(core.db, 'Uploads');
    const questionIds = [insertQuestion(core.db, bank), insertQuestion(core.db, bank)];
    return callOk(core, 'sessions.start', { setup: setupFor([bank], { recording: 'audio' }), questionIds });
  }

  test('abandoned recording uploads are capped, hold no descriptors, and expire with their files', async () => {
    const core = openCore();
    const session = await sessionWithQuestions(core);
    const descriptorsBefore = openDescriptors();
    const begin = () => call(core, 'sessions.beginRecording', { sessionId: session.id, position: 0, mimeType: 'audio/webm' });
    for (let i = 0; i < recordingUploadLimits.maxOpen; i++) {
      const { uploadId } = await callOk(core, 'sessions.beginRecording', { sessionId: session.id, position: 0, mimeType: 'audio/webm' });
      await callOk(core, 'sessions.appendRecording', { uploadId, index: 0, data: 'AAAA' });
    }
    expect(await begin()).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(partialFiles(core.dataDir)).toHaveLength(recordingUploadLimits.maxOpen);
    expect(openDescriptors()).toBeLessThanOrEqual(descriptorsBefore + 2);

    clock += recordingUploadLimits.abandonAfterMs;
    const fresh = await callOk(core, 'sessions.beginRecording', { sessionId: session.id, position: 1, mimeType: 'audio/webm' });
    expect(partialFiles(core.dataDir)).toHaveLength(1);
    await callOk(core, 'sessions.appendRecording', { uploadId: fresh.uploadId, index: 0, data: Buffer.from('webm').toString('base64') });
    const saved = await callOk(core, 'sessions.finishRecording', { uploadId: fresh.uploadId, durationMs: 1000 });
    expect(saved.byteSize).toBe(4);
    expect(partialFiles(core.dataDir)).toHaveLength(0);
  });
});
