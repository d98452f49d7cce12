import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { starterBankFileSchema } from '../../../shared/domain/import-export/json-format';
import { starterBankSources, starterBanks } from '../../../electron/main/services/banks/starter-banks';

const folder = join(import.meta.dirname, '../../../resources/starter-banks');

describe('starter banks shipped in resources/', () => {
  const files = readdirSync(folder).filter((f) => f.endsWith('.json'));
  const banks = starterBanks();
  const questions = banks.flatMap((b) => b.questions);

  test.each(files)('%s matches the starter schema', (file) => {
    const parsed = starterBankFileSchema.safeParse(JSON.parse(readFileSync(join(folder, file), 'utf8')));
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  test('every file in the folder is bundled, and nothing else', () => {
    expect(starterBankSources).toHaveLength(files.length);
    const bundled = new Set(banks.map((b) => b.bank.key));
    for (const file of files) expect(bundled).toContain(JSON.parse(readFileSync(join(folder, file), 'utf8')).bank.key);
  });

  test('at least 120 questions in at least 6 banks, with unique keys, names and texts', () => {
    expect(banks.length).toBeGreaterThanOrEqual(6);
    expect(questions.length).toBeGreaterThanOrEqual(120);
    expect(new Set(banks.map((b) => b.bank.key)).size).toBe(banks.length);
    expect(new Set(banks.map((b) => b.bank.name.toLowerCase())).size).toBe(banks.length);
    expect(new Set(questions.map((q) => q.key)).size).toBe(questions.length);
    expect(new Set(questions.map((q) => q.text.toLowerCase())).size).toBe(questions.length);
  });

  test('each question key belongs to its bank', () => {
    for (const b of banks) for (const q of b.questions) expect(q.key.startsWith(`${b.bank.key}/`)).toBe(true);
  });

  test('the required topics are covered', () => {
    const names = banks.map((b) => b.bank.name.toLowerCase()).join(' | ');
    for (const topic of ['opener', 'competency', 'motivation', 'financial services', 'graduate', 'ask']) expect(names).toContain(topic);
  });

  test('competency questions are STAR questions with room for a full story', () => {
    const competency = banks.find((b) => b.bank.key === 'competency')!;
    const star = competency.questions.filter((q) => q.star);
    expect(star.length).toBeGreaterThanOrEqual(competency.questions.length * 0.8);
    for (const q of star) expect(q.suggestedSeconds).toBeGreaterThanOrEqual(90);
  });

  test('guidance is one to three sentences', () => {
    for (const q of questions) {
      const sentences = q.guidance.split(/(?<=[.!?])\s+(?=[A-Z“"])/).filter(Boolean);
      expect(sentences.length, q.key).toBeGreaterThanOrEqual(1);
      expect(sentences.length, q.key).toBeLessThanOrEqual(3);
    }
  });
});
