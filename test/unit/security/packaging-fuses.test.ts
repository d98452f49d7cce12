import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';

const projectRoot = resolve(import.meta.dirname, '../../..');
const config = createRequire(import.meta.url)(resolve(projectRoot, 'electron-builder.config.cjs')) as {
  electronFuses?: Record<string, boolean>;
  asar?: boolean;
  files?: string[];
  icon?: string;
};

test('the packaged binary has Electron fuses flipped against code injection', () => {
  expect(config.electronFuses).toEqual({
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    grantFileProtocolExtraPrivileges: false,
    resetAdHocDarwinSignature: true,
  });
});

test('the app ships as an asar of the built output only (no sources, tests or data folders)', () => {
  expect(config.asar).toBe(true);
  expect(config.files).toEqual(['out/**', 'package.json']);
});

test('the icon is a 512×512 PNG', () => {
  const png = readFileSync(resolve(projectRoot, config.icon ?? ''));
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
});
