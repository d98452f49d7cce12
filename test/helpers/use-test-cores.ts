import { afterEach } from 'vitest';
import type { AppCore } from '../../electron/main/app-core';
import { removeTempDirs } from './temp-dir';
import { openTestCore } from './test-core';

/**
 * Registers an afterEach that closes every core the returned `open` made and
 * removes the temp folders; `open(dataDir)` reopens an existing data folder
 * (a restart).
 */
export function useTestCores(): (dataDir?: string) => AppCore & { dataDir: string } {
  const opened: AppCore[] = [];
  afterEach(() => {
    opened.splice(0).forEach((core) => core.close());
    removeTempDirs();
  });
  return (dataDir) => {
    const core = openTestCore(dataDir);
    opened.push(core);
    return core;
  };
}
