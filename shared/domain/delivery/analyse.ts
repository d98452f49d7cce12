import type { DeliveryFacts, Span } from './facts';
import { deliveryAnalysisVersion, longPauseMs } from './method-constants';

/** Refusal to analyse: the recording has no sound to measure (e.g. a video without an audio track). */
export class DeliveryAnalysisError extends Error {
  override name = 'DeliveryAnalysisError';
}

/** Decoded audio as Web Audio gives it: one Float32Array of samples in [-1, 1] per channel. */
export interface Pcm {
  channels: readonly Float32Array[];
  /** Samples per second per channel (8 000–384 000). */
  sampleRate: number;
}

// Constants of the method. Frame and thresholds follow the usual choices for
// energy detectors (10 ms frames, decisions some 10 dB above the background);
// the bridge (hangover) of 250 ms keeps the gaps between words inside speech.
const frameMs = 10;
const onAboveFloorDb = 10;
const offAboveFloorDb = 6;
/** Below this level (dBFS) nothing counts as speech, however quiet the room. */
const absoluteMinDb = -65;
const floorRisePerFrameDb = 0.015; // 1.5 dB/s while speech is heard
const floorFallShare = 0.3;
const floorFollowShare = 0.02; // ≈ 0.5 s time constant between words
const hangoverMs = 250;
const minSpeechMs = 60;
/** Speech whose loud part (90th percentile of its frames) stays under this is hard to hear (dBFS). */
const quietLevelDb = -40;
/** …or that rises less than this above the background. */
const quietAboveFloorDb = 15;
const minRateSpeechMs = 5000;
const peakDipDb = 2;
const minPeakGapFrames = 8; // 80 ms: no one says more than ~12 syllables a second

/**
 * Voice activity and delivery facts from the samples of one recorded answer.
 *
 * Method — a short-time energy detector with an adaptive noise floor and
 * hangover, as in Sangwan et al., "VAD techniques for real-time speech
 * transmission on the Internet" (IEEE HSNMC 2002, energy detector with an
 * adaptively updated floor), with the hangover idea of ITU-T G.729 Annex B:
 * 1. mono mix, 10 ms frames, energy in dBFS (mean square, +1e-12 so silence is −120);
 * 2. a background floor starts at the 10th percentile of frame energies, falls
 *    quickly to quieter frames, follows the background between words and
 *    creeps up (1.5 dB/s) during speech so a lasting change of noise is learnt;
 * 3. a frame turns speech above floor + 10 dB (and above −65 dBFS) and stays
 *    speech until it drops under floor + 6 dB (hysteresis);
 * 4. gaps under 250 ms are bridged (hangover) and bursts under 60 ms dropped (clicks).
 * Syllable-like peaks follow de Jong & Wempe, "Praat script to detect syllable
 * nuclei and measure speech rate automatically" (Behavior Research Methods
 * 41(2), 2009): peaks of the 50 ms-smoothed energy inside speech with a dip of
 * at least 2 dB before them. The rate is an ESTIMATE — peaks are not words.
 *
 * Cost: one pass over the samples plus a few over the frames (O(samples)).
 * @throws DeliveryAnalysisError when there is no channel (no audio track) or the sample rate is not usable.
 */
export function analyseDelivery(pcm: Pcm): DeliveryFacts {
  const { channels, sampleRate } = pcm;
  if (channels.length === 0) throw new DeliveryAnalysisError('This recording has no sound track, so there is nothing to analyse.');
  if (!Number.isFinite(sampleRate) || sampleRate < 8000 || sampleRate > 384_000)
    throw new DeliveryAnalysisError(`The sound's sample rate (${sampleRate}) cannot be analysed.`);
  const length = Math.min(...channels.map((c) => c.length));
  const durationMs = Math.floor((length / sampleRate) * 1000);
  const energy = frameEnergies(channels, length, sampleRate);
  const { speech, floor } = classify(energy);
  const frames = cleanUp(speech);
  const toMs = (frame: number) => Math.min(durationMs, frame * frameMs);
  const spanFrames = runs(frames);
  const speechSpans: Span[] = spanFrames.map(([a, b]) => ({ startMs: toMs(a), endMs: toMs(b) })).filter((s) => s.endMs > s.startMs);

  const pauses: Span[] = [];
  for (let i = 1; i < speechSpans.length; i++) {
    const gap = { startMs: speechSpans[i - 1]!.endMs, endMs: speechSpans[i]!.startMs };
    if (gap.endMs - gap.startMs >= longPauseMs) pauses.push(gap);
  }
  const quietSpans = spanFrames
    .filter(([a, b]) => isQuiet(energy, floor, a, b))
    .map(([a, b]) => ({ startMs: toMs(a), endMs: toMs(b) }))
    .filter((s) => s.endMs > s.startMs);
  const speechMs = speechSpans.reduce((sum, s) => sum + s.endMs - s.startMs, 0);
  const last = speechSpans.at(-1);
  const peaks = syllablePeaks(energy, floor, frames);
  return {
    analysisVersion: deliveryAnalysisVersion,
    durationMs,
    firstSpeechMs: speechSpans[0]?.startMs ?? null,
    speechMs,
    pauses,
    endSilenceMs: last ? durationMs - last.endMs : durationMs,
    quietSpans,
    speechSpans,
    syllablesPerMinuteEstimate: speechMs < minRateSpeechMs ? null : Math.round((peaks / speechMs) * 60_000),
  };
}

