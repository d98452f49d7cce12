// The decisions behind `npm start` (scripts/start-electron.mjs), as plain functions
// so test/unit/shell/start-electron.test.ts can check each without Electron.
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { constants } from 'node:os';

/**
 * The exit code `npm start` passes on. A child killed by a signal (Chromium's FATAL
 * sandbox abort is SIGTRAP) is a failure: 128 + the signal's number, as shells report it.
 * @param {number | null} code
 * @param {NodeJS.Signals | null} signal
 */
export function exitCodeFor(code, signal) {
  if (signal) return 128 + (constants.signals[signal] ?? 0);
  return code ?? 1;
}

/**
 * The environment for the Electron child: as ours, without `ELECTRON_RUN_AS_NODE`, which
 * some IDEs and tool hosts export and which would make Electron run the app as plain Node
 * (failing at `import { app } from 'electron'`).
 * @param {NodeJS.ProcessEnv} env
 */
export function electronChildEnv(env) {
  const copy = { ...env };
  delete copy.ELECTRON_RUN_AS_NODE;
  return copy;
}

/** True when this Linux lets an unprivileged process create a user namespace (Chromium's preferred sandbox). */
export function userNamespacesWork() {
  const probe = spawnSync('unshare', ['-Ur', 'true'], { stdio: 'ignore' });
  if (!probe.error) return probe.status === 0;
  // No `unshare` to ask: fall back to the AppArmor switch Ubuntu 23.10+ turns on.
  try {
    return readFileSync('/proc/sys/kernel/apparmor_restrict_unprivileged_userns', 'utf8').trim() !== '1';
  } catch {
    return true;
  }
}

/** True when Chromium's SUID helper is set up (owned by root, setuid), so it can sandbox without user namespaces. */
export function suidHelperReady(chromeSandbox) {
  try {
    const stats = statSync(chromeSandbox);
    return stats.uid === 0 && (stats.mode & 0o4000) !== 0;
  } catch {
    return false;
  }
}

/**
 * On Linux, whether Chromium's sandbox can start from `node_modules/electron`, and if not, what
 * to tell the user. Ubuntu 23.10+ restricts unprivileged user namespaces (AppArmor), so Chromium
 * falls back to the SUID helper, which npm unpacks as an ordinary file; Chromium then aborts
 * (SIGTRAP) rather than run unsandboxed (electron/electron#42510). The packaged .deb installs an
 * AppArmor profile and the AppImage adds --no-sandbox itself (electron-builder 26), so this is
 * about `npm start` only.
 * @param {{ platform: NodeJS.Platform, chromeSandbox: string, userNamespacesWork: () => boolean, suidHelperReady: (path: string) => boolean }} host
 * @returns {string | null} the advice, or null when the sandbox can start
 */
export function sandboxAdvice(host) {
  if (host.platform !== 'linux' || host.suidHelperReady(host.chromeSandbox) || host.userNamespacesWork()) return null;
  return [
    "Chromium's sandbox cannot start here (this Linux restricts unprivileged user namespaces, as Ubuntu 23.10 and later do),",
    'so this development run of Rehearse starts WITHOUT it (--no-sandbox). To keep the sandbox, do one of:',
    `  sudo chown root:root ${host.chromeSandbox} && sudo chmod 4755 ${host.chromeSandbox}`,
    '  or allow user namespaces for this Electron with an AppArmor profile (README → Troubleshooting).',
    'Installed builds need neither: the .deb sets up its own AppArmor profile.',
  ].join('\n');
}

/**
 * The one sentence for a runtime that could not be fetched, with the installer's own reason.
 * @param {string} installerOutput what the installer wrote to stderr
 */
export function runtimeMissingSentence(installerOutput) {
  const cause = installerOutput
    .split('\n')
    .map((line) => line.trim())
    .find((line) => /error/i.test(line) && !line.startsWith('at '));
  const because = cause ? ` (${cause.slice(0, 200)})` : '';
  return `The Electron runtime is not installed and could not be downloaded on this machine${because}, so Rehearse is starting in browser mode instead.`;
}
