import { describe, expect, test } from 'vitest';
import { ankiTag, serializeAnkiCsv } from '../../../../shared/domain/import-export/anki-format';
import { parseCsv } from '../../../../shared/domain/import-export/csv';
import type { ImportFileError } from '../../../../shared/domain/import-export/document';
import type { ExportBank } from '../../../../shared/domain/import-export/json-format';
import { parseQuestionsMarkdown, serializeQuestionsMarkdown } from '../../../../shared/domain/import-export/markdown-format';
import { detectFormat, parseImportText } from '../../../../shared/domain/import-export/parse-import';

const at = '2026-01-05T10:00:00.000Z';
const banks: ExportBank[] = [
  {
    name: 'Audit',
    description: 'Busy season and scepticism.\n- not a question',
    archived: false,
    createdAt: at,
    updatedAt: at,
    questions: [
      {
        text: 'Tell me about a <tight> deadline & how you met it.',
        category: 'Deadlines',
        tags: ['busy season', 'audit'],
        difficulty: 3,
        suggestedSeconds: 180,
        guidance: 'Planning, escalation.',
        star: true,
        notes: { situation: 'Year end\nat a client', task: 'Close', action: 'Planned', result: 'Signed on time', free: '' },
        archived: false,
        createdAt: at,
        updatedAt: at,
      },
      {
        text: 'An archived one',
        category: '',
        tags: [],
        difficulty: 1,
        suggestedSeconds: 60,
        guidance: '',
        star: false,
        notes: { situation: '', task: '', action: '', result: '', free: '' },
        archived: true,
        createdAt: at,
        updatedAt: at,
      },
    ],
  },
];

describe('Markdown', () => {
  test('exports a readable document that imports back with every field and note', () => {
    const markdown = serializeQuestionsMarkdown(banks, 'My banks');
    expect(markdown).toContain('# My banks\n\n## Audit\n\nBusy season and scepticism.\n\\- not a question\n');
    expect(markdown).toContain(
      '- Tell me about a <tight> deadline & how you met it.\n  - Category: Deadlines\n  - Tags: busy season, audit\n',
    );
    expect(markdown).toContain('  - Situation: Year end\n    at a client\n');
    const doc = parseQuestionsMarkdown(markdown, 'x.md');
    expect(doc.banks[0]).toMatchObject({ name: 'Audit', description: 'Busy season and scepticism.\n- not a question' });
    expect(doc.banks[0]!.questions.map(({ at: _a, ...q }) => q)).toEqual(
      banks[0]!.questions.map(({ createdAt: _c, updatedAt: _u, ...q }) => q),
    );
  });

  test('reads the simple hand-written shape', () => {
    const doc = parseQuestionsMarkdown(
      '# Title\n\n- Loose question?\n\n## Bank one\n\n1. First?\n2) Second?\n* Third?\n\n## Bank two\n- Fourth?\n',
      'Mine.md',
    );
    expect(doc.banks.map((b) => [b.name, b.questions.map((q) => q.text)])).toEqual([
      ['Mine', ['Loose question?']],
      ['Bank one', ['First?', 'Second?', 'Third?']],
      ['Bank two', ['Fourth?']],
    ]);
    expect(doc.banks[1]!.questions[1]!.at).toBe('line 8');
  });

  test('names the line of unknown details, bad values, empty questions and stray text', () => {
    const problems = (text: string) => {
      try {
        parseQuestionsMarkdown(text, 'x.md');
      } catch (error) {
        return (error as ImportFileError).problems.map((p) => `${p.at}|${p.field ?? ''}|${p.message}`);
      }
      return [];
    };
    expect(problems('## B\n- Q\n  - Colour: red\n')[0]).toMatch(/^line 3\|\|Unknown detail “Colour”/);
    expect(problems('## B\n- Q\n  - Difficulty: 9\n')).toEqual(['line 2|difficulty|Difficulty must be 1, 2 or 3']);
    expect(problems('## B\n-    \n')).toEqual(['line 2|text|Question text cannot be empty']);
    expect(problems('## B\n- Q\nstray text\n')[0]).toMatch(/^line 3\|\|Expected/);
    expect(problems('## \n- Q\n')[0]).toMatch(/^line 1\|bank name\|Bank name cannot be empty/);
  });
});

describe('Anki CSV', () => {
  test('front = question, back = guidance and my notes, tags without spaces, a deck per bank; archived left out', () => {
    const text = serializeAnkiCsv(banks);
    const lines = text.split('\n');
    expect(lines.slice(0, 6)).toEqual([
      '#separator:Comma',
      '#html:true',
      '#notetype:Basic',
      '#columns:Front,Back,Tags,Deck',
      '#tags column:3',
      '#deck column:4',
    ]);
    const records = parseCsv(lines.slice(6).join('\n'));
    expect(records).toHaveLength(1);
    const [front, back, tags, deck] = records[0]!.fields;
    expect(front).toBe('Tell me about a &lt;tight&gt; deadline &amp; how you met it.');
    expect(back).toContain('Planning, escalation.');
    expect(back).toContain('<b>Situation:</b> Year end<br>at a client');
    expect(tags).toBe('busy_season audit');
    expect(deck).toBe('Rehearse::Audit');
    expect(ankiTag('a::b c')).toBe('a_b_c');
  });
});

describe('format detection', () => {
  test('by extension, else by content', () => {
    expect(detectFormat('a.JSON', '')).toBe('json');
    expect(detectFormat('a.markdown', '')).toBe('markdown');
    expect(detectFormat('a.txt', ' {"x":1}')).toBe('json');
    expect(detectFormat('a.txt', '## Bank\n- q')).toBe('markdown');
    expect(detectFormat('a', 'text\nq')).toBe('csv');
    expect(() => parseImportText('a.csv', ' \n\t')).toThrow(/blank space/);
  });
});
