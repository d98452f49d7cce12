import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { removeTempDirs } from '../../../helpers/temp-dir';
import { call, callOk, openTestCore } from '../../../helpers/test-core';

afterEach(removeTempDirs);

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const preImportBackups = (dataDir: string) => {
  const dir = join(dataDir, 'backups');
  return existsSync(dir) ? readdirSync(dir).filter((name) => name.startsWith('pre-import-')) : [];
};

test('a valid import is preceded by a backup; an invalid file writes nothing, not even a backup', async () => {
  const core = openTestCore();
  const binary = Buffer.from([0x00, 0x01, 0xff, 0xfe, 0x00, 0x9c]).toString('base64');
  const bad = await call(core, 'banks.import', { fileName: 'broken.csv', base64: binary, duplicates: 'skip' });
  expect(bad.ok).toBe(false);
  expect(preImportBackups(core.dataDir)).toEqual([]);

  await callOk(core, 'banks.import', { fileName: 'mine.md', base64: b64('## Imported\n\n- Why this firm?\n'), duplicates: 'skip' });
  expect(preImportBackups(core.dataDir).filter((name) => name.endsWith('.sqlite'))).toHaveLength(1);
  core.close();
});
