// Finds the Electron binary without triggering the `electron` package's lazy
// download (which hangs or fails on machines without internet access).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const electronPackageDir = resolve(import.meta.dirname, '../node_modules/electron');

/**
 * @param {string} [packageDir] the `electron` package folder (default: this project's)
 * @returns {string | null} the executable's path, or null when it is not installed
 */
export function findElectronBinary(packageDir = electronPackageDir) {
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}
