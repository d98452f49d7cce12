import { writeSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createAppCore } from '../../../electron/main/app-core';
import { restoreBackup } from '../../../electron/main/services/data/restore';
import { confBackend } from '../../../electron/main/settings/conf-backend';
import { emptySelfCheck, type SessionDetail, type SetupOptions } from '../../../shared/domain/sessions';

// A child for restore-kill.test.ts: saves answers and recordings through the real dispatcher,
// takes a backup, saves more, then restores the backup and stops at one exact step, for the
// parent to SIGKILL it there. Each line it prints is written with writeSync, so it is in the
// pipe before the next step begins.

const { values } = parseArgs({
  options: { 'data-dir': { type: 'string' }, 'stop-at': { type: 'string' }, when: { type: 'string', default: 'before' } },
});
const say = (line: object) => writeSync(1, `${JSON.stringify(line)}\n`);

async function main(): Promise<void> {
  const core = createAppCore({ dataDir: values['data-dir']!, mode: 'browser', version: '0.0.0-test', settingsBackend: confBackend });
  const call = async <T>(channel: string, input: unknown): Promise<T> => {
    const result = await core.dispatch(channel, input, { transport: 'test' });
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value as T;
  };
  const options = await call<SetupOptions>('sessions.setupOptions', {});
  const session = await call<SessionDetail>('sessions.start', {
    setup: { ...options.defaults, count: 10, pressure: 'untimed', recording: 'audio' },
  });
  let position = 0;
  const answer = async (note: string) => {
    const at = position++;
    await call('sessions.saveAnswer', {
      sessionId: session.id,
      position: at,
      skipped: false,
      confidence: 3,
      timeUsedMs: 1000,
      selfCheck: emptySelfCheck(),
      note,
      struggled: false,
    });
    say({ acked: 'answer', note });
    return at;
  };
  const record = async (note: string) => {
    const at = position;
    const { uploadId } = await call<{ uploadId: string }>('sessions.beginRecording', {
      sessionId: session.id,
      position: at,
      mimeType: 'audio/webm',
    });
    const bytes = Buffer.alloc(3000, note.length);
    Buffer.from([0x1a, 0x45, 0xdf, 0xa3]).copy(bytes);
    await call('sessions.appendRecording', { uploadId, index: 0, data: bytes.toString('base64') });
    await call('sessions.finishRecording', { uploadId, durationMs: 1000 });
    await answer(note);
  };

  await answer('kept-1');
  await record('kept-rec');
  const backup = await call<{ fileName: string }>('data.backupNow', {});
  say({ acked: 'backup', fileName: backup.fileName });
  await answer('later-1');
  await record('later-rec');

  const [stopAt, when] = [values['stop-at'], values.when];
  restoreBackup(core.deps, backup.fileName, (step, moment) => {
    if (step !== stopAt || moment !== when) return;
    say({ stopped: step, when: moment });
    // Wait here for the parent's SIGKILL: nothing of the next step has begun.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
  });
  say({ acked: 'restore' });
}

main().catch((error: unknown) => {
  say({ error: error instanceof Error ? error.message : String(error) });
  process.exit(3);
});
