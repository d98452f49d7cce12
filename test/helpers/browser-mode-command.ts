import { resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '../..');

/**
 * Node arguments that run browser mode in ONE process (tsx as a loader). The
 * `tsx` command would start the app in a child of its own, which a SIGKILL of
 * the parent leaves running after the test.
 */
export const browserModeArgs = ['--import', 'tsx', resolve(projectRoot, 'electron/main/browser-mode/cli.ts')];
