import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Ground truth for the delivery analysis (issue 15): real synthetic speech
 * from `espeak-ng`, each phrase trimmed of espeak's own lead-in and tail by
 * `sox`, joined by digital silences of known length. Built at test time into
 * `dir` (nothing binary is committed). Needs the Debian packages espeak-ng and sox.
 *
 * Layout (seconds): lead · phrase · 1.0 · phrase · 4.0 · phrase · 5.0 · phrase · tail.
 * The 1.0 s gap is shorter than a long pause (3 s) and must not count as one.
 */
export interface DeliveryWav {
  path: string;
  sampleRate: number;
  leadMs: number;
  tailMs: number;
  /** Length of each phrase after trimming, in order. */
  phraseMs: number[];
  /** The silences between phrases, in order. */
  gapMs: number[];
  totalMs: number;
}

const phrases = [
  'I led a team of five engineers through a difficult migration last year',
  'We had three weeks and no documentation',
  'So I split the work into small steps that could each be tested',
  'In the end we moved everything on time and nobody lost any data',
];
export const deliveryGapMs = [1000, 4000, 5000];

export function buildDeliveryWav(dir: string, leadMs = 4000, tailMs = 3000): DeliveryWav {
  const sampleRate = 48_000;
  const pieces: string[] = [];
  const phraseMs: number[] = [];
  const silence = (ms: number, name: string) => {
    const file = join(dir, name);
    execFileSync('sox', ['-n', '-r', String(sampleRate), '-c', '1', '-b', '16', file, 'trim', '0', (ms / 1000).toFixed(3)]);
    return file;
  };
  pieces.push(silence(leadMs, 'lead.wav'));
  phrases.forEach((text, i) => {
    const raw = join(dir, `raw-${i}.wav`);
    const trimmed = join(dir, `phrase-${i}.wav`);
    execFileSync('espeak-ng', ['-v', 'en', '-s', '165', '-w', raw, text]);
    // Resample and cut espeak's own silence at both ends (0.5% of full scale, 20 ms), so the gaps are exact.
    execFileSync('sox', [
      raw,
      '-r',
      String(sampleRate),
      '-b',
      '16',
      trimmed,
      'silence',
      '1',
      '0.02',
      '0.5%',
      'reverse',
      'silence',
      '1',
      '0.02',
      '0.5%',
      'reverse',
    ]);
    phraseMs.push(Number(execFileSync('sox', ['--i', '-D', trimmed], { encoding: 'utf8' }).trim()) * 1000);
    pieces.push(trimmed);
    if (i < deliveryGapMs.length) pieces.push(silence(deliveryGapMs[i]!, `gap-${i}.wav`));
  });
  pieces.push(silence(tailMs, 'tail.wav'));
  const path = join(dir, 'answer.wav');
  execFileSync('sox', [...pieces, path]);
  const totalMs = Number(execFileSync('sox', ['--i', '-D', path], { encoding: 'utf8' }).trim()) * 1000;
  return { path, sampleRate, leadMs, tailMs, phraseMs, gapMs: deliveryGapMs, totalMs };
}

/** Reads a 16-bit PCM mono WAV (as sox writes it) into samples in [-1, 1]. */
export function readWav16(path: string): { samples: Float32Array; sampleRate: number } {
  const bytes = readFileSync(path);
  if (bytes.toString('ascii', 0, 4) !== 'RIFF' || bytes.toString('ascii', 8, 12) !== 'WAVE') throw new Error(`${path} is not a WAV file`);
  let offset = 12;
  let sampleRate = 0;
  while (offset + 8 <= bytes.length) {
    const id = bytes.toString('ascii', offset, offset + 4);
    const size = bytes.readUInt32LE(offset + 4);
    const body = offset + 8;
    if (id === 'fmt ') {
      if (bytes.readUInt16LE(body) !== 1 || bytes.readUInt16LE(body + 2) !== 1 || bytes.readUInt16LE(body + 14) !== 16)
        throw new Error(`${path}: only 16-bit PCM mono is read here`);
      sampleRate = bytes.readUInt32LE(body + 4);
    } else if (id === 'data') {
      const samples = new Float32Array(Math.floor(size / 2));
      for (let i = 0; i < samples.length; i++) samples[i] = bytes.readInt16LE(body + i * 2) / 32768;
      return { samples, sampleRate };
    }
    offset = body + size + (size % 2);
  }
  throw new Error(`${path} has no data chunk`);
}
