import type { Result } from '../../../shared/contract/result';
import { api } from '../api/client';
import { isDesktop } from './is-desktop';

export interface FileToSave {
  fileName: string;
  mimeType: string;
  content: string;
  encoding?: 'utf8' | 'base64';
}

/**
 * Saves a file the user asked for: the native save dialog in the desktop app,
 * a download in browser mode. Resolves to where it went (null when cancelled).
 */
export async function saveFile(file: FileToSave): Promise<Result<{ savedTo: string | null }>> {
  const encoding = file.encoding ?? 'utf8';
  if (isDesktop()) {
    const result = await api.files.save({ suggestedName: file.fileName, content: file.content, encoding });
    return result.ok ? { ok: true, value: { savedTo: result.value.path } } : result;
  }
  const body = encoding === 'base64' ? base64ToBytes(file.content) : file.content;
  const url = URL.createObjectURL(new Blob([body], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; revoking later keeps slow browsers from losing it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return { ok: true, value: { savedTo: `your downloads folder as ${file.fileName}` } };
}

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
