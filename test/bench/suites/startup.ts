import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { recordCleanShutdown, takeCleanShutdown } from '../../../electron/main/storage/clean-shutdown';
import { openDatabase } from '../../../electron/main/storage/open-database';
import { checkDatabaseCopy } from '../../../electron/main/storage/verified-copy';
import { type BenchRow, measure, measureWithSetup, row } from '../measure';
import { generateHistory } from './progress-history';

/**
 * Issue 13, item 7: opening the database with its checks at a million answers,
 * at most 50 ms p50. After a clean shutdown the full quick_check waits for the
 * background (its cost is the second row); after an unclean one it runs at
 * open, which is the baseline: what every start did before.
 */
export async function startupBench(): Promise<BenchRow[]> {
  const answers = 1_000_000;
  const { db } = generateHistory(answers);
  const file = db.name;
  const dataDir = dirname(file);
  db.close();
  const runs = { iterations: 30, warmup: 3 };
  const closedCleanly = () => recordCleanShutdown(dataDir, file, new Date());
  const killed = () => takeCleanShutdown(dataDir); // no marker: what a kill or a crash leaves
  const open = () => openDatabase(dataDir).db.close();

  const clean = await measureWithSetup(closedCleanly, open, runs);
  const unclean = await measureWithSetup(killed, open, { iterations: 10, warmup: 2 });
  const background = await measure(() => checkDatabaseCopy(file), { iterations: 10, warmup: 1 });
  const raw = await measure(() => new BetterSqlite3(file).close(), runs);
  return [
    row(
      'start-up: open the database, after a clean shutdown',
      answers,
      clean,
      unclean,
      'open with quick_check (unclean shutdown; every start before)',
    ),
    row('start-up: full check after the first screen (background)', answers, background, raw, 'raw better-sqlite3 open'),
  ];
}
