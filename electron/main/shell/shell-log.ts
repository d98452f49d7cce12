/** What the shell reports: what happened, and plain details (no user content). */
export type ShellLog = (event: string, details?: Record<string, string | number | boolean>) => void;

/**
 * The shell's log of things that went wrong (a crashed or hung window, a failed load, a
 * request that was blocked). For now it writes one line to stderr, which `npm start` and
 * a terminal-started AppImage/.app show; the lead connects it to the app's rotating log
 * file (issue for the data layer) by swapping this one function.
 */
export const logShellEvent: ShellLog = (event, details = {}) => {
  console.error(`[rehearse] ${new Date().toISOString()} ${event}${Object.keys(details).length ? ` ${JSON.stringify(details)}` : ''}`);
};
