import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { splitHighlights, toFtsQuery } from '../../../shared/domain/question-search';
import type { AppCore } from '../../../electron/main/app-core';
import { removeTempDirs } from '../../helpers/temp-dir';
import { callOk, openTestCore } from '../../helpers/test-core';
import { notesSave } from '../../helpers/notes-save';

let core: AppCore;
let mine: number;

beforeAll(async () => {
  core = openTestCore();
  mine = (await callOk(core, 'banks.create', { name: 'Mine' })).id;
  const q = await callOk(core, 'questions.create', {
    bankId: mine,
    text: 'Describe a café you managed',
    category: 'Operations',
    tags: ['hospitality', 'zebra-tag'],
    difficulty: 3,
    guidance: 'Look for ownership of the quokka problem.',
  });
  await callOk(core, 'questions.saveNotes', {
    id: q.id,
    save: notesSave({ situation: 'The flamingo incident', task: '', action: '', result: '', free: '' }),
  });
});
afterAll(() => {
  core.close();
  removeTempDirs();
});

describe('toFtsQuery', () => {
  test('quotes each word as a prefix term and drops operators and punctuation', () => {
    expect(toFtsQuery('lead team')).toBe('"lead"* "team"*');
    expect(toFtsQuery('"NEAR(a b)" OR -x*')).toBe('"NEAR"* "a"* "b"* "OR"* "x"*');
    expect(toFtsQuery('  ?!  ')).toBeNull();
  });
});

describe('searchQuestions', () => {
  const search = (query: string, extra: object = {}) => callOk(core, 'questions.search', { query, ...extra });

  test('finds starter questions by a prefix of a word in the text', async () => {
    const hits = await search('yoursel');
    expect(hits.some((h) => h.text === 'Tell me about yourself.')).toBe(true);
    expect(hits[0]!.matchedIn).toBe('text');
  });

  test('matches tags, guidance and notes, and says where with a snippet', async () => {
    expect((await search('zebra'))[0]).toMatchObject({ matchedIn: 'tags' });
    const guidance = (await search('quokka'))[0]!;
    expect(guidance.matchedIn).toBe('guidance');
    expect(splitHighlights(guidance.snippet!)).toContainEqual({ text: 'quokka', match: true });
    expect((await search('flaming'))[0]).toMatchObject({ matchedIn: 'notes' });
  });

  test('ignores accents and case', async () => {
    expect((await search('CAFE'))[0]?.text).toBe('Describe a café you managed');
  });

  test('filters by bank, category, tag and difficulty', async () => {
    expect(await search('describe', { bankId: mine })).toHaveLength(1);
    expect(await search('', { category: 'operations' })).toHaveLength(1);
    expect(await search('', { tag: 'Hospitality' })).toHaveLength(1);
    expect((await search('', { difficulty: 3, bankId: mine })).map((h) => h.text)).toEqual(['Describe a café you managed']);
    expect(await search('describe', { bankId: mine, difficulty: 1 })).toEqual([]);
  });

  test('leaves out archived questions, and sees edits at once', async () => {
    const q = await callOk(core, 'questions.create', { bankId: mine, text: 'Ephemeral wombat question' });
    expect(await search('wombat')).toHaveLength(1);
    await callOk(core, 'questions.update', { id: q.id, patch: { text: 'Ephemeral numbat question' } });
    expect(await search('wombat')).toHaveLength(0);
    expect(await search('numbat')).toHaveLength(1);
    await callOk(core, 'questions.setArchived', { id: q.id, archived: true });
    expect(await search('numbat')).toHaveLength(0);
  });

  test('never fails, whatever is typed', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 60, unit: 'binary' }), async (query) => {
        const result = await core.dispatch('questions.search', { query }, { transport: 'test' });
        expect(result.ok).toBe(true);
      }),
      { numRuns: 150 },
    );
    for (const odd of ['"', '*', 'AND', 'NOT x', '(((', 'a:b', '^x', 'NEAR(', '\u0000', "'; DROP TABLE questions; --"]) {
      expect((await core.dispatch('questions.search', { query: odd }, { transport: 'test' })).ok).toBe(true);
    }
  });
});
