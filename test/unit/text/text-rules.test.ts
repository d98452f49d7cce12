import fc from 'fast-check';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { cleanName, foldKey, nameProblem, normalizeText, sameText } from '../../../shared/domain/text-rules';
import { duplicateKey } from '../../../shared/domain/questions';
import { removeTempDirs } from '../../helpers/temp-dir';
import { call, callOk, openTestCore } from '../../helpers/test-core';

// Property runs over many generated files: allow for a busy machine rather than the 5 s default.
vi.setConfig({ testTimeout: 60_000 });

afterEach(removeTempDirs);

const combining = 'Cafe\u0301'; // "Café" typed with a combining acute accent
const composed = 'Caf\u00e9';

describe('the text rule (shared/domain/text-rules.ts)', () => {
  test('NFC for storage; one fold for comparison, non-ASCII folded as ASCII is', () => {
    expect(normalizeText(combining)).toBe(composed);
    expect(sameText(combining, 'CAFÉ')).toBe(true);
    expect(sameText('Straße', 'STRASSE')).toBe(true);
    expect(sameText('ΟΔΟΣ', 'οδος')).toBe(true);
    expect(sameText('ﬁnance', 'Finance')).toBe(true);
    expect(sameText('  Case   studies ', 'case studies')).toBe(true);
    expect(sameText('Café', 'Cafe')).toBe(false);
    expect(duplicateKey('Why CAFÉ?')).toBe(duplicateKey('why cafe\u0301'));
  });

  test('line breaks are stored as LF: a CRLF or a lone CR becomes LF, in ASCII and in any other text', () => {
    expect(normalizeText('one\r\ntwo\rthree\n\nfour')).toBe('one\ntwo\nthree\n\nfour');
    expect(normalizeText('Cafe\u0301\r\n\r\n面试\r')).toBe('Café\n\n面试\n');
  });

  test('the ASCII shortcut gives what the full Unicode passes give', () => {
    const fullFold = (t: string) =>
      t.normalize('NFKC').toLowerCase().toUpperCase().toLowerCase().normalize('NFC').replace(/\s+/g, ' ').trim();
    fc.assert(
      fc.property(fc.string({ unit: fc.integer({ min: 0, max: 0x7f }).map((c) => String.fromCharCode(c)), maxLength: 60 }), (s) => {
        expect(foldKey(s)).toBe(fullFold(s));
        expect(normalizeText(s)).toBe(s.replace(/\r\n?/g, '\n').normalize('NFC'));
      }),
    );
    // One character past ASCII takes the full path.
    expect(foldKey('STRASSE Stra\u00dfe')).toBe('strasse strasse');
  });

  test('properties: the fold is idempotent, ignores normalisation form and case', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => {
        expect(foldKey(foldKey(s))).toBe(foldKey(s));
        expect(foldKey(s.normalize('NFD'))).toBe(foldKey(s.normalize('NFC')));
        expect(foldKey(s.toUpperCase())).toBe(foldKey(s.toLowerCase()));
        expect(normalizeText(normalizeText(s))).toBe(normalizeText(s));
      }),
      { numRuns: 500 },
    );
  });

  test('every Unicode scalar value folds to a key that is its own key, whatever its case or form', () => {
    // Exhaustive rather than sampled: a random sample found capital sharp s (U+1E9E) once in several runs.
    const faults: string[] = [];
    for (let cp = 0; cp < 0x110000; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const s = String.fromCodePoint(cp);
      const key = foldKey(s);
      if (foldKey(key) !== key || foldKey(s.toUpperCase()) !== foldKey(s.toLowerCase())) faults.push(`U+${cp.toString(16).toUpperCase()}`);
    }
    expect(faults).toEqual([]);
    expect(foldKey('\u1E9E')).toBe('ss');
  });

  test('names that would not display as typed are refused, each with its own sentence', () => {
    expect(nameProblem('Interview\u0000 bank', 'Bank name')).toMatch(/control characters/);
    expect(nameProblem('\u001b[31mRed\u001b[0m', 'Bank name')).toMatch(/control characters/);
    expect(nameProblem('Interview \u202Efdp.exe bank', 'Bank name')).toMatch(/text-direction override/);
    expect(nameProblem('a\u2066b\u2069', 'Tag')).toMatch(/text-direction override/);
    expect(nameProblem('\u200B\u200C\u200D\u2060\uFEFF', 'Bank name')).toMatch(/only invisible characters/);
    expect(nameProblem('\uD800x', 'Bank name')).toMatch(/broken character/);
    expect(nameProblem('Café — 日本語 👩🏽‍💻', 'Bank name')).toBeNull();
    // A zero-width joiner inside an emoji, or a joiner in Indic text, is fine: only invisible-only names are refused.
    expect(nameProblem('क्‍ष', 'Bank name')).toBeNull();
    expect(cleanName(` ${combining}\u00a0 bank `)).toBe(`${composed} bank`);
  });
});

