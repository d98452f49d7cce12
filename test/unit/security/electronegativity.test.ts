import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { makeTempDir, removeTempDirs } from '../../helpers/temp-dir';

// `npm run lint` runs scripts/electronegativity.mjs over the real sources; this
// proves that step fails on the kind of window it exists to catch.
const projectRoot = resolve(import.meta.dirname, '../../..');
afterEach(removeTempDirs);

test('the Electronegativity lint step fails on an insecure window', () => {
  const root = makeTempDir();
  mkdirSync(join(root, 'electron/main'), { recursive: true });
  writeFileSync(
    join(root, 'electron/main/index.ts'),
    "import { BrowserWindow } from 'electron';\nexport const w = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } });\n",
  );
  const run = spawnSync(process.execPath, ['scripts/electronegativity.mjs', '--root', root], {
    cwd: projectRoot,
    encoding: 'utf8',
    timeout: 170_000,
  });
  expect(run.status, run.stdout + run.stderr).toBe(1);
  expect(run.stdout).toMatch(/HIGH\s+\S+\s+CONTEXT_ISOLATION_JS_CHECK\s+electron\/main\/index\.ts:2/);
  expect(run.stdout).not.toContain('Could not retrieve updated translations'); // it stayed offline
});
