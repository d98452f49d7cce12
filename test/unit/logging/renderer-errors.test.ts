import { afterEach, expect, test } from 'vitest';
import { createAppCore } from '../../../electron/main/app-core';
import { createAppLog } from '../../../electron/main/logging/app-log';
import { confBackend } from '../../../electron/main/settings/conf-backend';
import { errorName, stackFrames } from '../../../shared/domain/renderer-error';
import { makeTempDir, removeTempDirs } from '../../helpers/temp-dir';
import { call } from '../../helpers/test-core';

afterEach(removeTempDirs);

const secret = 'My answer about the Zurich layoffs';

test('a renderer fault reaches the log as codes only: class, route pattern, frames; never its message', async () => {
  const dir = makeTempDir();
  const log = createAppLog(dir);
  const core = createAppCore({ dataDir: dir, mode: 'browser', version: '0.0.0-test', settingsBackend: confBackend, log });
  const error = new TypeError(`Cannot read properties of undefined (reading '${secret}')`);
  error.stack = [
    `TypeError: ${error.message}`,
    '    at QuestionForm (http://127.0.0.1:5260/assets/QuestionPage-DsSFyxC2.js?v=1:12:345)',
    '    at http://127.0.0.1:5260/assets/index-DCo8x9fa.js:1:2000',
    `    at ${secret} (file:///home/someone/${secret}.js:1:1)`,
  ].join('\n');
  const frames = stackFrames(error.stack);
  // A frame whose function name is not code (spaces) is left out.
  expect(frames).toEqual(['QuestionForm@QuestionPage-DsSFyxC2.js:12:345', '@index-DCo8x9fa.js:1:2000']);

  const ok = await call(core, 'app.reportError', {
    source: 'boundary',
    name: errorName(error),
    screen: '/banks/questions/:questionId',
    frames,
  });
  expect(ok.ok).toBe(true);
  const line = log.recent(5).find((l) => l.includes('renderer.error'))!;
  expect(line).toContain(
    'source=boundary name=TypeError screen=banks.questions.:questionId at0=QuestionForm:QuestionPage-DsSFyxC2.js:12:345',
  );
  expect(line).not.toContain('Zurich');

  // A report carrying text where a code belongs is refused whole, and nothing is logged.
  const before = log.recent(50).length;
  const refused = await call(core, 'app.reportError', { source: 'error', name: secret, screen: '/', frames: [] });
  expect(refused.ok ? 'logged' : refused.error.code).toBe('invalid_input');
  expect(log.recent(50).join('\n')).not.toContain('Zurich');
  expect(log.recent(50).length).toBe(before);
  core.close();
});

test('a thrown non-Error is named NonError; stacks of other shapes give no frames', () => {
  expect(errorName('a string with my notes')).toBe('NonError');
  expect(errorName(Object.assign(new Error('x'), { name: 'My notes here' }))).toBe('Error');
  expect(stackFrames('Error: my notes\n  something else entirely')).toEqual([]);
});
