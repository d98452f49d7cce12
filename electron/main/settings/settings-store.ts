import { existsSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Notice } from '../../../shared/domain/app-info';
import { preferencesFromStored, type Preferences, type PreferencesPatch } from '../../../shared/domain/settings';
import { timestampForFile } from '../storage/file-names';
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

/** Why a stored settings file cannot be used, or null when it can. */
function problemWith(file: string): string | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return 'it is not valid JSON';
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return 'it does not hold a settings object';
  const record = parsed as Record<string, unknown>;
  if ('preferences' in record) {
    const result = preferencesFromStored(record.preferences);
    if (!result.success) {
      const first = result.error.issues[0];
      return `preferences.${first?.path.join('.') ?? ''} is invalid (${first?.message ?? 'unknown'})`;
    }
  }
  if ('window' in record && !windowBoundsSchema.safeParse(record.window).success) return 'the saved window position is invalid';
  return null;
}

export class SettingsStore {
  private constructor(private readonly backend: SettingsBackend) {}

  /**
   * Opens the settings in `dataDir`. A file that cannot be used is moved aside
   * (kept for the user, never deleted), defaults are used, and a notice says so.
   */
  static open(dataDir: string, createBackend: SettingsBackendFactory): { store: SettingsStore; notices: Notice[] } {
    const file = join(dataDir, settingsFileName);
    const notices: Notice[] = [];
    if (existsSync(file)) {
      const problem = problemWith(file);
      if (problem) {
        const aside = join(dataDir, `${baseName}.corrupt-${timestampForFile(new Date())}.json`);
        renameSync(file, aside);
        notices.push({
          id: 'settings-reset',
          level: 'warning',
          message: `Your settings file could not be read (${problem}), so Rehearse started with default settings. The old file was kept as ${aside}.`,
        });
      }
    }
    return { store: new SettingsStore(createBackend({ cwd: dataDir, name: baseName })), notices };
  }

  getPreferences(): Preferences {
    const result = preferencesFromStored(this.backend.get('preferences'));
    // open() already moved an invalid file aside, so this only fails if the file changed under us.
    if (!result.success) throw new Error('Stored preferences became invalid while Rehearse was running');
    return result.data;
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

const remindersShownMax = 200;
const remindersShownSchema = z.array(z.string().max(200)).max(remindersShownMax);

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
