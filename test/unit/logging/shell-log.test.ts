import { readFileSync } from 'node:fs';
import { afterEach, expect, test, vi } from 'vitest';
import { createAppLog, type AppLog } from '../../../electron/main/logging/app-log';
import { createShellLog } from '../../../electron/main/shell/shell-log';
import { makeTempDir, removeTempDirs } from '../../helpers/temp-dir';

afterEach(() => {
  vi.restoreAllMocks();
  removeTempDirs();
});

test('shell events reach the rotating log once the data folder is open, codes kept and free text withheld', () => {
  const stderr = vi.spyOn(console, 'error').mockImplementation(() => {});
  let appLog: AppLog | null = null;
  const log = createShellLog(() => appLog);

  log('renderer-gone', { reason: 'crashed', exitCode: 139 });
  expect(stderr).toHaveBeenCalledTimes(1);

  appLog = createAppLog(makeTempDir());
  log('renderer-gone', { reason: 'oom', exitCode: 9 });
  log('start-failed', { title: 'Rehearse cannot open your data', message: 'EACCES: permission denied, open /home/x' });

  const lines = readFileSync(appLog.path, 'utf8').trim().split('\n');
  expect(lines).toHaveLength(2);
  expect(lines[0]).toMatch(/ warn shell\.renderer-gone reason=oom exitCode=9$/);
  expect(lines[1]).toMatch(/ warn shell\.start-failed title=\[text\] message=\[text\]$/);
  // The person at the terminal still sees the whole line.
  expect(stderr.mock.calls[2]?.[0]).toContain('EACCES: permission denied');
});
