import fc from 'fast-check';
import { normalizeTags } from '../../../../shared/domain/questions';
import { cleanName, foldKey, nameProblem, normalizeText } from '../../../../shared/domain/text-rules';
import type { ExportBank, ExportQuestion } from '../../../../shared/domain/import-export/json-format';

/** Text as the schemas store it: NFC (the text rules), trimmed (and, for names, inner spaces collapsed), never empty. */
const trimmed = (max: number) =>
  fc
    .string({ unit: 'grapheme', maxLength: Math.min(max, 80) })
    .map((s) => normalizeText(s).trim())
    .filter((s) => s.length <= max);
const required = (max: number) => trimmed(max).filter((s) => s.length > 0);
/** A name the text rules accept: no control or direction-override characters, not only invisible ones. */
const validName = (max: number, required: boolean) =>
  trimmed(max)
    .map(cleanName)
    .filter((s) => (!required || s.length > 0) && nameProblem(s, 'Name') === null);
const name = validName(120, true);
const timestamp = fc
  .date({ min: new Date('2000-01-01T00:00:00.000Z'), max: new Date('2099-12-31T23:59:59.999Z'), noInvalidDate: true })
  .map((d) => d.toISOString());
const notesText = fc.string({ unit: 'grapheme', maxLength: 120 }).map(normalizeText);

const tags = fc
  .array(
    fc.string({ unit: 'grapheme', maxLength: 20 }).filter((t) => nameProblem(t, 'Tag') === null),
    { maxLength: 6 },
  )
  .map(normalizeTags)
  .filter((t) => t.every((tag) => tag.length <= 40));

export const exportQuestion: fc.Arbitrary<ExportQuestion> = fc.record({
  text: required(2000),
  category: validName(80, false),
  tags,
  difficulty: fc.constantFrom(1 as const, 2 as const, 3 as const),
  suggestedSeconds: fc.integer({ min: 10, max: 1800 }),
  guidance: trimmed(2000),
  star: fc.boolean(),
  notes: fc.record({ situation: notesText, task: notesText, action: notesText, result: notesText, free: notesText }),
  archived: fc.boolean(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const exportBank = (minQuestions = 0): fc.Arbitrary<ExportBank> =>
  fc.record({
    name,
    description: trimmed(300),
    archived: fc.boolean(),
    createdAt: timestamp,
    updatedAt: timestamp,
    questions: fc.array(exportQuestion, { minLength: minQuestions, maxLength: 5 }),
  });

/** Banks whose names differ as people read them (the flat formats group rows by bank name, by foldKey). */
export const distinctBanks = (minQuestions: number) =>
  fc.uniqueArray(exportBank(minQuestions), { minLength: 1, maxLength: 4, selector: (b) => foldKey(b.name) });
