import { builtinModules } from 'node:module';
import { describe, expect, test } from 'vitest';
import { importCycles, importGraph } from './import-graph';

// Issue 13, item 2: migrations are frozen in time. A migration that imported live code would
// change what an old database becomes whenever that code changes; a service that imported a
// migration's internals would tie today's behaviour to a definition that must never change.
// The lint rules say the same (eslint.config.js); this test also follows re-exports and paths
// the patterns cannot see, and walks the whole import graph for cycles.

const migrationsDir = 'electron/main/storage/migrations/';
const servicesDir = 'electron/main/services/';
/** Packages a migration may use: the SQLite driver, and libraries pinned under their own name (`<name>-at-v<N>`). */
const allowedPackage = (specifier: string) =>
  specifier === 'better-sqlite3' || /^[a-z0-9@/._-]+-at-v\d+$/.test(specifier) || builtinModules.includes(specifier.replace(/^node:/, ''));

/** `005-progress` for electron/main/storage/migrations/005-progress.ts or …/005-progress/rollups-sql.ts. */
function migrationOf(file: string): string | null {
  return /^electron\/main\/storage\/migrations\/(\d{3}-[^/.]+)/.exec(file)?.[1] ?? null;
}

const graph = importGraph(['electron', 'shared', 'renderer', 'test']);

describe('migrations and services', () => {
  test('a migration imports only its own files, the Migration type and pinned packages: nothing from services/, shared/ or another migration', () => {
    const offences: string[] = [];
    for (const [file, edges] of graph) {
      const own = migrationOf(file);
      if (!own) continue;
      for (const { specifier, file: target } of edges) {
        if (target === null) {
          if (!allowedPackage(specifier)) offences.push(`${file} imports the package "${specifier}" (pin it as <name>-at-v<N>)`);
        } else if (target === `${migrationsDir}types.ts`) {
          continue;
        } else if (migrationOf(target) !== own) {
          offences.push(`${file} imports ${target}`);
        }
      }
    }
    expect(offences).toEqual([]);
  });

  test('no service imports anything under storage/migrations/ (they use the runner, storage/migrate.ts)', () => {
    const offences = [...graph].flatMap(([file, edges]) =>
      file.startsWith(servicesDir) ? edges.filter((e) => e.file?.startsWith(migrationsDir)).map((e) => `${file} imports ${e.file}`) : [],
    );
    expect(offences).toEqual([]);
  });

  test('the checks see a forbidden import (the graph resolves what the files import)', () => {
    const migration005 = graph.get(`${migrationsDir}005-progress.ts`)!.map((e) => e.file);
    expect(migration005).toContain(`${migrationsDir}005-progress/schedule-replay.ts`);
    expect(graph.get(`${migrationsDir}005-progress/schedule-replay.ts`)!.map((e) => e.specifier)).toContain('ts-fsrs-at-v5');
    expect(graph.get(`${servicesDir}data/restore.ts`)!.map((e) => e.file)).toContain('electron/main/storage/migrate.ts');
  });
});

test('no import cycles anywhere in electron/, shared/, renderer/ or test/', () => {
  expect(importCycles(graph)).toEqual([]);
  // The cycle finder finds one when there is one.
  const looped = new Map([
    ['a.ts', [{ specifier: './b', file: 'b.ts' }]],
    ['b.ts', [{ specifier: './a', file: 'a.ts' }]],
  ]);
  expect(importCycles(looped)).toEqual([['a.ts', 'b.ts']]);
});
