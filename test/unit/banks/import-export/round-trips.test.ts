import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import { serializeAnkiCsv } from '../../../../shared/domain/import-export/anki-format';
import { readAnkiTable } from '../../../../shared/domain/import-export/anki-text';
import { parseCsv } from '../../../../shared/domain/import-export/csv';
import { parseQuestionsCsv, serializeQuestionsCsv } from '../../../../shared/domain/import-export/csv-format';
import { decodeImportBytes } from '../../../../shared/domain/import-export/decode';
import { parseQuestionsMarkdown, serializeQuestionsMarkdown } from '../../../../shared/domain/import-export/markdown-format';
import { questionsFromTable } from '../../../../shared/domain/import-export/question-table';
import { protectCell, unprotectCell } from '../../../../shared/domain/import-export/spreadsheet-safe';
import type { ExportBank } from '../../../../shared/domain/import-export/json-format';
import { normalizeText } from '../../../../shared/domain/text-rules';
import { distinctBanks, exportQuestion } from './arbitraries';

// Property runs over many generated files: allow for a busy machine rather than the 5 s default.
vi.setConfig({ testTimeout: 60_000 });

const withoutTimes = (bank: ExportBank) => bank.questions.map(({ createdAt: _c, updatedAt: _u, ...q }) => q);
const formulaStart = /^[=+\-@\t\r]/;

/** Text that looks like syntax to one of the readers: Markdown list items, headings, escapes, formulas, Anki comments. */
const tricky = fc.constantFrom(
  '- Action: name the trade-off.',
  '  - Category: not a detail',
  '## Not a bank',
  '\\ a backslash',
  '=HYPERLINK("http://example.com","click")',
  "'=already quoted",
  '+1 555',
  '-minus',
  '@mention',
  '#1 priority in your first 90 days?',
  '1. numbered',
  '',
  '   ',
  'trailing space ',
);
const trickyText = fc
  .array(fc.oneof(tricky, fc.string({ unit: 'grapheme', maxLength: 12 })), { maxLength: 4 })
  .map((lines) => normalizeText(lines.join('\n')));

/** Questions whose every free-text field may hold syntax-looking lines. */
const trickyBanks = distinctBanks(1).chain((banks) =>
  fc
    .tuple(
      ...banks.map((b) =>
        fc.tuple(fc.constant(b), fc.array(fc.tuple(exportQuestion, trickyText, trickyText, trickyText), { minLength: 1, maxLength: 3 })),
      ),
    )
    .map((pairs) =>
      pairs.map(([bank, questions]) => ({
        ...bank,
        questions: questions.map(([q, a, b, c]) => ({
          ...q,
          text: `${q.text}\n${a}`.trim() || q.text,
          guidance: b.trim(),
          notes: { ...q.notes, action: a, free: c },
        })),
      })),
    ),
);

describe('the spreadsheet-safety rule for every CSV writer (issue 16 item 7)', () => {
  test('protect is undone exactly by unprotect, and a protected cell never starts a formula', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          tricky,
          fc.string({ maxLength: 20 }),
          fc.string({ maxLength: 5 }).map((s) => `'''=${s}`),
        ),
        (value) => {
          expect(unprotectCell(protectCell(value))).toBe(value);
          expect(protectCell(value)).not.toMatch(formulaStart);
        },
      ),
      { numRuns: 1000 },
    );
  });

  test('bank CSV: =HYPERLINK is written as text, and every text comes back unchanged on import', () => {
    const csv = serializeQuestionsCsv([
      {
        name: '=cmd|"/c calc"!A1',
        description: '',
        archived: false,
        createdAt: '',
        updatedAt: '',
        questions: [
          {
            ...fc.sample(exportQuestion, { numRuns: 1, seed: 1 })[0]!,
            text: '=HYPERLINK("http://x.example","Click")',
            category: '@risk',
            tags: [],
          },
        ],
      },
    ]);
    const cells = parseCsv(csv.slice(1)).flatMap((r) => r.fields);
    expect(cells.filter((c) => formulaStart.test(c))).toEqual([]);
    expect(cells).toContain('\'=HYPERLINK("http://x.example","Click")');
    const doc = parseQuestionsCsv(csv.slice(1), 'x.csv');
    expect(doc.banks[0]!.name).toBe('=cmd|"/c calc"!A1');
    expect(doc.banks[0]!.questions[0]).toMatchObject({ text: '=HYPERLINK("http://x.example","Click")', category: '@risk' });
  });
});

