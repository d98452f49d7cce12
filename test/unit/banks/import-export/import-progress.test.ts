import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import type { JobProgress } from '../../../../shared/contract/events';
import { removeTempDirs } from '../../../helpers/temp-dir';
import { call, callOk, openTestCore } from '../../../helpers/test-core';

afterEach(removeTempDirs);

const file = (name: string, questions: number) => ({
  fileName: `${name}.csv`,
  base64: Buffer.from(`text\n${Array.from({ length: questions }, (_, i) => `Question ${i} from ${name}?`).join('\n')}\n`).toString(
    'base64',
  ),
});
const preImportBackups = (dataDir: string) => {
  const dir = join(dataDir, 'backups');
  return existsSync(dir) ? readdirSync(dir).filter((name) => name.startsWith('pre-import-') && name.endsWith('.sqlite')) : [];
};
function progressOf(core: ReturnType<typeof openTestCore>) {
  const heard: JobProgress[] = [];
  const stop = core.events.addSink((name, payload) => {
    if (name === 'job.progress') heard.push(payload as JobProgress);
  });
  return { heard, stop };
}

test('a question import reports checking, backing up and adding, then finished', async () => {
  const core = openTestCore();
  const { heard } = progressOf(core);
  const result = await callOk(core, 'banks.import', { ...file('Openers', 25), duplicates: 'skip' });
  expect(result.questionsAdded).toBe(25);
  expect(heard.every((p) => p.kind === 'question-import' && p.jobId === heard[0]!.jobId)).toBe(true);
  expect(heard.map((p) => [p.step, p.state, p.cancellable])).toEqual([
    ['questions', 'running', true],
    ['questions', 'running', false],
    ['backing-up', 'running', false],
    ['adding', 'running', false],
    ['adding', 'finished', false],
  ]);
  expect(heard.at(-1)).toMatchObject({ done: 25, total: 25 });
  core.close();
});

test('cancelled while the file is checked: nothing written, not even the backup; refused once it adds', async () => {
  const core = openTestCore();
  const before = await callOk(core, 'banks.list', {});
  const answers: Promise<{ cancelling: boolean }>[] = [];
  const first = progressOf(core);
  const stopOnCheck = core.events.addSink((name, payload) => {
    const p = payload as JobProgress;
    if (name === 'job.progress' && p.step === 'questions' && p.cancellable)
      answers.push(callOk(core, 'data.cancelJob', { jobId: p.jobId }));
  });
  const stopped = await call(core, 'banks.import', { ...file('Openers', 200), duplicates: 'skip' });
  expect(stopped.ok ? 'imported' : stopped.error.code).toBe('cancelled');
  expect(await Promise.all(answers)).toEqual([{ cancelling: true }]);
  expect(first.heard.at(-1)).toMatchObject({ state: 'cancelled', cancellable: false });
  expect(await callOk(core, 'banks.list', {})).toEqual(before);
  expect(preImportBackups(core.dataDir)).toEqual([]);
  stopOnCheck();

  answers.length = 0;
  core.events.addSink((name, payload) => {
    const p = payload as JobProgress;
    if (name === 'job.progress' && p.step === 'adding' && p.state === 'running')
      answers.push(callOk(core, 'data.cancelJob', { jobId: p.jobId }));
  });
  const imported = await callOk(core, 'banks.import', { ...file('Openers', 200), duplicates: 'skip' });
  expect(imported.questionsAdded).toBe(200);
  expect(await Promise.all(answers)).toEqual([{ cancelling: false }]);
  expect(preImportBackups(core.dataDir)).toHaveLength(1);
  core.close();
});
