import fc from 'fast-check';
import { afterEach, describe, expect, test } from 'vitest';
import { openDatabase } from '../../../electron/main/storage/open-database';
import { makeTempDir, removeTempDirs } from '../../helpers/temp-dir';
import { apply, fromScratch, kept, operation, setUp } from './plan-rollup-model';

/*
 * The readiness rollup (services/progress/plan-rollup.ts) must equal a
 * from-scratch computation after any sequence of writes: answers saved,
 * corrected (facts, question or time changed), deleted alone or with their
 * session; plans replaced, joined or trimmed; interviews deleted or their
 * logged time changed; and a full rebuild (import, "Check database"). The
 * from-scratch side reads the raw rows and judges each answer with the one rule
 * in TypeScript (shared/domain/progress/answer-facts.ts), not with the SQL.
 */

afterEach(removeTempDirs);

describe('the readiness rollup', () => {
  test('equals a from-scratch computation after any sequence of writes', () => {
    const { db } = openDatabase(makeTempDir());
    const seen = { rows: 0, checked: 0, over: 0 };
    try {
      fc.assert(
        fc.property(fc.array(operation, { minLength: 1, maxLength: 40 }), (ops) => {
          db.exec('DELETE FROM interviews; DELETE FROM practice_sessions; DELETE FROM questions; DELETE FROM banks;');
          setUp(db);
          for (const op of ops) {
            db.transaction(() => apply(db, op))();
            expect(kept(db), JSON.stringify(op)).toEqual(fromScratch(db));
          }
          const rows = kept(db);
          seen.rows += rows.length;
          seen.checked += rows.reduce((n, r) => n + r.checked!, 0);
          seen.over += rows.reduce((n, r) => n + r.over_count!, 0);
        }),
        { numRuns: 120 },
      );
    } finally {
      db.close();
    }
    // Not vacuous: plans held answers, some over the limit, some with done self-checks.
    expect(seen.rows).toBeGreaterThan(0);
    expect(seen.checked).toBeGreaterThan(0);
    expect(seen.over).toBeGreaterThan(0);
  });
});
