import type { BenchRow } from '../measure';
import { foundationBench } from './foundation';

/** Every benchmark suite, in the order they print. Feature work appends its own. */
export const suites: { name: string; run: () => Promise<BenchRow[]> }[] = [{ name: 'foundation', run: foundationBench }];
