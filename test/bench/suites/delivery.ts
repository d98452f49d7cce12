import { analyseDelivery } from '../../../shared/domain/delivery/analyse';
/** The rate the renderer decodes recordings to for analysis (renderer/src/lib/delivery/analyse-and-store.ts). */
const analysisSampleRate = 16_000;
import { type BenchRow, measure, row } from '../measure';

// Issue 15: analysing a 3-minute answer (goal < 1 s). Node has no WebM/Opus decoder, so this benches the
// analysis on 3 minutes of PCM at the rate the app decodes to (16 kHz) and at 48 kHz; the baseline is one
// plain pass over the same samples (sum of squares), the least any analysis of them must cost. Decoding
// itself runs in Chromium (decodeAudioData) and is not measured here.

function speechLike(seconds: number, rate: number): Float32Array {
  const out = new Float32Array(seconds * rate);
  for (let i = 0; i < out.length; i++) {
    const t = i / rate;
    const talking = Math.floor(t / 7) % 3 !== 2; // 14 s of talk, 7 s of pause
    out[i] = talking ? 0.3 * Math.pow(Math.sin(Math.PI * 4 * t), 2) * Math.sin(2 * Math.PI * 140 * t) : 0.0005 * Math.sin(i);
  }
  return out;
}

export async function deliveryBench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const rate of [analysisSampleRate, 48_000]) {
    const samples = speechLike(180, rate);
    const baseline = await measure(
      () => {
        let sum = 0;
        for (let i = 0; i < samples.length; i++) sum += samples[i]! * samples[i]!;
        return sum;
      },
      { iterations: 10, warmup: 2 },
    );
    const analysed = await measure(() => analyseDelivery({ channels: [samples], sampleRate: rate }), { iterations: 10, warmup: 2 });
    rows.push(
      row(
        `delivery analysis of a 3-minute answer at ${rate / 1000} kHz (goal < 1000 ms)`,
        samples.length,
        analysed,
        baseline,
        'one pass over the samples',
      ),
    );
  }
  return rows;
}
