/**
 * A minimal ustar reader and writer for building hostile archives byte by
 * byte (names the app's own writer would never produce, symlinks, lying
 * sizes). Deliberately independent of the app's tar code, which it tests.
 */

export interface TarFile {
  name: string;
  body: Buffer;
  /** '0' regular file (default), '2' symlink, '5' directory. */
  type?: string;
  linkName?: string;
  /** Written into the header instead of the body's real size. */
  declaredSize?: number;
}

function octal(value: number, width: number): string {
  return value.toString(8).padStart(width - 1, '0') + '\0';
}

function header(file: TarFile): Buffer {
  const block = Buffer.alloc(512);
  const name = Buffer.from(file.name, 'utf8');
  // Long names go into the ustar prefix field (up to 155 + 100 bytes); longer ones are cut, as hostile input may be.
  if (name.length > 100) {
    const split = Math.max(0, name.length - 100);
    name.subarray(split).copy(block, 0);
    name.subarray(0, Math.min(split, 155)).copy(block, 345);
  } else name.copy(block, 0);
  block.write(octal(0o644, 8), 100, 'ascii');
  block.write(octal(0, 8), 108, 'ascii');
  block.write(octal(0, 8), 116, 'ascii');
  block.write(octal(file.declaredSize ?? file.body.length, 12), 124, 'ascii');
  block.write(octal(Math.floor(Date.parse('2026-03-01T00:00:00Z') / 1000), 12), 136, 'ascii');
  block.write('        ', 148, 'ascii');
  block.write(file.type ?? '0', 156, 'ascii');
  if (file.linkName) block.write(file.linkName, 157, 'utf8');
  block.write('ustar\0', 257, 'ascii');
  block.write('00', 263, 'ascii');
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(octal(sum, 7) + ' ', 148, 'ascii');
  return block;
}

export function writeTar(files: TarFile[]): Buffer {
  const parts: Buffer[] = [];
  for (const file of files) {
    parts.push(header(file), file.body, Buffer.alloc((512 - (file.body.length % 512)) % 512));
  }
  parts.push(Buffer.alloc(1024));
  return Buffer.concat(parts);
}

export function readTar(archive: Buffer): TarFile[] {
  const files: TarFile[] = [];
  for (let offset = 0; offset + 512 <= archive.length;) {
    const block = archive.subarray(offset, offset + 512);
    if (block.every((b) => b === 0)) break;
    const field = (start: number, length: number) =>
      block
        .subarray(start, start + length)
        .toString('utf8')
        .replace(/\0.*$/s, '');
    const prefix = field(345, 155);
    const name = prefix ? `${prefix}/${field(0, 100)}` : field(0, 100);
    const size = parseInt(field(124, 12).trim() || '0', 8);
    const type = field(156, 1) || '0';
    files.push({ name, type, body: Buffer.from(archive.subarray(offset + 512, offset + 512 + size)) });
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}
