import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { defaultPreferences } from '../../../shared/domain/settings';
import { confBackend } from '../../../electron/main/settings/conf-backend';
import { settingsFileName, SettingsStore } from '../../../electron/main/settings/settings-store';
import { makeTempDir, removeTempDirs } from '../../helpers/temp-dir';

afterEach(removeTempDirs);

test('a new data folder gets the default preferences, and changes survive reopening', () => {
  const dir = makeTempDir();
  const first = SettingsStore.open(dir, confBackend);
  expect(first.notices).toEqual([]);
  expect(first.store.getPreferences()).toEqual(defaultPreferences);
  first.store.updatePreferences({ theme: 'dark', thinkSeconds: 45 });

  const second = SettingsStore.open(dir, confBackend);
  expect(second.store.getPreferences()).toMatchObject({ theme: 'dark', thinkSeconds: 45, recording: 'off' });
});

test.each([
  ['not JSON', '{"preferences": {"theme": "dark"'],
  ['not an object', '[1, 2, 3]'],
  ['an invalid value', JSON.stringify({ preferences: { theme: 'purple' } })],
  ['a bad window position', JSON.stringify({ window: { x: 'left' } })],
])('a settings file that is %s is moved aside, defaults are used, and the user is told', (_label, content) => {
  const dir = makeTempDir();
  writeFileSync(join(dir, settingsFileName), content);
  const { store, notices } = SettingsStore.open(dir, confBackend);

  expect(store.getPreferences()).toEqual(defaultPreferences);
  expect(notices).toHaveLength(1);
  expect(notices[0]!.message).toMatch(/could not be read/);
  const aside = readdirSync(dir).filter((name) => name.startsWith('settings.corrupt-'));
  expect(aside).toHaveLength(1);
  expect(readFileSync(join(dir, aside[0]!), 'utf8')).toBe(content);
  expect(notices[0]!.message).toContain(aside[0]);
});

test('a file from an older version, missing newer fields, keeps its values and gains defaults', () => {
  const dir = makeTempDir();
  writeFileSync(join(dir, settingsFileName), JSON.stringify({ preferences: { theme: 'light' } }));
  const { store, notices } = SettingsStore.open(dir, confBackend);
  expect(notices).toEqual([]);
  expect(store.getPreferences()).toEqual({ ...defaultPreferences, theme: 'light' });
  expect(existsSync(join(dir, settingsFileName))).toBe(true);
});

test('window bounds are remembered', () => {
  const dir = makeTempDir();
  SettingsStore.open(dir, confBackend).store.setWindowBounds({ x: 10, y: 20, width: 1000, height: 700, maximized: false });
  expect(SettingsStore.open(dir, confBackend).store.getWindowBounds()).toEqual({
    x: 10,
    y: 20,
    width: 1000,
    height: 700,
    maximized: false,
  });
});
