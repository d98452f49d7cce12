import { describe, expect, test } from 'vitest';
import { decodeImportBytes, firstInvalidUtf8, isStrictBase64 } from '../../../../shared/domain/import-export/decode';

const bytes = (...b: number[]) => new Uint8Array(b);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeImportBytes', () => {
  test('accepts UTF-8 and strips a UTF-8 byte order mark', () => {
    expect(decodeImportBytes(utf8('café'))).toEqual({ text: 'café', encoding: 'UTF-8' });
    expect(decodeImportBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('text\nq')]))).toEqual({
      text: 'text\nq',
      encoding: 'UTF-8 (with byte order mark)',
    });
  });

  test('reads UTF-16 with a byte order mark, in either byte order', () => {
    expect(decodeImportBytes(bytes(0xff, 0xfe, 0x61, 0, 0xe9, 0))).toEqual({ text: 'aé', encoding: 'UTF-16 (little-endian)' });
    expect(decodeImportBytes(bytes(0xfe, 0xff, 0, 0x61))).toEqual({ text: 'a', encoding: 'UTF-16 (big-endian)' });
    expect(() => decodeImportBytes(bytes(0xff, 0xfe, 0x61, 0, 0, 0))).toThrow(/binary/);
  });

  test('refuses empty, zip/xlsx and binary files with advice', () => {
    expect(() => decodeImportBytes(bytes())).toThrow(/empty/);
    expect(() => decodeImportBytes(bytes(0x50, 0x4b, 0x03, 0x04, 1, 2))).toThrow(/Excel/);
    expect(() => decodeImportBytes(new Uint8Array([...utf8('a\nb\n'), 0, 1, 2]))).toThrow(/line 3.*binary/);
  });

  test('reads Windows-1252 (as Excel writes) and names it; refuses a UTF-8 file cut inside a character', () => {
    const cp1252 = new Uint8Array([...utf8('text\nok\ncaf'), 0xe9, 0x20, 0x93, ...utf8('q'), 0x94, 0x20, 0x80, ...utf8('\n')]);
    expect(decodeImportBytes(cp1252)).toEqual({ text: 'text\nok\ncafé “q” €\n', encoding: 'Windows-1252 (Western European)' });
    const cut = utf8('text\nca€').slice(0, -1);
    expect(() => decodeImportBytes(cut)).toThrow(/cut short/);
  });

  test('refuses files over 10 MB', () => {
    expect(() => decodeImportBytes(new Uint8Array(10 * 1024 * 1024 + 1).fill(0x61))).toThrow(/10\.0 MB; the largest .* 10\.0 MB/);
  });

  test('firstInvalidUtf8 agrees with the native decoder', () => {
    const samples = [
      utf8('ok'),
      bytes(0xc0, 0x80),
      bytes(0xed, 0xa0, 0x80),
      bytes(0xf4, 0x90, 0x80, 0x80),
      bytes(0x61, 0xe2, 0x82),
      utf8('€𝄞'),
    ];
    for (const sample of samples) {
      let valid = true;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(sample);
      } catch {
        valid = false;
      }
      expect(firstInvalidUtf8(sample) === -1).toBe(valid);
    }
  });

  test('strict base64', () => {
    expect(isStrictBase64('YWJj')).toBe(true);
    expect(isStrictBase64('YW=j')).toBe(false);
    expect(isStrictBase64('YWJ')).toBe(false);
    expect(isStrictBase64('YW J')).toBe(false);
  });
});
