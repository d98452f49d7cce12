import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Where libfaketime (Debian's `faketime` / `libfaketime` packages) lives on this machine, or null.
 * Debian puts it under the multiarch directory (`/usr/lib/<triplet>/faketime/`), so the path differs
 * between x86_64, aarch64 and others; other distributions use `/usr/lib/faketime/` or `/usr/lib64/faketime/`.
 * `FAKETIME_LIB` overrides the search.
 */
export function findLibfaketime(): string | null {
  const override = process.env.FAKETIME_LIB;
  if (override) return existsSync(override) ? override : null;
  const candidates: string[] = [];
  for (const root of ['/usr/lib', '/usr/lib64', '/usr/local/lib']) {
    candidates.push(join(root, 'faketime', 'libfaketime.so.1'));
    const entries = existsSync(root) ? readdirSync(root) : [];
    // Multiarch triplets: x86_64-linux-gnu, aarch64-linux-gnu, arm-linux-gnueabihf, …
    for (const entry of entries.filter((e) => e.includes('-linux-')).sort())
      candidates.push(join(root, entry, 'faketime', 'libfaketime.so.1'));
  }
  return candidates.find((path) => existsSync(path)) ?? null;
}

/** Why a clock-shifting test cannot run here; null when it can. */
export const libfaketimeMissing = (): string | null =>
  findLibfaketime() === null
    ? 'libfaketime not found (looked in /usr/lib/*/faketime, /usr/lib/faketime, /usr/lib64/faketime; set FAKETIME_LIB): apt-get install -y faketime'
    : null;

/**
 * Environment for a child process whose clock runs `days` (whole days, may be 0) ahead, or is fixed at
 * `at` (an ISO instant; the clock then runs on from it). libfaketime is preloaded; monotonic clocks
 * are left real so timers and waits behave. Throws when libfaketime is missing.
 */
export function fakeClockEnv(clock: { days: number } | { at: string }): Record<string, string> {
  const lib = findLibfaketime();
  if (lib === null) throw new Error(libfaketimeMissing()!);
  if ('days' in clock && clock.days === 0) return {};
  const spec = 'days' in clock ? `+${clock.days}d` : `@${clock.at.replace('T', ' ').replace(/\.\d+Z$|Z$/, '')}`;
  return { LD_PRELOAD: lib, FAKETIME: spec, FAKETIME_DONT_FAKE_MONOTONIC: '1', ...('at' in clock ? { TZ: 'UTC' } : {}) };
}
