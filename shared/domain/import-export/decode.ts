import { analyse } from 'chardet';
import { ImportFileError, importLimits } from './document';

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** A decoded import file: its text and, for the preview, the encoding it was read in (e.g. "Windows-1252 (Western European)"). */
export interface DecodedText {
  text: string;
  encoding: string;
}

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
 * Legacy encodings Rehearse reads, by the name chardet reports, with the name the preview shows.
 * The WHATWG Encoding Standard (which TextDecoder follows) decodes ISO-8859-1 as Windows-1252, its
 * superset, so both are shown as Windows-1252: that is what Excel on Windows writes for "CSV (Comma delimited)".
 */
const legacyEncodings: Record<string, string> = {
  'windows-1252': 'Windows-1252 (Western European)',
  'ISO-8859-1': 'Windows-1252 (Western European)',
  'windows-1250': 'Windows-1250 (Central European)',
  'ISO-8859-2': 'ISO-8859-2 (Central European)',
  'windows-1251': 'Windows-1251 (Cyrillic)',
  'ISO-8859-5': 'ISO-8859-5 (Cyrillic)',
  'KOI8-R': 'KOI8-R (Cyrillic)',
  'windows-1253': 'Windows-1253 (Greek)',
  'ISO-8859-7': 'ISO-8859-7 (Greek)',
  'windows-1254': 'Windows-1254 (Turkish)',
  'ISO-8859-9': 'ISO-8859-9 (Turkish)',
  'windows-1255': 'Windows-1255 (Hebrew)',
  'ISO-8859-8': 'ISO-8859-8 (Hebrew)',
  'windows-1256': 'Windows-1256 (Arabic)',
  'ISO-8859-6': 'ISO-8859-6 (Arabic)',
  'windows-1257': 'Windows-1257 (Baltic)',
  'windows-1258': 'Windows-1258 (Vietnamese)',
  'windows-874': 'Windows-874 (Thai)',
  Shift_JIS: 'Shift JIS (Japanese)',
  'EUC-JP': 'EUC-JP (Japanese)',
  GB18030: 'GB18030 (Chinese)',
  Big5: 'Big5 (Traditional Chinese)',
  'EUC-KR': 'EUC-KR (Korean)',
};

/** A strict decode: undefined when the bytes are not valid in that encoding (or the runtime lacks it). */
function tryDecode(label: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function refuseNul(text: string): void {
  const nul = text.indexOf('\0');
  if (nul >= 0) {
    const line = text.slice(0, nul).split('\n').length;
    fail('This looks like a binary file, not text. Import a JSON, CSV or Markdown file.', `line ${line}`);
  }
}

/** Guesses a legacy encoding with chardet and decodes strictly with the first candidate that fits every byte. */
function decodeLegacy(bytes: Uint8Array): DecodedText | undefined {
  for (const match of analyse(bytes)) {
    const shown = legacyEncodings[match.name];
    if (!shown || match.confidence <= 0) continue;
    const text = tryDecode(match.name, bytes);
    if (text !== undefined) return { text, encoding: shown };
  }
  return undefined;
}

/**
 * Turns a file's bytes into text and says which encoding it was read in. UTF-8 (with or without a
 * byte order mark) is read as such; UTF-16 with a byte order mark is decoded; anything else that is
 * not valid UTF-8 is matched against the legacy encodings above (Excel's Windows-1252 above all) with
 * chardet and decoded strictly. Refused with advice: empty, oversized, zip/xlsx, binary (NUL bytes),
 * a UTF-8 file cut inside a character, and bytes no known encoding explains.
 */
export function decodeImportBytes(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) fail('The file is empty.');
  if (bytes.length > importLimits.maxFileBytes) {
    fail(`The file is ${megabytes(bytes.length)}; the largest file Rehearse can import is ${megabytes(importLimits.maxFileBytes)}.`);
  }
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    fail('This is a zip archive or an Excel workbook, not a text file. Save the sheet as “CSV UTF-8” and import that.');
  }
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
  if (utf16) {
    const text = tryDecode(utf16, bytes.subarray(2));
    if (text === undefined)
      fail('The file says it is UTF-16 but is not valid UTF-16: it may be cut short. Save it as UTF-8 and import it again.');
    refuseNul(text);
    return { text, encoding: utf16 === 'utf-16le' ? 'UTF-16 (little-endian)' : 'UTF-16 (big-endian)' };
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bytes.subarray(bom ? 3 : 0);
  const nul = body.indexOf(0);
  if (nul >= 0) fail('This looks like a binary file, not text. Import a JSON, CSV or Markdown file.', `line ${lineAt(body, nul)}`);
  const text = tryDecode('utf-8', body);
  if (text !== undefined) return { text, encoding: bom ? 'UTF-8 (with byte order mark)' : 'UTF-8' };
  const offset = firstInvalidUtf8(body);
  const at = `line ${lineAt(body, Math.max(0, offset))}`;
  // A UTF-8 file cut short is refused rather than guessed at: a legacy decoding would turn its last character into junk.
  if (offset >= 0 && endsMidCharacter(body, offset)) {
    fail('The file ends in the middle of a character: it may be cut short. Export or save it again.', at);
  }
  if (!bom) {
    const legacy = decodeLegacy(body);
    if (legacy) return legacy;
  }
  fail(
    'The file is not valid UTF-8 and its encoding could not be recognised. Save it as UTF-8 (in Excel: “CSV UTF-8”) and import it again.',
    at,
  );
}

/** Base64 → bytes, refusing anything that is not strict base64 (Buffer and atob would silently skip bad characters). */
export function isStrictBase64(value: string): boolean {
  return value.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(value);
}
