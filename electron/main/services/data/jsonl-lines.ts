/**
 * The longest line an archive's table may have. Rows this version writes are
 * at most a few tens of kilobytes (texts are capped at 5,000 characters by
 * the contract, ~30 KB when every character is JSON-escaped); 4 MiB leaves
 * ample room for future columns while a hostile line is refused after 4 MiB
 * read, not after the whole line.
 */
export const maxLineBytes = 4 * 1024 * 1024;

/** A line that is too long, or not UTF-8; `line` is 1-based, counting every line. */
export class LineError extends Error {
  constructor(
    readonly line: number,
    readonly reason: 'too_long' | 'not_utf8',
    readonly limitBytes: number,
  ) {
    super(reason === 'too_long' ? `line ${line} is longer than ${limitBytes} bytes` : `line ${line} is not valid UTF-8`);
    this.name = 'LineError';
  }
}

/** A non-empty line and its 1-based line number in the stream. */
export interface NumberedLine {
  text: string;
  line: number;
}

/** Filled in while splitting, for callers and tests that check the memory bound. */
export interface SplitStats {
  /** Bytes taken from the source so far. */
  bytesRead: number;
  /** The most bytes of an unfinished line held at once; never above the limit. */
  peakPendingBytes: number;
}

/**
 * Splits a byte stream into UTF-8 lines (`\n`; a `\r` before it is kept, as
 * JSON treats it as whitespace), skipping empty lines. Linear: each byte is
 * scanned once and copied at most once. Bounded: at most `limitBytes` of an
 * unfinished line are held, and a longer line throws `LineError` as soon as
 * it passes the limit, without reading the rest of it.
 */
export async function* splitLines(
  chunks: AsyncIterable<Buffer>,
  limitBytes: number = maxLineBytes,
  stats: SplitStats = { bytesRead: 0, peakPendingBytes: 0 },
): AsyncGenerator<NumberedLine> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let line = 1;

  const hold = (piece: Buffer) => {
    if (pendingBytes + piece.length > limitBytes) throw new LineError(line, 'too_long', limitBytes);
    if (piece.length === 0) return;
    pending.push(piece);
    pendingBytes += piece.length;
    stats.peakPendingBytes = Math.max(stats.peakPendingBytes, pendingBytes);
  };
  const take = (): NumberedLine | null => {
    const bytes = pending.length === 1 ? pending[0]! : Buffer.concat(pending, pendingBytes);
    pending = [];
    pendingBytes = 0;
    if (bytes.length === 0) return null;
    try {
      return { text: decoder.decode(bytes), line };
    } catch {
      throw new LineError(line, 'not_utf8', limitBytes);
    }
  };

  for await (const chunk of chunks) {
    stats.bytesRead += chunk.length;
    let start = 0;
    for (let end = chunk.indexOf(10, start); end !== -1; end = chunk.indexOf(10, start)) {
      hold(chunk.subarray(start, end));
      const taken = take();
      if (taken) yield taken;
      line++;
      start = end + 1;
    }
    // Copied, so a held tail does not keep the whole chunk alive.
    hold(Buffer.from(chunk.subarray(start)));
  }
  const last = take();
  if (last) yield last;
}
