import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { createAppLog } from '../../../electron/main/logging/app-log';
import { confBackend } from '../../../electron/main/settings/conf-backend';
import { startApp } from '../../../electron/main/start-app';
import { emptySelfCheck } from '../../../shared/domain/sessions';
import { makeTempDir, removeTempDirs } from '../../helpers/temp-dir';
import { notesSave } from '../../helpers/notes-save';

afterEach(() => removeTempDirs());

test('the log rotates by size and keeps a fixed number of files', () => {
  const dir = makeTempDir();
  const log = createAppLog(dir, { maxBytes: 400, keep: 2 });
  for (let i = 0; i < 60; i++) log.info('call.ok', { channel: 'banks.create', n: i });
  const files = readdirSync(join(dir, 'logs')).sort();
  expect(files).toEqual(['rehearse.log', 'rehearse.log.1', 'rehearse.log.2']);
  for (const file of files) expect(readFileSync(join(dir, 'logs', file)).length).toBeLessThanOrEqual(400);
  expect(log.recent(3).map((l) => l.split(' ').at(-1))).toEqual(['n=57', 'n=58', 'n=59']);
});

test('only codes, counts and flags are written: any other text becomes [text]', () => {
  const dir = makeTempDir();
  const log = createAppLog(dir);
  log.warn('notice', { id: 'daily-backup-failed', message: 'Tell me about a time you failed', count: 3, ok: false });
  const line = readFileSync(log.path, 'utf8');
  expect(line).toMatch(/ warn notice id=daily-backup-failed message=\[text\] count=3 ok=false\n$/);
});

test('after a session with known secret text, the log holds channels and codes but none of the text', async () => {
  const dataDir = makeTempDir();
  const secret = 'ZEBRA-SECRET-7731';
  const host = startApp({ dataDir, mode: 'browser', version: '0.0.0-test', settingsBackend: confBackend });
  // Failures are data here (the refused call below is meant to fail); the log is what is checked.
  const call = async (channel: string, input: unknown): Promise<never> => {
    const result = await host.dispatch(channel, input, { transport: 'test' });
    return (result.ok ? result.value : result) as never;
  };
  const bank = (await call('banks.create', { name: `Bank ${secret}` })) as { id: number };
  const question = (await call('questions.create', {
    bankId: bank.id,
    text: `Question ${secret}?`,
    guidance: `Guidance ${secret}`,
  })) as { id: number };
  await call('questions.saveNotes', {
    id: question.id,
    save: notesSave({ situation: `S ${secret}`, task: '', action: '', result: '', free: `Free ${secret}` }),
  });
  const options = (await call('sessions.setupOptions', {})) as { defaults: object };
  const session = (await call('sessions.start', { setup: { ...options.defaults, count: 1 }, questionIds: [question.id] })) as {
    id: number;
  };
  await call('sessions.saveAnswer', {
    sessionId: session.id,
    position: 0,
    skipped: false,
    confidence: 2,
    timeUsedMs: 1000,
    selfCheck: emptySelfCheck(),
    note: `Note ${secret}`,
    struggled: true,
  });
  await call('reflection.saveInterview', {
    company: `Company ${secret}`,
    role: `Role ${secret}`,
    heldAt: '2026-01-05T10:00:00.000Z',
    stage: 'first',
    format: 'video',
    notes: `Notes ${secret}`,
  });
  // A refused call whose input carries the secret: logged as a code only.
  await call('banks.create', { name: `${secret}`.repeat(100) });
  host.core()!.notices.add({ id: 'test-notice', level: 'info', message: `Notice ${secret}` });
  host.close();

  const logs = join(dataDir, 'logs');
  expect(existsSync(join(logs, 'rehearse.log'))).toBe(true);
  const text = readdirSync(logs)
    .map((f) => readFileSync(join(logs, f), 'utf8'))
    .join('\n');
  expect(text).toMatch(/ info app\.start version=0\.0\.0-test mode=browser /);
  expect(text).toMatch(/ info call\.ok channel=banks\.create via=test ms=/);
  expect(text).toMatch(/ warn call\.failed channel=banks\.create via=test code=invalid_input /);
  expect(text).toMatch(/ warn notice id=test-notice level=info/);
  expect(text).toMatch(/ info app\.stop/);
  // Every write above succeeded (bank, question, notes, session, answer, interview), so its secret text really went through.
  expect(text.match(/ call\.ok /g)?.length).toBe(6);
  expect(text).not.toContain(secret);
  expect(text).not.toMatch(/ZEBRA|Company|Guidance/);
});
