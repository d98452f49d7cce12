import { copyFileSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Notice } from '../../../shared/domain/app-info';
import type { Preferences, PreferencesPatch } from '../../../shared/domain/settings';
import { timestampForFile } from '../storage/file-names';
import { preferencesFieldByField, readSettingsFile, remindersShownMax, remindersShownSchema, type SettingsRead } from './settings-file';
import { type WindowBounds, windowBoundsSchema } from './window-bounds';

/**
 * The key–value engine under the settings: electron-store inside Electron,
 * `conf` (its engine) in plain Node. Both get the same folder and file name,
 * so the two modes read and write the same settings file.
 */
export interface SettingsBackend {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}
export type SettingsBackendFactory = (options: { cwd: string; name: string }) => SettingsBackend;

const baseName = 'settings';
export const settingsFileName = `${baseName}.json`;

export class SettingsStore {
  private constructor(private readonly backend: SettingsBackend) {}

  /**
   * Opens the settings in `dataDir`. Every valid value in the file is kept; a
   * key that cannot be used (wrong type, out of range, unknown to this version)
   * falls back to its default, and one notice names them all. Before such a
   * file is rewritten, a byte-for-byte copy is kept beside it as
   * `settings.json.bad-<timestamp>` (never deleted). A BOM or JSON5-only syntax
   * (comments, trailing commas) is normalised without a notice: nothing is lost.
   */
  static open(dataDir: string, createBackend: SettingsBackendFactory): { store: SettingsStore; notices: Notice[] } {
    const file = join(dataDir, settingsFileName);
    const notices: Notice[] = [];
    if (existsSync(file)) {
      const bytes = readFileSync(file);
      const read = readSettingsFile(bytes);
      const lost = read.unreadable !== null || read.reset.length > 0 || read.unknown.length > 0;
      if (lost) {
        const kept = `${settingsFileName}.bad-${timestampForFile(new Date())}`;
        copyFileSync(file, join(dataDir, kept));
        notices.push({ id: 'settings-reset', level: 'warning', message: settingsNotice(read, join(dataDir, kept)) });
      }
      if (read.rewrite) writeAtomically(file, `${JSON.stringify(read.values, null, '\t')}\n`);
    }
    return { store: new SettingsStore(createBackend({ cwd: dataDir, name: baseName })), notices };
  }

  getPreferences(): Preferences {
    // open() repaired the file; if it was edited badly while Rehearse runs, each bad field reads as its default.
    return preferencesFieldByField(this.backend.get('preferences')).value;
  }

  updatePreferences(patch: PreferencesPatch): Preferences {
    const next = { ...this.getPreferences(), ...stripUndefined(patch) };
    this.backend.set('preferences', next);
    return next;
  }

  getWindowBounds(): WindowBounds | null {
    const result = windowBoundsSchema.safeParse(this.backend.get('window'));
    return result.success ? result.data : null;
  }

  setWindowBounds(bounds: WindowBounds): void {
    this.backend.set('window', windowBoundsSchema.parse(bounds));
  }

  /** Keys of the reminders already shown (see services/app/reminders.ts), so a restart does not repeat them. */
  getRemindersShown(): string[] {
    const result = remindersShownSchema.safeParse(this.backend.get('remindersShown'));
    return result.success ? result.data : [];
  }

  setRemindersShown(keys: string[]): void {
    this.backend.set('remindersShown', remindersShownSchema.parse(keys.slice(-remindersShownMax)));
  }
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Labels the user knows from the Settings page, for the notice. */
const settingLabels: Record<string, string> = {
  preferences: 'all preferences',
  'preferences.theme': 'Theme',
  'preferences.thinkSeconds': 'Thinking time',
  'preferences.answerTimeSource': 'Answer time',
  'preferences.answerSeconds': 'Answer length',
  'preferences.readAloud': 'Read questions aloud',
  'preferences.voiceName': 'Voice',
  'preferences.speechRate': 'Speaking rate',
  'preferences.recording': 'Recording',
  'preferences.reminders': 'Reminders',
  window: 'window position',
  remindersShown: 'reminders already shown',
};

/** One sentence naming every setting that was reset or ignored, and where the old file was kept. */
export function settingsNotice(read: SettingsRead, keptAs: string): string {
  const named = (keys: string[]) => keys.map((key) => (settingLabels[key] ? `${settingLabels[key]} (${key})` : key)).join(', ');
  const parts: string[] = [];
  if (read.unreadable) parts.push(`Your settings file could not be read (${read.unreadable}), so every setting is back to its default.`);
  if (read.reset.length > 0)
    parts.push(`These settings held values Rehearse cannot use and are back to their defaults: ${named(read.reset)}.`);
  if (read.unknown.length > 0) parts.push(`These settings are not known to this version and were ignored: ${named(read.unknown)}.`);
  if (!read.unreadable) parts.push('Every other setting was kept.');
  parts.push(`A copy of the old file was kept as ${keptAs}.`);
  return parts.join(' ');
}

/** Write to a temporary file, then rename over the target, so a crash never leaves half a settings file. */
function writeAtomically(file: string, text: string): void {
  const temporary = `${file}.tmp-${process.pid}`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}