/** Energy in dBFS of each whole 10 ms frame of the mono mix (a last partial frame is left out). */
function frameEnergies(channels: readonly Float32Array[], length: number, sampleRate: number): Float32Array {
  const size = Math.max(1, Math.round((sampleRate * frameMs) / 1000));
  const count = Math.floor(length / size);
  const out = new Float32Array(count);
  const n = channels.length;
  for (let f = 0; f < count; f++) {
    let sum = 0;
    const start = f * size;
    for (let i = start; i < start + size; i++) {
      let x = 0;
      for (let c = 0; c < n; c++) x += channels[c]![i]!;
      x /= n;
      sum += x * x;
    }
    out[f] = 10 * Math.log10(sum / size + 1e-12);
  }
  return out;
}

function classify(energy: Float32Array): { speech: Uint8Array; floor: Float32Array } {
  const speech = new Uint8Array(energy.length);
  const floor = new Float32Array(energy.length);
  let level = percentile(energy, 0.1);
  let on = false;
  for (let i = 0; i < energy.length; i++) {
    const e = energy[i]!;
    if (e < level) level += (e - level) * floorFallShare;
    else if (!on) level += (e - level) * floorFollowShare;
    else level += Math.min(e - level, floorRisePerFrameDb);
    floor[i] = level;
    on = e > absoluteMinDb && e > level + (on ? offAboveFloorDb : onAboveFloorDb);
    speech[i] = on ? 1 : 0;
  }
  return { speech, floor };
}

/** Bridges short gaps (hangover), then drops bursts too short to be speech. */
function cleanUp(speech: Uint8Array): Uint8Array {
  const out = speech.slice();
  const bridge = hangoverMs / frameMs;
  let lastOn = -1;
  for (let i = 0; i < out.length; i++) {
    if (!out[i]) continue;
    if (lastOn >= 0 && i - lastOn - 1 > 0 && i - lastOn - 1 < bridge) out.fill(1, lastOn + 1, i);
    lastOn = i;
  }
  for (const [a, b] of runs(out)) if ((b - a) * frameMs < minSpeechMs) out.fill(0, a, b);
  return out;
}

/** [start, end) frame ranges of consecutive 1s. */
function runs(flags: Uint8Array): [number, number][] {
  const out: [number, number][] = [];
  let start = -1;
  for (let i = 0; i <= flags.length; i++) {
    const set = i < flags.length && flags[i] === 1;
    if (set && start < 0) start = i;
    else if (!set && start >= 0) {
      out.push([start, i]);
      start = -1;
    }
  }
  return out;
}

function isQuiet(energy: Float32Array, floor: Float32Array, a: number, b: number): boolean {
  const loud = percentile(energy.subarray(a, b), 0.9);
  const background = percentile(floor.subarray(a, b), 0.5);
  return loud < quietLevelDb || loud - background < quietAboveFloorDb;
}

/** Counts syllable-like peaks (see analyseDelivery's docstring for the source). */
function syllablePeaks(energy: Float32Array, floor: Float32Array, speech: Uint8Array): number {
  const smooth = new Float32Array(energy.length);
  for (let i = 0; i < energy.length; i++) {
    let sum = 0;
    let n = 0;
    for (let j = Math.max(0, i - 2); j <= Math.min(energy.length - 1, i + 2); j++, n++) sum += energy[j]!;
    smooth[i] = sum / n;
  }
  let count = 0;
  let lastPeak = -Infinity;
  let dip = Infinity;
  for (let i = 1; i < smooth.length - 1; i++) {
    const e = smooth[i]!;
    dip = Math.min(dip, e);
    if (!speech[i] || e < smooth[i - 1]! || e < smooth[i + 1]! || e < floor[i]! + onAboveFloorDb) continue;
    if (e - dip >= peakDipDb && i - lastPeak >= minPeakGapFrames) {
      count++;
      lastPeak = i;
      dip = e;
    }
  }
  return count;
}

/** The q-quantile (0–1) of the values, by sorting a copy; −120 (silence) for none. */
function percentile(values: Float32Array, q: number): number {
  if (values.length === 0) return -120;
  const sorted = Float32Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}
