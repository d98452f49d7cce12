import type { BenchRow } from '../measure';
import { archiveImportBench } from './archive-import';
import { banksBench } from './banks';
import { deliveryBench } from './delivery';
import { deliveryBrowserBench } from './delivery-browser';
import { foundationBench } from './foundation';
import { progressBench } from './progress';
import { readinessBench } from './readiness';
import { reflectionBench } from './reflection';
import { rendererBench } from './renderer';
import { sessionsBench } from './sessions';
import { startupBench } from './startup';

/** Every benchmark suite, in the order they print. Feature work appends its own. */
export const suites: { name: string; run: () => Promise<BenchRow[]> }[] = [
  { name: 'foundation', run: foundationBench },
  { name: 'banks', run: banksBench },
  { name: 'sessions', run: sessionsBench },
  { name: 'reflection', run: reflectionBench },
  { name: 'progress', run: progressBench },
  { name: 'readiness', run: readinessBench },
  { name: 'renderer', run: rendererBench },
  { name: 'startup', run: startupBench },
  { name: 'archive-import', run: archiveImportBench },
  { name: 'delivery', run: deliveryBench },
  { name: 'delivery-browser', run: deliveryBrowserBench },
];
