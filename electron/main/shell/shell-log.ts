import type { AppLog } from '../logging/app-log';

/** What the shell reports: what happened, and plain details (no user content). */
export type ShellLog = (event: string, details?: Record<string, string | number | boolean>) => void;

/**
 * The shell's log of things that went wrong (a crashed or hung window, a failed load, a blocked
 * request, a start-up that failed). Each event goes to stderr, which `npm start` and a
 * terminal-started AppImage/.app show, and — once the app has opened its data folder — to the
 * rotating log `<data folder>/logs/rehearse.log` as a warning, so a problem report carries it.
 * The rotating log keeps only codes, counts and flags (free text such as an error message is
 * written as `[text]`); stderr keeps the whole line for the person at the terminal.
 * `appLog` is read at each event: null before the folder is open (or when it could not be).
 */
export function createShellLog(appLog: () => AppLog | null): ShellLog {
  return (event, details = {}) => {
    console.error(`[rehearse] ${new Date().toISOString()} ${event}${Object.keys(details).length ? ` ${JSON.stringify(details)}` : ''}`);
    appLog()?.warn(`shell.${event}`, details);
  };
}
