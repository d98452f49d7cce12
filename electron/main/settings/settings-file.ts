import JSON5 from 'json5';
import { z } from 'zod';
import { defaultPreferences, preferencesSchema, type Preferences } from '../../../shared/domain/settings';
import { windowBoundsSchema } from './window-bounds';

/** How many reminder keys are remembered (see services/app/reminders.ts); older ones are dropped. */
export const remindersShownMax = 200;
export const remindersShownSchema = z.array(z.string().max(200)).max(remindersShownMax);

/** What was read from a settings file, field by field. */
export interface SettingsRead {
  /** Every value worth keeping: valid known keys, and top-level keys this version does not know (a newer version's). */
  values: Record<string, unknown>;
  /** Keys that were present but invalid, by name (e.g. `preferences.theme`); each falls back to its default. */
  reset: string[];
  /** Preference keys this version does not know; dropped from preferences (they stay in the kept copy). */
  unknown: string[];
  /** Why nothing at all could be read (not JSON, not an object), or null. */
  unreadable: string | null;
  /** True when the file on disk must be rewritten: anything reset, unknown, unreadable, or a BOM / JSON5 syntax to normalise. */
  rewrite: boolean;
}

const preferenceKeys = Object.keys(preferencesSchema.shape) as (keyof Preferences)[];

/**
 * The preferences in `stored`, one field at a time: a valid field is kept, an
 * invalid one takes its default and is named in `reset`, a missing one (an older
 * version wrote the file) takes its default silently, and an unknown one is named
 * in `unknown`. Never throws.
 */
export function preferencesFieldByField(stored: unknown): { value: Preferences; reset: string[]; unknown: string[] } {
  if (stored === undefined) return { value: { ...defaultPreferences }, reset: [], unknown: [] };
  if (!isRecord(stored)) return { value: { ...defaultPreferences }, reset: ['preferences'], unknown: [] };
  const value: Record<string, unknown> = { ...defaultPreferences };
  const reset: string[] = [];
  for (const key of preferenceKeys) {
    if (!(key in stored)) continue;
    const field = preferencesSchema.shape[key].safeParse(stored[key]);
    if (field.success) value[key] = field.data;
    else reset.push(`preferences.${key}`);
  }
  const unknown = Object.keys(stored)
    .filter((key) => !(preferenceKeys as string[]).includes(key))
    .map((key) => `preferences.${key}`);
  return { value: preferencesSchema.parse(value), reset, unknown };
}

/**
 * Reads a settings file's bytes as leniently as is safe: a UTF-8 byte-order mark
 * (Notepad adds one) and CRLF line ends are accepted; comments and trailing commas
 * (a hand edit) are read with JSON5; then each known key is checked on its own
 * (see {@link preferencesFieldByField}). Never throws.
 */
export function readSettingsFile(bytes: Uint8Array): SettingsRead {
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const nothing = (unreadable: string): SettingsRead => ({ values: {}, reset: [], unknown: [], unreadable, rewrite: true });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(hasBom ? bytes.subarray(3) : bytes);
  } catch {
    return nothing('it is not UTF-8 text');
  }
  let parsed: unknown;
  let strict = true;
  try {
    parsed = JSON.parse(text);
  } catch {
    strict = false;
    try {
      parsed = JSON5.parse(text);
    } catch (error) {
      return nothing(`it is not valid JSON (${error instanceof Error ? error.message.replace(/^JSON5: /, '') : 'unreadable'})`);
    }
  }
  if (!isRecord(parsed)) return nothing('it does not hold a settings object');

  const values: Record<string, unknown> = {};
  const reset: string[] = [];
  for (const [key, value] of Object.entries(parsed)) {
    if (key === 'preferences') continue;
    const schema = knownTopLevel[key];
    if (!schema) values[key] = value;
    else if (schema.safeParse(value).success) values[key] = value;
    else reset.push(key);
  }
  const preferences = preferencesFieldByField(parsed.preferences);
  if ('preferences' in parsed) values.preferences = preferences.value;
  reset.unshift(...preferences.reset);
  const rewrite = hasBom || !strict || reset.length > 0 || preferences.unknown.length > 0;
  return { values, reset, unknown: preferences.unknown, unreadable: null, rewrite };
}

/** Top-level keys this version writes besides `preferences`, each with its own check. */
const knownTopLevel: Record<string, z.ZodType> = {
  window: windowBoundsSchema,
  remindersShown: remindersShownSchema,
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
