import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { exportEverything } from '../../../electron/main/services/data/archive-export';
import { tableEntry } from '../../../electron/main/services/data/archive-format';
import { importEverything } from '../../../electron/main/services/data/archive-import';
import { createBackup } from '../../../electron/main/services/data/backups';
import { checkLiveDatabase } from '../../../electron/main/services/data/check-database';
import { restoreBackup } from '../../../electron/main/services/data/restore';
import { migration016 } from '../../../electron/main/storage/migrations/016-readiness-rollup-and-dismissals';
import { databaseFileName } from '../../../electron/main/storage/open-database';
import { openTestCore } from '../../helpers/test-core';
import { makeTempDir, removeTempDirs } from '../../helpers/temp-dir';
import { insertHistory, seedQuestions } from '../progress/history-fixture';
import { readTar, writeTar } from '../reliability/tar-fixture';
import { fromScratch, kept } from './plan-rollup-model';

// The readiness rollup when the whole database is replaced or checked: it is derived, so an import or a
// restore rebuilds it, and "Check database" finds and mends a drifted one (model: plan-rollup-model.ts).

afterEach(removeTempDirs);

describe('the readiness rollup through import, restore and Check database', () => {
  const fixedNow = () => new Date('2025-07-01T12:00:00.000Z');

  /** A data folder with two interviews' plans over a history of answers, some before and some after each was logged. */
  function coreWithPlans() {
    const core = openTestCore();
    const ids = seedQuestions(core.db);
    insertHistory(
      core.db,
      Array.from({ length: 40 }, (_, i) => ({
        session: Math.floor(i / 5),
        question: i % 8,
        minute: i * 700,
        skipped: i % 9 === 0,
        confidence: (i % 5) + 1,
        reviewConfidence: null,
        timeUsedMs: 50_000 + i * 1000,
        timeLimitMs: i % 3 === 0 ? null : 60_000,
        cutOffAtLimit: i % 7 === 0,
        selfCheck: { eyeContact: i % 2 === 0, pace: i % 3 !== 0, structure: false },
      })),
    );
    const logged = core.db.prepare<[], string>('SELECT answered_at FROM answers ORDER BY answered_at LIMIT 1 OFFSET 15').pluck().get()!;
    for (const [id, at] of [
      [1, logged],
      [2, '2000-01-01T00:00:00.000Z'],
    ] as const) {
      core.db
        .prepare(
          `INSERT INTO interviews (id, company, role, held_at, stage, format, created_at, updated_at) VALUES (?, 'Harbour Lane', 'Audit Senior', '2025-08-01T09:00:00.000Z', 'first', 'video', ?, ?)`,
        )
        .run(id, at, at);
      for (const q of ids.slice(id - 1, id + 4))
        core.db
          .prepare(`INSERT INTO interview_plan_questions (interview_id, question_id, source, added_at) VALUES (?, ?, 'picked', ?)`)
          .run(id, q, at);
    }
    return { core, deps: { ...core.deps, now: fixedNow } };
  }

  test('an import (from this version, and from the one before the rollup) and a restore leave it equal to a from-scratch computation', async () => {
    const { core, deps } = coreWithPlans();
    const expected = fromScratch(core.db);
    expect(expected.reduce((n, r) => n + r.checked!, 0)).toBeGreaterThan(0);
    expect(expected.reduce((n, r) => n + r.over_count!, 0)).toBeGreaterThan(0);
    expect(kept(core.db)).toEqual(expected);

    const archive = await exportEverything(deps);
    // The rollup is derived, so not in the archive: an archive from the version before it is this one
    // without the other table migration 16 added (reminder dismissals, none here).
    const files = readTar(readFileSync(archive.path)).filter((f) => f.name !== tableEntry('reminder_dismissals'));
    const manifest = files.find((f) => f.name === 'manifest.json')!;
    const older = JSON.parse(manifest.body.toString('utf8')) as { schemaVersion: number; tables: { name: string; rows: number }[] };
    expect(older.schemaVersion).toBe(migration016.version);
    expect(older.tables.find((t) => t.name === 'reminder_dismissals')).toMatchObject({ rows: 0 });
    older.schemaVersion = migration016.version - 1;
    older.tables = older.tables.filter((t) => t.name !== 'reminder_dismissals');
    manifest.body = Buffer.from(JSON.stringify(older));
    const olderArchive = join(core.dataDir, 'older.tar');
    writeFileSync(olderArchive, writeTar(files));

    for (const path of [archive.path, olderArchive]) {
      const fresh = openTestCore(makeTempDir());
      await importEverything({ ...fresh.deps, now: fixedNow }, path);
      expect(kept(fresh.db), path).toEqual(expected);
      fresh.close();
    }

    const backup = createBackup(deps, 'manual');
    core.db.exec('DELETE FROM practice_sessions WHERE id IN (SELECT id FROM practice_sessions ORDER BY id LIMIT 3)');
    expect(kept(core.db)).not.toEqual(expected);
    expect(kept(core.db)).toEqual(fromScratch(core.db));
    restoreBackup(deps, backup.fileName);
    expect(kept(core.db)).toEqual(expected);
    core.close();
  });

  test('Check database finds a drifted rollup and rebuilds it; a healthy one is left as it was', () => {
    const { core } = coreWithPlans();
    const file = join(core.dataDir, databaseFileName);
    expect(checkLiveDatabase(core.db, file, fixedNow())).toMatchObject({ ok: true, rollupsMatch: true });
    core.db.exec('UPDATE progress_plan_question SET checked = checked + 5 WHERE interview_id = 1');
    expect(checkLiveDatabase(core.db, file, fixedNow())).toMatchObject({ ok: true, rollupsMatch: false });
    expect(kept(core.db)).toEqual(fromScratch(core.db));
    core.close();
  });
});
