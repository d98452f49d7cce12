import { ImportFileError, importLimits } from './document';

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** Offset of the first byte that breaks UTF-8, or -1. Only run after the fast native check failed, to say where. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    // Overlong three/four-byte forms, surrogates and code points above U+10FFFF.
    const c1 = bytes[i + 1] ?? 0;
    if ((b === 0xe0 && c1 < 0xa0) || (b === 0xed && c1 > 0x9f) || (b === 0xf0 && c1 < 0x90) || (b === 0xf4 && c1 > 0x8f)) return i;
    i += need + 1;
  }
  return -1;
}

/** True when the bad sequence at `offset` is a valid start cut off by the end of the file. */
function endsMidCharacter(bytes: Uint8Array, offset: number): boolean {
  const lead = bytes[offset]!;
  const need = lead >= 0xc2 && lead <= 0xdf ? 1 : lead >= 0xe0 && lead <= 0xef ? 2 : lead >= 0xf0 && lead <= 0xf4 ? 3 : 0;
  const rest = bytes.subarray(offset + 1);
  return need > 0 && rest.length < need && rest.every((c) => (c & 0xc0) === 0x80);
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function fail(message: string, at = ''): never {
  throw new ImportFileError([{ at, message }]);
}

/**
 * Turns a file's bytes into text, refusing what is not UTF-8 text with a
 * message that says what the file seems to be and what to do. A UTF-8 byte
 * order mark (as Excel writes) is accepted and removed.
 */
export function decodeImportBytes(bytes: Uint8Array): string {
  if (bytes.length === 0) fail('The file is empty.');
  if (bytes.length > importLimits.maxFileBytes) {
    fail(`The file is ${megabytes(bytes.length)}; the largest file Rehearse can import is ${megabytes(importLimits.maxFileBytes)}.`);
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    fail('The file is saved as UTF-16. Save it as UTF-8 (in Excel: “CSV UTF-8”) and import it again.');
  }
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    fail('This is a zip archive or an Excel workbook, not a text file. Save the sheet as “CSV UTF-8” and import that.');
  }
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const nul = bytes.indexOf(0, start);
  if (nul >= 0) fail('This looks like a binary file, not text. Import a JSON, CSV or Markdown file.', `line ${lineAt(bytes, nul)}`);
  const body = bytes.subarray(start);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    const offset = firstInvalidUtf8(body);
    const at = `line ${lineAt(body, Math.max(0, offset))}`;
    if (offset >= 0 && endsMidCharacter(body, offset)) {
      fail('The file ends in the middle of a character: it may be cut short. Export or save it again.', at);
    }
    fail(
      'The file is not valid UTF-8 text. It may be saved in another encoding (such as Windows-1252 or Latin-1): save it as UTF-8 and import it again.',
      at,
    );
  }
}

/** Base64 → bytes, refusing anything that is not strict base64 (Buffer and atob would silently skip bad characters). */
export function isStrictBase64(value: string): boolean {
  return value.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(value);
}
