import type { OpenedFile } from '../../../../shared/contract/files';
import { AppError } from '../../../../shared/contract/result';

/**
 * The operating system's file dialogs. Implemented by the Electron layer
 * (electron/main/shell/native-dialogs.ts); absent in browser mode and tests.
 */
export interface SystemDialogs {
  /** Asks where to save and writes the file; null when the user cancelled. */
  save(suggestedName: string, data: Buffer): Promise<string | null>;
  /** Asks for a file and reads it (refusing files over `maxBytes`); null when the user cancelled. */
  open(title: string, extensions: string[], maxBytes: number): Promise<{ fileName: string; data: Buffer } | null>;
}

/** The file's content in the asked encoding; text that is not valid UTF-8 is refused rather than mangled. */
export function encodeOpened(file: { fileName: string; data: Buffer }, encoding: OpenedFile['encoding']): OpenedFile {
  if (encoding === 'base64') return { fileName: file.fileName, content: file.data.toString('base64'), encoding };
  try {
    return { fileName: file.fileName, content: new TextDecoder('utf-8', { fatal: true }).decode(file.data), encoding };
  } catch {
    throw new AppError('invalid_input', `${file.fileName} is not UTF-8 text. Save it as UTF-8 (for CSV: “CSV UTF-8”) and try again.`);
  }
}
