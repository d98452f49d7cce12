import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { asClause, asSentence, formatCount, overMax, overMaxMessage, sentences } from '../../shared/domain/limit-messages';
import { questionTextSchema, suggestedSecondsSchema, tagsSchema } from '../../shared/domain/questions';
import { bankDescriptionSchema, bankNameSchema } from '../../shared/domain/banks';
import { interviewFieldsSchema } from '../../shared/domain/reflection/interview';
import { emailDraftSchema } from '../../shared/domain/reflection/drafts';
import { maxPlanQuestions, savePlanSchema } from '../../shared/domain/readiness/readiness';

const firstMessage = (schema: z.ZodType, value: unknown) => {
  const parsed = schema.safeParse(value);
  if (parsed.success) throw new Error('expected a refusal');
  return parsed.error.issues[0]!.message;
};

describe('a limit message says the field, the limit and what was given, as a sentence', () => {
  it('groups thousands as the rest of the UI does', () => {
    expect(formatCount(2000)).toBe('2,000');
    expect(formatCount(120_000)).toBe('120,000');
    expect(formatCount(50)).toBe('50');
  });

  it('names the actual size: text, lists and numbers', () => {
    expect(overMaxMessage('Question text', 2000, 'characters', 5120)).toBe(
      'Question text can be at most 2,000 characters; this one has 5,120.',
    );
    expect(overMaxMessage('A plan', 200, 'questions', 250, 'list')).toBe('A plan can hold at most 200 questions; this one has 250.');
    expect(overMaxMessage('Suggested length', 3600, 'seconds', 5000, 'number')).toBe(
      'Suggested length can be at most 3,600 seconds; this one is 5,000.',
    );
    expect(overMaxMessage('Notes', 5000, 'characters', null)).toBe('Notes can be at most 5,000 characters.');
  });

  it('is what zod reports, wherever the schema is used (the walk: a 5,120-character imported question)', () => {
    expect(firstMessage(questionTextSchema, 'x'.repeat(5120))).toBe('Question text can be at most 2,000 characters; this one has 5,120.');
    expect(firstMessage(z.string().max(3, overMax('Code', 3)), 'abcd')).toBe('Code can be at most 3 characters; this one has 4.');
    expect(firstMessage(suggestedSecondsSchema, 5000)).toBe('Suggested length can be at most 1,800 seconds; this one is 5,000.');
    expect(
      firstMessage(
        tagsSchema,
        Array.from({ length: 60 }, (_, i) => `t${i}`),
      ),
    ).toMatch(/^A question can hold at most \d+ tags; this one has 60\.$/);
    expect(firstMessage(bankNameSchema, 'n'.repeat(130))).toBe('Bank name can be at most 120 characters; this one has 130.');
    expect(firstMessage(bankDescriptionSchema, 'd'.repeat(2500))).toBe('Description can be at most 2,000 characters; this one has 2,500.');
    expect(firstMessage(emailDraftSchema, { subject: 's'.repeat(201), body: '' })).toBe(
      'The subject can be at most 200 characters; this one has 201.',
    );
    const questions = Array.from({ length: maxPlanQuestions + 1 }, (_, i) => ({ questionId: i + 1, source: 'picked' }));
    expect(firstMessage(savePlanSchema, { interviewId: 1, questions })).toBe('A plan can hold at most 500 questions; this one has 501.');
  });

  it('every over-the-limit refusal of an interview reads the same way', () => {
    const base = { company: 'Acme', role: 'Analyst', heldAt: '2026-12-04T14:30:00.000Z', stage: 'first', format: 'video' };
    expect(firstMessage(interviewFieldsSchema, { ...base, notes: 'n'.repeat(6000) })).toBe(
      'Notes can be at most 5,000 characters; this one has 6,000.',
    );
    expect(firstMessage(interviewFieldsSchema, { ...base, company: 'c'.repeat(121) })).toBe(
      'The company name can be at most 120 characters; this one has 121.',
    );
  });

  it('messages put together each end their sentence', () => {
    expect(asSentence('column “text”: too long')).toBe('column “text”: too long.');
    expect(asSentence('Done!')).toBe('Done!');
    expect(sentences(['Question text cannot be empty', 'Difficulty must be 1, 2 or 3.'])).toBe(
      'Question text cannot be empty. Difficulty must be 1, 2 or 3.',
    );
    expect(asClause('this one has 5,120.')).toBe('this one has 5,120');
  });
});
