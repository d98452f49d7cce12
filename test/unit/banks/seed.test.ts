import { afterEach, describe, expect, test } from 'vitest';
import type { StarterBankFile } from '../../../shared/domain/import-export/json-format';
import { seedStarterBanks } from '../../../electron/main/services/banks/starter-seed';
import { starterBanks } from '../../../electron/main/services/banks/starter-banks';
import { tablesFingerprint } from '../../helpers/db-fingerprint';
import { removeTempDirs } from '../../helpers/temp-dir';
import { callOk, openTestCore } from '../../helpers/test-core';

afterEach(removeTempDirs);

const later = new Date('2027-03-01T09:00:00.000Z');

function withExtra(files: StarterBankFile[]): StarterBankFile[] {
  const [first, ...rest] = files.map((f) => structuredClone(f));
  first!.questions.push({ ...first!.questions[0]!, key: `${first!.bank.key}/new-in-v2`, text: 'A brand new starter question?' });
  const newBank: StarterBankFile = {
    formatVersion: 1,
    bank: { key: 'new-bank', name: 'New in version two', description: 'Added later.' },
    questions: [{ ...first!.questions[0]!, key: 'new-bank/one', text: 'The new bank’s question?' }],
  };
  return [first!, ...rest, newBank];
}

describe('starter content seeding', () => {
  test('a new database gets every starter bank and question, once', async () => {
    const core = openTestCore();
    const banks = await callOk(core, 'banks.list', {});
    const files = starterBanks();
    expect(banks.map((b) => b.starterKey).sort()).toEqual(files.map((f) => f.bank.key).sort());
    expect(banks.reduce((n, b) => n + b.questionCount, 0)).toBe(files.reduce((n, f) => n + f.questions.length, 0));

    const before = tablesFingerprint(core.db);
    expect(seedStarterBanks(core.db, files, later)).toEqual({ banksAdded: 0, questionsAdded: 0 });
    expect(tablesFingerprint(core.db)).toBe(before);
    core.close();
  });

  test('reopening the data folder adds nothing', async () => {
    const core = openTestCore();
    const count = (await callOk(core, 'banks.list', {})).length;
    core.close();
    const again = openTestCore(core.dataDir);
    expect(await callOk(again, 'banks.list', {})).toHaveLength(count);
    again.close();
  });

  test('a later version adds only new keys, and never touches edits, archives or deletions', async () => {
    const core = openTestCore();
    const banks = await callOk(core, 'banks.list', {});
    const first = banks.find((b) => b.starterKey === starterBanks()[0]!.bank.key)!;
    const [edited, archived] = await callOk(core, 'questions.list', { bankId: first.id });
    await callOk(core, 'questions.update', { id: edited!.id, patch: { text: 'My own wording', tags: ['mine'] } });
    await callOk(core, 'questions.setArchived', { id: archived!.id, archived: true });
    const deleted = banks.find((b) => b.id !== first.id)!;
    expect(await callOk(core, 'banks.remove', { id: deleted.id })).toEqual({ bankId: deleted.id, outcome: 'deleted' });

    const files = withExtra(starterBanks());
    // The deleted bank's next version brings one more question, which must not resurrect it.
    const deletedFile = files.find((f) => f.bank.key === deleted.starterKey)!;
    deletedFile.questions.push({ ...deletedFile.questions[0]!, key: `${deletedFile.bank.key}/later`, text: 'Later question?' });

    expect(seedStarterBanks(core.db, files, later)).toEqual({ banksAdded: 1, questionsAdded: 2 });
    expect(await callOk(core, 'questions.get', { id: edited!.id })).toMatchObject({ text: 'My own wording', tags: ['mine'] });
    expect(await callOk(core, 'questions.get', { id: archived!.id })).toMatchObject({ archived: true });
    const after = await callOk(core, 'banks.list', { includeArchived: true });
    expect(after.find((b) => b.name === deleted.name)).toBeUndefined();
    expect(after.find((b) => b.name === 'New in version two')?.questionCount).toBe(1);
    const texts = (await callOk(core, 'questions.list', { bankId: first.id })).map((q) => q.text);
    expect(texts).toContain('A brand new starter question?');

    const settled = tablesFingerprint(core.db);
    expect(seedStarterBanks(core.db, files, later)).toEqual({ banksAdded: 0, questionsAdded: 0 });
    expect(tablesFingerprint(core.db)).toBe(settled);
    core.close();
  });

  test('a user bank with a starter bank’s name receives the new starter questions instead of a twin', async () => {
    const core = openTestCore();
    const files = withExtra(starterBanks());
    await callOk(core, 'banks.create', { name: 'new in VERSION two' });
    expect(seedStarterBanks(core.db, files, later)).toEqual({ banksAdded: 0, questionsAdded: 2 });
    const mine = (await callOk(core, 'banks.list', {})).find((b) => b.name === 'new in VERSION two')!;
    expect(mine.questionCount).toBe(1);
    core.close();
  });
});
