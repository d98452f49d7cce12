import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ImportFileError } from '../../../../shared/domain/import-export/document';
import { parseJson, serializeJson } from '../../../../shared/domain/import-export/json-format';
import { exportBank } from './arbitraries';

const stripAt = <T extends { at: string }>({ at: _at, ...rest }: T) => rest;

function problemsOf(text: string): string[] {
  try {
    parseJson(text);
  } catch (error) {
    if (error instanceof ImportFileError) return error.problems.map((p) => `${p.at}|${p.field ?? ''}|${p.message}`);
    throw error;
  }
  throw new Error('expected the file to be refused');
}

describe('JSON format', () => {
  test('round trip: parse(serialize(banks)) reproduces every bank and question exactly', () => {
    fc.assert(
      fc.property(fc.array(exportBank(), { minLength: 1, maxLength: 4 }), (banks) => {
        const doc = parseJson(serializeJson(banks, '2026-01-01T00:00:00.000Z'));
        expect(doc.format).toBe('json');
        expect(doc.banks.map(({ at: _at, questions, ...b }) => ({ ...b, questions: questions.map(stripAt) }))).toEqual(banks);
      }),
      { numRuns: 200 },
    );
  });

  test('reads a single-bank file like the starter banks, filling defaults', () => {
    const doc = parseJson(JSON.stringify({ formatVersion: 1, bank: { key: 'k', name: 'B' }, questions: [{ key: 'k/q', text: 'Q?' }] }));
    expect(doc.banks[0]).toMatchObject({ name: 'B', description: '', archived: false });
    expect(doc.banks[0]!.questions[0]).toMatchObject({ text: 'Q?', difficulty: 2, suggestedSeconds: 120, star: false, at: 'questions[0]' });
  });

  test('names the JSON path and field of each problem', () => {
    const file = {
      format: 'rehearse-question-banks',
      formatVersion: 1,
      banks: [{ name: 'B', questions: [{ text: 'ok' }, { text: '  ', difficulty: 5 }] }],
    };
    expect(problemsOf(JSON.stringify(file))).toEqual([
      'at banks[0].questions[1]|text|Question text cannot be empty',
      'at banks[0].questions[1]|difficulty|Difficulty must be 1, 2 or 3',
    ]);
  });

  test('refuses unknown fields, newer format versions, and things that are not our format', () => {
    expect(problemsOf('{"format":"rehearse-question-banks","formatVersion":1,"banks":[],"extra":1}')[0]).toMatch(/Unrecognized key.*extra/);
    expect(problemsOf('{"formatVersion":2,"banks":[]}')[0]).toMatch(/newer version of Rehearse \(format 2\)/);
    expect(problemsOf('[1,2]')[0]).toMatch(/Expected an object/);
    expect(problemsOf('{"format":"rehearse-question-banks","formatVersion":1,"banks":[]}')[0]).toMatch(/no banks or questions/);
  });

  test('says where the syntax breaks, and when the file is cut short', () => {
    const full = serializeJson(
      [
        {
          name: 'B',
          description: '',
          archived: false,
          createdAt: '2026-01-01T00:00:00.000Z',
          updatedAt: '2026-01-01T00:00:00.000Z',
          questions: [],
        },
      ],
      'x',
    );
    expect(problemsOf(full.slice(0, full.length / 2))[0]).toMatch(/^line \d+\|\|.*(cut short|not valid JSON)/);
    expect(problemsOf('{\n  "a": 1,\n  oops\n}')[0]).toMatch(/^line 3\|/);
  });
});
