import { z } from 'zod';
import { dayOnlySchema, storyFieldsSchema, storyLimits } from '../stories/stories';
import { nameSchema } from '../text-rules';

/**
 * Stories in the JSON bank format (issue 14, item 5): an optional top-level `stories` array beside
 * `banks`. A story names the questions it answers by their place in the same file
 * (`{ "bank": 0, "question": 3 }` is `banks[0].questions[3]`), so a file is self-contained and
 * importing it into another data folder links the stories to the questions it brings.
 */
export const storyQuestionRefSchema = z.strictObject({
  bank: z.number().int().min(0),
  question: z.number().int().min(0),
});

export const importStorySchema = storyFieldsSchema.extend({
  uses: z
    .array(z.strictObject({ company: nameSchema('Company', storyLimits.companyMax), usedOn: dayOnlySchema.nullable().default(null) }))
    .max(storyLimits.usesMax)
    .default([]),
  questions: z.array(storyQuestionRefSchema).max(storyLimits.questionsMax).default([]),
  createdAt: z.iso.datetime().optional(),
  updatedAt: z.iso.datetime().optional(),
});
export type ImportStory = z.output<typeof importStorySchema>;
export type ExportStory = z.input<typeof importStorySchema> & { createdAt: string; updatedAt: string };

/** At most this many stories in one file: far more than anyone writes, small enough to check quickly. */
export const maxImportStories = 2000;

/** Problems with stories' question references: each must name a question present in the file. */
export function storyRefProblems(
  stories: readonly ImportStory[],
  banks: readonly { questions: readonly unknown[] }[],
): { at: string; message: string }[] {
  // The shape of document.ts's ImportProblem, written out: document.ts imports this file's types.
  const problems: { at: string; message: string }[] = [];
  stories.forEach((story, s) =>
    story.questions.forEach((ref, q) => {
      if (banks[ref.bank]?.questions[ref.question] === undefined) {
        problems.push({
          at: `at stories[${s}].questions[${q}]`,
          message: `There is no question at banks[${ref.bank}].questions[${ref.question}] in this file.`,
        });
      }
    }),
  );
  return problems;
}
