import { type FileHandle, open } from 'node:fs/promises';
import { type NumberedLine, type SplitStats, splitLines } from './jsonl-lines';

/*
 * A minimal ustar (POSIX tar) writer and index reader: enough for an export
 * archive of regular files that any tar tool can open, streamed so archives
 * with gigabytes of recordings never sit in memory. No dependency needed.
 */

const block = 512;
const copyChunk = 1024 * 1024;
const maxOctalSize = 8 ** 11 - 1;

function writeString(header: Buffer, offset: number, length: number, value: string): void {
  header.write(value, offset, Math.min(length, Buffer.byteLength(value)), 'utf8');
}

function writeOctal(header: Buffer, offset: number, length: number, value: number): void {
  writeString(header, offset, length, `${value.toString(8).padStart(length - 1, '0')}\0`);
}

function headerFor(name: string, size: number, mtime: Date): Buffer {
  if (Buffer.byteLength(name) > 100) throw new Error(`Archive entry name too long: ${name}`);
  if (size > maxOctalSize) throw new Error(`Archive entry too large: ${name}`);
  const header = Buffer.alloc(block);
  writeString(header, 0, 100, name);
  writeOctal(header, 100, 8, 0o644);
  writeOctal(header, 108, 8, 0);
  writeOctal(header, 116, 8, 0);
  writeOctal(header, 124, 12, size);
  writeOctal(header, 136, 12, Math.floor(mtime.getTime() / 1000));
  header.fill(' ', 148, 156);
  header.write('0', 156);
  writeString(header, 257, 6, 'ustar\0');
  writeString(header, 263, 2, '00');
  let sum = 0;
  for (const byte of header) sum += byte;
  writeString(header, 148, 8, `${sum.toString(8).padStart(6, '0')}\0 `);
  return header;
}

const padding = (size: number) => (block - (size % block)) % block;

export class TarWriter {
  private position = 0;

  private constructor(private readonly file: FileHandle) {}

  static async create(path: string): Promise<TarWriter> {
    return new TarWriter(await open(path, 'wx'));
  }

  private async write(data: Buffer): Promise<void> {
    await this.file.write(data, 0, data.length, this.position);
    this.position += data.length;
  }

  async addBytes(name: string, data: Buffer, mtime: Date): Promise<void> {
    await this.write(headerFor(name, data.length, mtime));
    await this.write(data);
    await this.write(Buffer.alloc(padding(data.length)));
  }

  /** Copies a file into the archive; `onChunk` sees every chunk (e.g. to hash it). */
  async addFile(name: string, sourcePath: string, mtime: Date, onChunk?: (chunk: Buffer) => void): Promise<number> {
    const source = await open(sourcePath, 'r');
    try {
      const { size } = await source.stat();
      await this.write(headerFor(name, size, mtime));
      const buffer = Buffer.alloc(copyChunk);
      for (let done = 0; done < size;) {
        const { bytesRead } = await source.read(buffer, 0, Math.min(copyChunk, size - done), done);
        if (bytesRead === 0) throw new Error(`${sourcePath} shrank while it was being archived`);
        const chunk = buffer.subarray(0, bytesRead);
        onChunk?.(chunk);
        await this.write(chunk);
        done += bytesRead;
      }
      await this.write(Buffer.alloc(padding(size)));
      return size;
    } finally {
      await source.close();
    }
  }

  /** Writes the end-of-archive marker, flushes to disk and closes. */
  async close(): Promise<number> {
    await this.write(Buffer.alloc(block * 2));
    await this.file.sync();
    await this.file.close();
    return this.position;
  }

  async abandon(): Promise<void> {
    await this.file.close();
  }
}

export interface TarEntry {
  name: string;
  size: number;
  /** Where the entry's bytes start in the archive file. */
  offset: number;
}

function readOctal(header: Buffer, offset: number, length: number): number {
  const text = header
    .subarray(offset, offset + length)
    .toString('ascii')
    .replace(/[\0 ]+$/, '')
    .trim();
  if (!/^[0-7]+$/.test(text)) throw new Error('not a tar archive (bad number field)');
  return parseInt(text, 8);
}

function readName(header: Buffer, offset: number, length: number): string {
  const raw = header.subarray(offset, offset + length);
  const end = raw.indexOf(0);
  return raw.subarray(0, end === -1 ? length : end).toString('utf8');
}

/**
 * Lists the regular files of a tar archive with where each one's bytes are.
 * Checks every header's checksum; refuses link, device and extended entries,
 * which this app never writes.
 */
export async function indexTar(path: string): Promise<TarEntry[]> {
  const file = await open(path, 'r');
  try {
    const { size: total } = await file.stat();
    const entries: TarEntry[] = [];
    const header = Buffer.alloc(block);
    let position = 0;
    while (position + block <= total) {
      await file.read(header, 0, block, position);
      if (header.every((byte) => byte === 0)) return entries;
      const stored = readOctal(header, 148, 8);
      let sum = 0;
      for (let i = 0; i < block; i++) sum += i >= 148 && i < 156 ? 32 : header[i]!;
      if (sum !== stored) throw new Error('not a tar archive, or a damaged one (header checksum)');
      const type = String.fromCharCode(header[156]!);
      const size = readOctal(header, 124, 12);
      const prefix = readName(header, 345, 155);
      const name = (prefix ? `${prefix}/` : '') + readName(header, 0, 100);
      if (type === '0' || type === '\0') entries.push({ name, size, offset: position + block });
      else if (type !== '5') throw new Error(`unsupported entry type "${type}" for ${name}`);
      position += block + size + padding(size);
      if (position > total) throw new Error(`the archive ends inside ${name} (incomplete download?)`);
    }
    throw new Error('the archive has no end marker (incomplete download?)');
  } finally {
    await file.close();
  }
}

/** Reads an entry's bytes in chunks. */
export async function* readEntry(path: string, entry: TarEntry, chunkBytes = copyChunk): AsyncGenerator<Buffer> {
  const file = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(chunkBytes);
    for (let done = 0; done < entry.size;) {
      const { bytesRead } = await file.read(buffer, 0, Math.min(chunkBytes, entry.size - done), entry.offset + done);
      if (bytesRead === 0) throw new Error(`the archive ends inside ${entry.name}`);
      done += bytesRead;
      yield Buffer.from(buffer.subarray(0, bytesRead));
    }
  } finally {
    await file.close();
  }
}

/** Reads a text entry line by line (JSON Lines) in linear time, holding at most `limitBytes` of a line; see `splitLines`. */
export function readLines(path: string, entry: TarEntry, limitBytes?: number, stats?: SplitStats): AsyncGenerator<NumberedLine> {
  return splitLines(readEntry(path, entry), limitBytes, stats);
}
