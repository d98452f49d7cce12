import { describe, expect, test } from 'vitest';
import { decodeImportBytes, firstInvalidUtf8, isStrictBase64 } from '../../../../shared/domain/import-export/decode';

const bytes = (...b: number[]) => new Uint8Array(b);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeImportBytes', () => {
  test('accepts UTF-8 and strips a UTF-8 byte order mark', () => {
    expect(decodeImportBytes(utf8('café'))).toBe('café');
    expect(decodeImportBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('text\nq')]))).toBe('text\nq');
  });

  test('refuses empty, UTF-16, zip/xlsx and binary files with advice', () => {
    expect(() => decodeImportBytes(bytes())).toThrow(/empty/);
    expect(() => decodeImportBytes(bytes(0xff, 0xfe, 0x61, 0))).toThrow(/UTF-16/);
    expect(() => decodeImportBytes(bytes(0x50, 0x4b, 0x03, 0x04, 1, 2))).toThrow(/Excel/);
    expect(() => decodeImportBytes(new Uint8Array([...utf8('a\nb\n'), 0, 1, 2]))).toThrow(/line 3.*binary/);
  });

  test('refuses another encoding, naming the line, and a file cut inside a character', () => {
    const latin1 = new Uint8Array([...utf8('text\nok\ncaf'), 0xe9, ...utf8('\n')]);
    expect(() => decodeImportBytes(latin1)).toThrow(/line 3.*not valid UTF-8.*Windows-1252/);
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
