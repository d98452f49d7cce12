import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, expect, test, vi } from 'vitest';
import { defaultPreferences, preferencesSchema, type Preferences } from '../../../shared/domain/settings';
import { confBackend } from '../../../electron/main/settings/conf-backend';
import { settingsFileName, SettingsStore } from '../../../electron/main/settings/settings-store';
import { makeTempDir, removeTempDirs } from '../../helpers/temp-dir';

vi.setConfig({ testTimeout: 60_000 });
afterEach(removeTempDirs);

const chosen: Preferences = {
  ...defaultPreferences,
  theme: 'dark',
  thinkSeconds: 45,
  recording: 'audio',
  speechRate: 1.5,
  voiceName: 'Zoë',
};

function keptCopies(dir: string): string[] {
  return readdirSync(dir).filter((name) => name.startsWith(`${settingsFileName}.bad-`));
}

function openWith(content: string | Buffer) {
  const dir = makeTempDir();
  writeFileSync(join(dir, settingsFileName), content);
  return { dir, ...SettingsStore.open(dir, confBackend) };
}

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
  ['a UTF-8 byte-order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify({ preferences: chosen }))])],
  ['CRLF line ends', JSON.stringify({ preferences: chosen }, null, 2).replace(/\n/g, '\r\n')],
  [
    'a BOM, CRLF, a comment and trailing commas (a hand edit)',
    `\uFEFF{\r\n  // mine\r\n  "preferences": ${JSON.stringify(chosen)},\r\n}\r\n`,
  ],
])('a settings file with %s keeps every value, without a notice, and is rewritten as plain JSON', (_label, content) => {
  const { dir, store, notices } = openWith(content);
  expect(notices).toEqual([]);
  expect(store.getPreferences()).toEqual(chosen);
  expect(keptCopies(dir)).toEqual([]);
  const rewritten = readFileSync(join(dir, settingsFileName));
  expect(rewritten[0]).toBe(0x7b); // `{`, no BOM
  expect(JSON.parse(rewritten.toString('utf8'))).toEqual({ preferences: chosen });
  // and it survives another start unchanged
  expect(SettingsStore.open(dir, confBackend).store.getPreferences()).toEqual(chosen);
});

test('one key of the wrong type is reset and named; every other value is kept, and the old file is kept beside it', () => {
  const content = `\uFEFF${JSON.stringify({ preferences: { ...chosen, thinkSeconds: 'forty' }, window: { x: 1, y: 2, width: 900, height: 600, maximized: true } })}`;
  const { dir, store, notices } = openWith(content);

  expect(store.getPreferences()).toEqual({ ...chosen, thinkSeconds: defaultPreferences.thinkSeconds });
  expect(store.getWindowBounds()).toEqual({ x: 1, y: 2, width: 900, height: 600, maximized: true });
  expect(notices).toHaveLength(1);
  expect(notices[0]!.message).toContain('Thinking time (preferences.thinkSeconds)');
  expect(notices[0]!.message).not.toContain('Theme');
  expect(notices[0]!.message).toContain('Every other setting was kept.');
  const copies = keptCopies(dir);
  expect(copies).toHaveLength(1);
  expect(readFileSync(join(dir, copies[0]!), 'utf8')).toBe(content);
  expect(notices[0]!.message).toContain(join(dir, copies[0]!));
  // the rewritten file is clean, so the next start says nothing
  expect(SettingsStore.open(dir, confBackend).notices).toEqual([]);
});

test('several bad keys and unknown keys are all named in one notice; a newer version’s top-level keys stay in the file', () => {
  const content = JSON.stringify({
    preferences: { theme: 'purple', speechRate: 9, recording: 'audio', fontSize: 'large' },
    window: { x: 'left' },
    remindersShown: 'yes',
    cloudSync: { enabled: false },
  });
  const { dir, store, notices } = openWith(content);
  expect(store.getPreferences()).toEqual({ ...defaultPreferences, recording: 'audio' });
  expect(store.getWindowBounds()).toBeNull();
  expect(store.getRemindersShown()).toEqual([]);
  expect(notices).toHaveLength(1);
  for (const name of ['preferences.theme', 'preferences.speechRate', 'window', 'remindersShown', 'preferences.fontSize']) {
    expect(notices[0]!.message).toContain(name);
  }
  expect(notices[0]!.message).not.toContain('preferences.recording');
  expect(JSON.parse(readFileSync(join(dir, settingsFileName), 'utf8'))).toMatchObject({ cloudSync: { enabled: false } });
  expect(keptCopies(dir)).toHaveLength(1);
});

test.each([
  ['not JSON', '{"preferences": {"theme": "dark"', /not valid JSON/],
  ['not an object', '[1, 2, 3]', /does not hold a settings object/],
  ['not UTF-8 text', Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), /not UTF-8/],
  ['empty', '', /not valid JSON/],
])('a settings file that is %s: defaults, one notice that says why, and the old file kept', (_label, content, why) => {
  const { dir, store, notices } = openWith(content);
  expect(store.getPreferences()).toEqual(defaultPreferences);
  expect(notices).toHaveLength(1);
  expect(notices[0]!.message).toMatch(why);
  const copies = keptCopies(dir);
  expect(copies).toHaveLength(1);
  expect(readFileSync(join(dir, copies[0]!))).toEqual(Buffer.from(content));
  // the settings work again after the repair
  store.updatePreferences({ theme: 'light' });
  expect(SettingsStore.open(dir, confBackend).store.getPreferences().theme).toBe('light');
});

test('a file from an older version, missing newer fields, keeps its values and gains defaults, silently', () => {
  const { dir, store, notices } = openWith(JSON.stringify({ preferences: { theme: 'light' } }));
  expect(notices).toEqual([]);
  expect(store.getPreferences()).toEqual({ ...defaultPreferences, theme: 'light' });
  expect(existsSync(join(dir, settingsFileName))).toBe(true);
  expect(keptCopies(dir)).toEqual([]);
});

test('a file edited badly while Rehearse runs reads field by field instead of failing', () => {
  const { dir, store } = openWith(JSON.stringify({ preferences: chosen }));
  writeFileSync(join(dir, settingsFileName), JSON.stringify({ preferences: { ...chosen, theme: 7 } }));
  expect(store.getPreferences()).toEqual({ ...chosen, theme: defaultPreferences.theme });
});

test('property: whatever one key holds, every other valid preference survives a start', () => {
  const keys = Object.keys(preferencesSchema.shape) as (keyof Preferences)[];
  fc.assert(
    fc.property(fc.constantFrom(...keys), fc.jsonValue(), fc.boolean(), (key, junk, bom) => {
      const file = { preferences: { ...chosen, [key]: junk } };
      const text = JSON.stringify(file);
      const { store, notices } = openWith(bom ? `\uFEFF${text}` : text);
      const valid = preferencesSchema.shape[key].safeParse(junk);
      const expected = { ...chosen, [key]: valid.success ? valid.data : defaultPreferences[key] };
      expect(store.getPreferences()).toEqual(expected);
      if (valid.success) expect(notices).toEqual([]);
      else expect(notices[0]!.message).toContain(`preferences.${key}`);
      removeTempDirs();
    }),
    { numRuns: 60 },
  );
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