describe('the rule at every user-visible name, through the dispatcher', () => {
  const hostile = ['Interview\u0000bank', '\u001b[2J', 'Interview \u202Efdp.exe bank', '\u200B\u200B', 'line\nbreak'];

  test('bank names: hostile names refused at the name field and nothing written; look-alikes are the same bank', async () => {
    const core = openTestCore();
    const before = (await callOk(core, 'banks.list', {})).length;
    for (const name of hostile) {
      const result = await call(core, 'banks.create', { name });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'name' }] } });
    }
    expect(await callOk(core, 'banks.list', {})).toHaveLength(before);
    const bank = await callOk(core, 'banks.create', { name: combining });
    expect(bank.name).toBe(composed);
    for (const twin of [composed, 'CAFÉ', 'café ', 'CAFE\u0301']) {
      expect(await call(core, 'banks.create', { name: twin })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    }
    core.close();
  });

  test('categories, tags, interview company and role, action titles', async () => {
    const core = openTestCore();
    const bank = await callOk(core, 'banks.create', { name: 'Mine' });
    const category = await call(core, 'questions.create', { bankId: bank.id, text: 'Why?', category: 'Team\u202Ework' });
    expect(category).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'category' }] } });
    const tag = await call(core, 'questions.create', { bankId: bank.id, text: 'Why?', tags: ['ok', '\u001b[31m'] });
    expect(tag).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'tags.1' }] } });
    const q = await callOk(core, 'questions.create', {
      bankId: bank.id,
      text: 'Why cafe\u0301?',
      category: 'Cafe\u0301',
      tags: ['CAFE\u0301', 'café'],
    });
    expect(q).toMatchObject({ text: 'Why caf\u00e9?', category: composed, tags: ['caf\u00e9'] });
    const interview = {
      company: '\u200B',
      role: 'Analyst\u0007',
      heldAt: '2026-01-05T10:00:00.000Z',
      stage: 'first' as const,
      format: 'video' as const,
    };
    const saved = await call(core, 'reflection.saveInterview', interview);
    expect(saved.ok).toBe(false);
    if (!saved.ok) expect(saved.error.issues?.map((i) => i.path).sort()).toEqual(['company', 'role']);
    core.close();
  });

  test('search finds text typed in either normalisation form, and the duplicate check sees look-alikes', async () => {
    const core = openTestCore();
    const bank = await callOk(core, 'banks.create', { name: 'Mine' });
    await callOk(core, 'questions.create', { bankId: bank.id, text: 'Describe your cafe\u0301 job', tags: ['cafe\u0301'] });
    const hits = await callOk(core, 'questions.search', { query: 'CAFÉ' });
    expect(hits.map((h) => h.text)).toEqual([`Describe your caf\u00e9 job`]);
    const byTag = await callOk(core, 'questions.search', { query: '', tag: 'CAFE\u0301' });
    expect(byTag).toHaveLength(1);
    core.close();
  });
});
