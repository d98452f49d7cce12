import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import type { EventName } from '../../../shared/contract/event-names';
import type { JobProgress } from '../../../shared/contract/events';
import { call, callOk, openTestCore } from '../../helpers/test-core';
import { removeTempDirs } from '../../helpers/temp-dir';

afterEach(() => removeTempDirs());

function listen(core: ReturnType<typeof openTestCore>) {
  const heard: [EventName, unknown][] = [];
  core.events.addSink((name, payload) => heard.push([name, payload]));
  return heard;
}

test('a successful write announces the domains it changed; reads and refused writes announce nothing', async () => {
  const core = openTestCore();
  const heard = listen(core);
  await callOk(core, 'banks.list', {});
  expect(heard).toEqual([]);
  await callOk(core, 'banks.create', { name: 'Onsite loop' });
  expect(heard).toEqual([['data.changed', { domains: ['questions', 'banks', 'sessions', 'progress', 'stories'] }]]);
  heard.length = 0;
  const refused = await call(core, 'banks.create', { name: '' });
  expect(refused.ok).toBe(false);
  expect(heard).toEqual([]);
  core.close();
});

test('a notice reaches open windows the moment it is added', () => {
  const core = openTestCore();
  const heard = listen(core);
  core.notices.add({ id: 'daily-backup-failed', level: 'warning', message: 'Rehearse could not take today’s backup.' });
  expect(heard).toEqual([
    ['app.notice', { id: 'daily-backup-failed', level: 'warning', message: 'Rehearse could not take today’s backup.' }],
  ]);
  core.close();
});

const progressOf = (heard: [EventName, unknown][]) => heard.filter(([n]) => n === 'job.progress').map(([, p]) => p as JobProgress);

test('backup, check and export report their steps and end finished; backup and check cannot be cancelled', async () => {
  const core = openTestCore();
  const heard = listen(core);
  await callOk(core, 'data.backupNow', {});
  const backup = progressOf(heard);
  expect(backup.map((p) => `${p.kind}:${p.step}:${p.state}`)).toEqual([
    'backup:copying:running',
    'backup:copying:running',
    'backup:finishing:running',
    'backup:finishing:finished',
  ]);
  expect(backup.every((p) => !p.cancellable)).toBe(true);
  expect(new Set(backup.map((p) => p.jobId)).size).toBe(1);

  heard.length = 0;
  await callOk(core, 'data.checkDatabase', {});
  expect(progressOf(heard).map((p) => p.step)).toEqual(['integrity', 'integrity', 'references', 'summaries', 'summaries']);

  heard.length = 0;
  await callOk(core, 'data.exportEverything', {});
  const exported = progressOf(heard);
  expect(exported[0]).toMatchObject({ kind: 'export', state: 'running', cancellable: true });
  const tables = exported.filter((p) => p.step === 'tables' && p.total > 0);
  expect(tables.at(-1)!.done).toBe(tables.at(-1)!.total);
  expect(exported.at(-1)).toMatchObject({ state: 'finished', cancellable: false });
  core.close();
});

test('cancelling an export stops it and leaves no file; cancelling a finished job is refused', async () => {
  const core = openTestCore();
  let cancelled: Promise<unknown> | null = null;
  core.events.addSink((name, payload) => {
    const p = payload as JobProgress;
    if (name === 'job.progress' && p.step === 'tables' && p.state === 'running' && !cancelled) {
      cancelled = callOk(core, 'data.cancelJob', { jobId: p.jobId });
    }
  });
  const result = await call(core, 'data.exportEverything', {});
  expect(await cancelled).toEqual({ cancelling: true });
  expect(result).toEqual({ ok: false, error: { code: 'cancelled', message: 'Stopped at your request. Nothing was changed.' } });
  const exportsDir = join(core.dataDir, 'exports');
  expect(existsSync(exportsDir) ? readdirSync(exportsDir) : []).toEqual([]);
  expect(await callOk(core, 'data.cancelJob', { jobId: '0123456789abcdef' })).toEqual({ cancelling: false });
  // The next export runs normally.
  await callOk(core, 'data.exportEverything', {});
  core.close();
});

test('an import can be cancelled while it checks the archive (data unchanged), not once it replaces the data', async () => {
  const source = openTestCore();
  await callOk(source, 'banks.create', { name: 'Only in the archive' });
  const archive = await callOk(source, 'data.exportEverything', {});
  const { readFileSync } = await import('node:fs');
  const bytes = readFileSync(archive.path);
  source.close();

  const target = openTestCore();
  const upload = async () => {
    const { uploadId } = await callOk(target, 'data.beginImport', { bytes: bytes.length });
    await callOk(target, 'data.appendImport', { uploadId, index: 0, data: bytes.toString('base64') });
    return uploadId;
  };
  const before = await callOk(target, 'banks.list', {});
  const answers: Promise<{ cancelling: boolean }>[] = [];
  const stop = target.events.addSink((name, payload) => {
    const p = payload as JobProgress;
    if (name === 'job.progress' && p.kind === 'import' && p.state === 'running' && (p.step === 'checking' || p.step === 'replacing')) {
      answers.push(callOk(target, 'data.cancelJob', { jobId: p.jobId }));
    }
  });
  const first = await call(target, 'data.finishImport', { uploadId: await upload() });
  expect(first.ok ? 'imported' : first.error.code).toBe('cancelled');
  expect(await callOk(target, 'banks.list', {})).toEqual(before);
  expect((await Promise.all(answers))[0]).toEqual({ cancelling: true });

  // Once it is replacing, a cancel is refused and the import completes.
  answers.length = 0;
  stop();
  target.events.addSink((name, payload) => {
    const p = payload as JobProgress;
    if (name === 'job.progress' && p.kind === 'import' && p.step === 'replacing' && p.state === 'running') {
      expect(p.cancellable).toBe(false);
      answers.push(callOk(target, 'data.cancelJob', { jobId: p.jobId }));
    }
  });
  const second = await call(target, 'data.finishImport', { uploadId: await upload() });
  expect(second.ok).toBe(true);
  expect(await Promise.all(answers)).toEqual([{ cancelling: false }]);
  expect((await callOk(target, 'banks.list', {})).map((b) => b.name)).toContain('Only in the archive');
  target.close();
});
