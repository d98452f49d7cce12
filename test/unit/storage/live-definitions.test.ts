import BetterSqlite3 from 'better-sqlite3';
import { expect, test } from 'vitest';
import { rollupSchema, rollupTables, rollupTriggers } from '../../../electron/main/services/progress/rollups';
import { createSchemaAtVersion, latestVersion } from '../../../electron/main/storage/migrate';
import { dumpSchema } from './table-dump';

// Migrations keep frozen copies of what they create; the services keep the live definition.
// The two must describe the same schema at the latest version: this fails when a migration
// changes a rollup and services/progress/rollups.ts was not updated to match (or the reverse).

const squeeze = (sql: string | null) => (sql ?? '').replace(/\s+/g, ' ').trim();

test(`the live rollup definition (services/progress/rollups.ts) is what the migrations create at version ${latestVersion}`, () => {
  const db = new BetterSqlite3(':memory:');
  try {
    createSchemaAtVersion(db, latestVersion);
    const rollupObject = (o: { type: string; name: string; sql: string | null }) =>
      (rollupTables as readonly string[]).includes(o.name) ||
      o.name.startsWith('progress_') ||
      (o.type === 'index' && /ON (progress_\w+)/.test(o.sql ?? ''));
    const normalise = () =>
      dumpSchema(db)
        .filter(rollupObject)
        .map((o) => ({ ...o, sql: squeeze(o.sql) }));
    const migrated = normalise();
    expect(migrated.filter((o) => o.type === 'trigger').length).toBeGreaterThan(5);

    for (const { name } of migrated.filter((o) => o.type === 'trigger')) db.exec(`DROP TRIGGER ${name}`);
    for (const table of rollupTables) db.exec(`DROP TABLE ${table}`);
    db.exec(rollupSchema);
    db.exec(rollupTriggers);
    expect(normalise()).toEqual(migrated);
  } finally {
    db.close();
  }
});
