import { removeTempDirs } from '../helpers/temp-dir';
import type { BenchRow } from './measure';
import { suites } from './suites/index';

// `npm run bench` prints a table; `npm run bench -- --json` prints only the JSON array.
// `--only NAME` runs one suite. Figures, not pass/fail: targets are read by people.

const args = process.argv.slice(2);
const json = args.includes('--json');
const onlyIndex = args.indexOf('--only');
const only = onlyIndex >= 0 ? args[onlyIndex + 1] : undefined;

function printTable(rows: BenchRow[]): void {
  const header = ['name', 'size', 'p50 ms', 'p99 ms', 'baseline p50 ms', 'ratio', 'baseline'];
  const cells = rows.map((r) => [
    r.name,
    String(r.size),
    r.p50_ms.toFixed(3),
    r.p99_ms.toFixed(3),
    r.baseline_p50_ms.toFixed(3),
    r.ratio.toFixed(2),
    r.baseline,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((v, i) => (i === 0 || i === 6 ? v.padEnd(widths[i]!) : v.padStart(widths[i]!))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const c of cells) console.log(line(c));
}

const rows: BenchRow[] = [];
try {
  for (const suite of suites) {
    if (only && suite.name !== only) continue;
    if (!json) console.error(`running ${suite.name}…`);
    rows.push(...(await suite.run()));
  }
} finally {
  removeTempDirs();
}
if (json)
  console.log(
    JSON.stringify(
      rows.map(({ baseline: _b, ...r }) => r),
      null,
      2,
    ),
  );
else printTable(rows);
