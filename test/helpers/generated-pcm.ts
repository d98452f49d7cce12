/**
 * Generated sound for the delivery analysis tests and bench (issue 15):
 * deterministic, so every run (Node or Chromium) sees the same samples.
 * Samples are Float32 in [-1, 1] at `rate` samples per second.
 */

/** The rate the app decodes recordings to for analysis (renderer/src/lib/delivery/analyse-and-store.ts). */
export const pcmRate = 16_000;

/** A deterministic pseudo-random source (mulberry32), so generated noise is the same on every run. */
export function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Speech-like sound: a voiced buzz (harmonics of 140 Hz) shaped into 4 syllables a second. */
export function speechLike(ms: number, amplitude: number, seed = 1, rate = pcmRate): Float32Array {
  const out = new Float32Array(Math.round((ms / 1000) * rate));
  const next = random(seed);
  for (let i = 0; i < out.length; i++) {
    const t = i / rate;
    const syllable = Math.pow(Math.sin(Math.PI * 4 * t), 2);
    const buzz = Math.sin(2 * Math.PI * 140 * t) + 0.5 * Math.sin(2 * Math.PI * 280 * t) + 0.3 * Math.sin(2 * Math.PI * 420 * t);
    out[i] = amplitude * syllable * (buzz / 1.8 + 0.1 * (next() - 0.5));
  }
  return out;
}

export const silence = (ms: number, rate = pcmRate) => new Float32Array(Math.round((ms / 1000) * rate));

export function noise(ms: number, amplitude: number, seed = 7, rate = pcmRate): Float32Array {
  const next = random(seed);
  return silence(ms, rate).map(() => amplitude * (next() * 2 - 1));
}

export const tone = (ms: number, hz: number, amplitude: number, rate = pcmRate) =>
  silence(ms, rate).map((_, i) => amplitude * Math.sin((2 * Math.PI * hz * i) / rate));

/** The parts one after another. */
export function join(...parts: Float32Array[]): Float32Array {
  const out = new Float32Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Sample-by-sample sum, as long as `a`. */
export const mix = (a: Float32Array, b: Float32Array) => a.map((x, i) => x + (b[i] ?? 0));

/**
 * An answer of `seconds` at `rate`: 14 s of speech-like sound, then 7 s of near silence, repeated
 * (so a 3-minute answer has eight long pauses), over a faint background.
 */
export function answerLike(seconds: number, rate = pcmRate): Float32Array<ArrayBuffer> {
  const out = new Float32Array(seconds * rate);
  for (let i = 0; i < out.length; i++) {
    const t = i / rate;
    const talking = Math.floor(t / 7) % 3 !== 2;
    out[i] = talking ? 0.3 * Math.pow(Math.sin(Math.PI * 4 * t), 2) * Math.sin(2 * Math.PI * 140 * t) : 0.0005 * Math.sin(i);
  }
  return out;
}
