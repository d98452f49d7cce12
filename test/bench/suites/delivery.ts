import { analyseDelivery } from '../../../shared/domain/delivery/analyse';
import { answerLike, pcmRate } from '../../helpers/generated-pcm';
import { type BenchRow, measure, row } from '../measure';

// Issue 15: analysing a 3-minute answer (goal < 1 s). Node has no WebM/Opus decoder, so this benches the
// analysis on 3 minutes of PCM at the rate the app decodes to (16 kHz) and at 48 kHz; the baseline is one
// plain pass over the same samples (sum of squares), the least any analysis of them must cost. Decoding
// itself runs in Chromium: delivery-browser.ts measures it, with the analysis, in a page of the built app.

export async function deliveryBench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const rate of [pcmRate, 48_000]) {
    const samples = answerLike(180, rate);
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
