import { channelNames, contract } from '../../shared/contract/index';
import type { AppCore } from '../../electron/main/app-core';
import { latestVersion } from '../../electron/main/storage/migrations/index';
import { databaseFileName } from '../../electron/main/storage/open-database';
import { openTestCore } from '../helpers/test-core';
import { makeTempDir, removeTempDirs } from '../helpers/temp-dir';
import { seedAtVersion } from '../unit/storage/seed-at-version';
import { join } from 'node:path';
import type { z } from 'zod';
import { edgePayloads } from './edge-payloads';
import { seededRandom } from './hostile-values';

export interface EdgeReport {
  channel: string;
  sent: number;
  accepted: number;
  refused: number;
  failures: string[];
}

/** Error codes a valid-but-extreme request may get: a typed refusal the UI can show. */
const expectedRefusals = new Set(['invalid_input', 'not_found', 'conflict', 'unavailable', 'forbidden']);

/** integrity_check, foreign_key_check and the app's own Check database: problems found, or []. */
async function consistencyProblems(core: AppCore): Promise<string[]> {
  const problems: string[] = [];
  const integrity = core.db.pragma('integrity_check', { simple: true });
  if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`);
  const orphans = core.db.pragma('foreign_key_check') as unknown[];
  if (orphans.length > 0) problems.push(`foreign_key_check: ${orphans.length} rows point at nothing`);
  const info = await core.dispatch('app.info', {}, { transport: 'test' });
  if (!info.ok) problems.push(`app.info failed afterwards: ${info.error.message}`);
  return problems;
}

/**
 * Sends `perChannel` payloads that each channel's schema accepts but that sit
 * at its edges (see edge-payloads.ts) through the real dispatcher on a seeded
 * database. Each must be answered ok or with a typed refusal (never
 * internal_error or storage_error, never a throw), and after each channel the
 * data folder must stay consistent. `tamper` (negative control only) may
 * break the core after a channel, to prove the consistency check can fail.
 */
export async function fuzzEdges(options: {
  perChannel: number;
  seed: number;
  channels?: readonly string[];
  onReport?: (report: EdgeReport) => void;
  tamper?: (core: AppCore, channel: string) => void;
}): Promise<EdgeReport[]> {
  const dataDir = makeTempDir('rehearse-fuzz-edges-');
  seedAtVersion(join(dataDir, databaseFileName), latestVersion);
  const core = openTestCore(dataDir);
  const reports: EdgeReport[] = [];
  try {
    for (const [index, channel] of (options.channels ?? channelNames).entries()) {
      const schema = (contract as Record<string, { input: z.ZodType }>)[channel]!.input;
      const rng = seededRandom(options.seed + index * 104_729);
      const report: EdgeReport = { channel, sent: 0, accepted: 0, refused: 0, failures: [] };
      for (const payload of edgePayloads(schema, options.perChannel, rng)) {
        report.sent++;
        try {
          const result = await core.dispatch(channel, payload, { transport: 'test' });
          if (result.ok) report.accepted++;
          else if (expectedRefusals.has(result.error.code) && result.error.message.trim() !== '') report.refused++;
          else report.failures.push(`${result.error.code}: ${result.error.message} for ${JSON.stringify(payload).slice(0, 200)}`);
        } catch (error) {
          report.failures.push(`threw ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      options.tamper?.(core, channel);
      report.failures.push(...(await consistencyProblems(core)));
      reports.push(report);
      options.onReport?.(report);
    }
  } finally {
    core.close();
    removeTempDirs();
  }
  return reports;
}
