import type { OpenedFile } from '../../../shared/contract/files';
import type { Result } from '../../../shared/contract/result';
import { api } from '../api/client';
import { isDesktop } from './is-desktop';

export interface PickOptions {
  title: string;
  /** Without dots, e.g. ['json', 'csv', 'md']. */
  extensions: string[];
  encoding: 'utf8' | 'base64';
}

/**
 * Lets the user choose a file: the native open dialog in the desktop app, a
 * file input in browser mode. Text must be valid UTF-8, or the result says
 * so instead of passing on mangled characters. Resolves to null when cancelled.
 */
export async function pickFile(options: PickOptions): Promise<Result<OpenedFile | null>> {
  if (isDesktop()) return api.files.open(options);
  const file = await chooseWithInput(options.extensions);
  if (!file) return { ok: true, value: null };
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (options.encoding === 'base64') return { ok: true, value: { fileName: file.name, content: bytesToBase64(bytes), encoding: 'base64' } };
  try {
    const content = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { ok: true, value: { fileName: file.name, content, encoding: 'utf8' } };
  } catch {
    return {
      ok: false,
      error: { code: 'invalid_input', message: `${file.name} is not UTF-8 text. Save it as UTF-8 (for CSV: “CSV UTF-8”) and try again.` },
    };
  }
}

function chooseWithInput(extensions: string[]): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = extensions.map((e) => `.${e}`).join(',');
    input.style.display = 'none';
    input.addEventListener('change', () => {
      resolve(input.files?.[0] ?? null);
      input.remove();
    });
    input.addEventListener('cancel', () => {
      resolve(null);
      input.remove();
    });
    document.body.append(input);
    input.click();
  });
}

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  // Chunked: String.fromCharCode with one huge spread overflows the call stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
