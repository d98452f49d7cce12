import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { helpTopics } from '../../../electron/main/shell/app-menu';
import { appUserModelId } from '../../../electron/main/shell/app-identity';

// electron-builder.config.cjs against what each platform needs (review B3, B4, m4, m6, m11),
// and against electron-builder's own configuration schema.

const projectRoot = resolve(import.meta.dirname, '../../..');
const require = createRequire(import.meta.url);
const config = require(resolve(projectRoot, 'electron-builder.config.cjs')) as {
  appId: string;
  npmRebuild?: boolean;
  electronFuses?: Record<string, boolean>;
  extraResources?: { from: string; to: string; filter: string[] }[];
  appImage?: { executableArgs?: string[] };
  deb?: { recommends?: string[] };
  mac: { hardenedRuntime?: boolean; entitlements?: string; entitlementsInherit?: string; extendInfo?: Record<string, string> };
};

/** The `<key>` names set to `<true/>` in a plist. */
function trueKeys(file: string): string[] {
  const xml = readFileSync(file, 'utf8');
  expect(xml).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<!DOCTYPE plist /);
  return [...xml.replace(/<!--[\s\S]*?-->/g, '').matchAll(/<key>([^<]+)<\/key>\s*<true\/>/g)].map((match) => match[1]!);
}

test('macOS, unsigned Apple Silicon builds: the ad-hoc signature is renewed after the fuses are flipped', () => {
  expect(config.electronFuses?.resetAdHocDarwinSignature).toBe(true);
});

test('macOS, hardened runtime: the app and its helpers may use the microphone and camera', () => {
  expect(config.mac.hardenedRuntime).toBe(true);
  for (const file of [config.mac.entitlements, config.mac.entitlementsInherit]) {
    expect(file, 'entitlements file named').toBeTruthy();
    const path = join(projectRoot, file!);
    expect(existsSync(path), path).toBe(true);
    expect(trueKeys(path).sort()).toEqual(
      [
        'com.apple.security.cs.allow-jit',
        'com.apple.security.cs.allow-unsigned-executable-memory',
        'com.apple.security.cs.disable-library-validation',
        'com.apple.security.device.audio-input',
        'com.apple.security.device.camera',
      ].sort(),
    );
  }
  expect(Object.keys(config.mac.extendInfo ?? {})).toEqual(
    expect.arrayContaining(['NSMicrophoneUsageDescription', 'NSCameraUsageDescription']),
  );
});

test("packaging compiles nothing: better-sqlite3's Node-API prebuild is used as shipped", () => {
  expect(config.npmRebuild).toBe(false);
  expect(existsSync(join(projectRoot, 'node_modules/better-sqlite3/prebuilds'))).toBe(true);
});

test('Windows groups the window with its pinned icon: the app sets the AppUserModelID electron-builder gives the shortcut', () => {
  expect(appUserModelId).toBe(config.appId);
});

test('Linux: the AppImage lets its AppRun decide about --no-sandbox; the deb recommends speech-dispatcher for read-aloud', () => {
  expect(config.appImage?.executableArgs).toEqual([]);
  expect(config.deb?.recommends).toContain('speech-dispatcher');
});

test("the Help menu's local pages are shipped", () => {
  expect(config.extraResources).toContainEqual({ from: 'docs', to: 'docs', filter: ['*.md'] });
  for (const { file } of helpTopics) expect(existsSync(join(projectRoot, 'docs', file)), file).toBe(true);
});

test("electron-builder's own schema accepts the configuration", async () => {
  const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
    validateConfiguration(config: unknown, logger: { isEnabled: boolean; add(): void }): Promise<void>;
  };
  await expect(validateConfiguration(config, { isEnabled: false, add: () => undefined })).resolves.toBeUndefined();
  await expect(
    validateConfiguration({ ...config, mac: { ...config.mac, entitlement: 'typo' } }, { isEnabled: false, add: () => undefined }),
  ).rejects.toThrow(/Invalid configuration object/);
}, 60_000);