describe('every export survives a re-import (issue 12 item 2)', () => {
  test('CSV: syntax-looking text in every field comes back exactly', () => {
    fc.assert(
      fc.property(trickyBanks, (banks) => {
        const { text } = decodeImportBytes(new TextEncoder().encode(serializeQuestionsCsv(banks)));
        const doc = parseQuestionsCsv(text, 'x.csv');
        doc.banks.forEach((bank, i) => expect(bank.questions.map(({ at: _a, ...q }) => q)).toEqual(withoutTimes(banks[i]!)));
      }),
      { numRuns: 150 },
    );
  });

  test('Markdown: names, descriptions, questions, details and notes come back exactly, however they look', () => {
    fc.assert(
      fc.property(fc.oneof(distinctBanks(1), trickyBanks), (banks) => {
        const doc = parseQuestionsMarkdown(serializeQuestionsMarkdown(banks, 'All'), 'x.md');
        expect(doc.banks.map((b) => [b.name, b.description])).toEqual(banks.map((b) => [b.name, b.description]));
        doc.banks.forEach((bank, i) => expect(bank.questions.map(({ at: _a, ...q }) => q)).toEqual(withoutTimes(banks[i]!)));
      }),
      { numRuns: 300 },
    );
  });

  test('Markdown: the examples from the issue', () => {
    const banks = fc.sample(distinctBanks(1), { numRuns: 1, seed: 7 })[0]!.slice(0, 1);
    const q = { ...banks[0]!.questions[0]!, guidance: 'Be specific.\n- Action: name the trade-off.\nThen stop.', name: 'C#' };
    const doc = parseQuestionsMarkdown(serializeQuestionsMarkdown([{ ...banks[0]!, name: 'C#', questions: [q] }], 'T'), 'x.md');
    expect(doc.banks[0]!.name).toBe('C#');
    expect(doc.banks[0]!.questions[0]!.guidance).toBe('Be specific.\n- Action: name the trade-off.\nThen stop.');
    expect(doc.banks[0]!.questions[0]!.notes.action).toBe(q.notes.action);
    expect(() => parseQuestionsMarkdown('## B\n- Why?\n  not a labelled detail\n', 'x.md')).toThrow(/line 3.*four spaces/);
  });

  test("Anki: a front that starts with the user's own apostrophe comes back unchanged (seed -1591078117)", () => {
    const question = {
      text: "'+1 for remote work?",
      category: '',
      tags: ['=x'],
      difficulty: 1 as const,
      suggestedSeconds: 10,
      guidance: "'=not a formula",
      star: false,
      notes: { situation: '', task: '', action: '', result: '', free: '' },
      archived: false,
      createdAt: '2000-01-01T00:00:00.000Z',
      updatedAt: '2000-01-01T00:00:00.000Z',
    };
    const bank = {
      name: 'B',
      description: '',
      archived: false,
      createdAt: question.createdAt,
      updatedAt: question.updatedAt,
      questions: [question],
    };
    const doc = questionsFromTable(readAnkiTable(serializeAnkiCsv([bank])), 'x.txt');
    expect(doc.banks[0]!.questions[0]!.text).toBe("'+1 for remote work?");
    expect(doc.banks[0]!.questions[0]!.tags).toEqual(['=x']);
  });

  test("Anki: read back by an Anki-style reader (comments skipped, HTML decoded), every active question's front is its text", () => {
    fc.assert(
      fc.property(trickyBanks, (banks) => {
        fc.pre(banks.some((b) => b.questions.some((q) => !q.archived)));
        const table = readAnkiTable(serializeAnkiCsv(banks));
        expect(table.records.every((r) => !/^#/.test(r.fields[0] ?? '') && !formulaStart.test(r.fields[0] ?? ''))).toBe(true);
        const doc = questionsFromTable(table, 'x.txt');
        // The Anki reader reads a no-break space as a space (docs/import-formats.md: Anki's editor writes `&nbsp;` for plain spaces).
        const asRead = (text: string) => text.replaceAll('\u00a0', ' ').trim();
        const expected = banks.flatMap((b) =>
          b.questions.filter((q) => !q.archived).map((q) => [b.name.replaceAll('::', ':'), asRead(q.text)]),
        );
        const actual = doc.banks.flatMap((b) => b.questions.map((q) => [b.name, q.text]));
        expect(actual.sort()).toEqual(expected.sort());
      }),
      { numRuns: 100 },
    );
  });
});
