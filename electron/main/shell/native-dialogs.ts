import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { type BrowserWindow, dialog } from 'electron';
import { AppError } from '../../../shared/contract/result';
import type { SystemDialogs } from '../services/files/system-dialogs';

/** The desktop app's open and save dialogs, parented to the main window. */
export function nativeDialogs(getWindow: () => BrowserWindow | null): SystemDialogs {
  return {
    async save(suggestedName, data) {
      const window = getWindow();
      const options = { defaultPath: suggestedName };
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return null;
      await writeFile(result.filePath, data);
      return result.filePath;
    },
    async open(title, extensions, maxBytes) {
      const window = getWindow();
      const options = { title, properties: ['openFile' as const], filters: [{ name: extensions.join(', ').toUpperCase(), extensions }] };
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      const path = result.filePaths[0];
      if (result.canceled || !path) return null;
      // Checked before reading: an accidental multi-gigabyte pick must not exhaust memory.
      if ((await stat(path)).size > maxBytes) {
        throw new AppError('invalid_input', `${basename(path)} is larger than ${Math.round(maxBytes / 1024 / 1024)} MB.`);
      }
      return { fileName: basename(path), data: await readFile(path) };
    },
  };
}
