import { describe, expect, test } from 'vitest';
import { useTestCores } from '../../helpers/use-test-cores';
import { callOk } from '../../helpers/test-core';

const open = useTestCores();

type Core = ReturnType<typeof open>;
const counters = (core: Core) =>
  Object.fromEntries(
    core.db
      .prepare<[], { name: string; seq: number }>('SELECT name, seq FROM sqlite_sequence')
      .all()
      .map((r) => [r.name, r.seq]),
  );
const interview = (company: string) =>
  ({ company, role: 'Analyst', heldAt: '2026-03-02T10:00:00.000Z', stage: 'first', format: 'video' }) as never;

describe('restore keeps the id high-water marks (issue 16, item 3)', () => {
  test('after restoring an older backup, new rows get ids above every id handed out before the restore', async () => {
    const core = open();
    const first = await callOk(core, 'banks.create', { name: 'Kept in the backup', description: '' });
    const firstInterview = await callOk(core, 'reflection.saveInterview', interview('Acme'));
    const backup = await callOk(core, 'data.backupNow', {});

    // After the backup: rows the backup does not have, one of them deleted again.
    const later = await callOk(core, 'banks.create', { name: 'After the backup', description: '' });
    const newest = await callOk(core, 'banks.create', { name: 'Deleted again', description: '' });
    await callOk(core, 'banks.remove', { id: newest.id });
    const laterInterview = await callOk(core, 'reflection.saveInterview', interview('Globex'));
    await callOk(core, 'reflection.deleteInterview', { id: laterInterview.id });
    const before = counters(core);

    await callOk(core, 'data.restoreBackup', { fileName: backup.fileName });
    const banks = await callOk(core, 'banks.list', {});
    expect(banks.map((b) => b.id)).toContain(first.id);
    expect(banks.map((b) => b.id)).not.toContain(later.id);
    // No counter went down.
    const after = counters(core);
    for (const [table, seq] of Object.entries(before)) expect(after[table], table).toBeGreaterThanOrEqual(seq);

    const next = await callOk(core, 'banks.create', { name: 'New after the restore', description: '' });
    expect(next.id).toBeGreaterThan(newest.id);
    const nextInterview = await callOk(core, 'reflection.saveInterview', interview('Initech'));
    expect(nextInterview.id).toBeGreaterThan(laterInterview.id);
    expect(nextInterview.id).toBeGreaterThan(firstInterview.id);

    // And across a restart (the counters are in the file).
    const dataDir = core.dataDir;
    core.close();
    const again = open(dataDir);
    const afterRestart = await callOk(again, 'banks.create', { name: 'After a restart', description: '' });
    expect(afterRestart.id).toBe(next.id + 1);
  });

  test('deleting the newest row, then adding one, gives a new id (through the app)', async () => {
    const core = open();
    const a = await callOk(core, 'reflection.saveInterview', interview('Acme'));
    await callOk(core, 'reflection.deleteInterview', { id: a.id });
    const b = await callOk(core, 'reflection.saveInterview', interview('Acme'));
    expect(b.id).toBeGreaterThan(a.id);
  });
});
