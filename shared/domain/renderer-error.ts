import { z } from 'zod';

/**
 * A renderer fault as it may reach the log (issue 13, item 5): where it came from, the error's class, the
 * screen's route pattern (`/banks/:bankId`, never the address with its ids or query) and up to ten stack
 * frames as `function@file:line:column` with the file's base name only. No message: an error's message
 * can quote what the user typed. Every field is a code by its pattern, so no free text fits.
 */
export const rendererErrorSchema = z.strictObject({
  source: z.enum(['boundary', 'error', 'unhandledrejection']),
  name: z.string().regex(/^[A-Za-z_$][A-Za-z0-9_$]{0,63}$/, 'Must be an error class name'),
  screen: z.string().regex(/^\/[A-Za-z0-9/:_-]{0,63}$/, 'Must be a route pattern'),
  frames: z
    .array(z.string().regex(/^[A-Za-z0-9_$.<>-]{0,64}@[A-Za-z0-9_.-]{1,80}:\d{1,7}:\d{1,7}$/, 'Must be function@file:line:column'))
    .max(10),
});
export type RendererError = z.output<typeof rendererErrorSchema>;

/** Chrome's stack lines: `at fn (url:line:col)` or `at url:line:col`. */
const frameLine = /^\s*at (?:(\S+) \()?(\S+?):(\d+):(\d+)\)?\s*$/;

/**
 * An error's stack as log-safe frames: the function name (when it looks like code), the script's base
 * name (no folder, host or query), line and column. Lines of any other shape are left out.
 */
export function stackFrames(stack: string | undefined): string[] {
  const frames: string[] = [];
  for (const line of (stack ?? '').split('\n')) {
    const m = frameLine.exec(line);
    if (!m) continue;
    const fn = /^[A-Za-z0-9_$.<>-]{1,64}$/.test(m[1] ?? '') ? m[1]! : '';
    const file = (m[2]!.split(/[?#]/)[0]!.split('/').pop() ?? '').replace(/[^A-Za-z0-9_.-]/g, '_').slice(0, 80);
    if (file) frames.push(`${fn}@${file}:${m[3]}:${m[4]}`);
    if (frames.length === 10) break;
  }
  return frames;
}

/** A thrown value (anything) → its class name when it is an Error with a code-like name, else `NonError`. */
export function errorName(thrown: unknown): string {
  const name = thrown instanceof Error ? thrown.name : 'NonError';
  return /^[A-Za-z_$][A-Za-z0-9_$]{0,63}$/.test(name) ? name : 'Error';
}
