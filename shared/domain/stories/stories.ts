import { overMax } from '../limit-messages';
import { z } from 'zod';
import { foldKey, nameSchema, normalizeText } from '../text-rules';

/** Limits shared by the form, the IPC contract, the JSON bank format and the database checks (migration 8). */
export const storyLimits = {
  titleMax: 120,
  /** Each STAR part, as for a question's STAR notes. */
  partMax: 5000,
  competencyMax: 60,
  competenciesMax: 12,
  companyMax: 120,
  usesMax: 200,
  questionsMax: 500,
} as const;

/**
 * The competencies offered on every story, in this order (issue 14, item 5): the themes UK
 * graduate and professional-services competency interviews ask about most. The user may add
 * their own; these are never removed. Each has the prompt a rehearsal asks.
 */
export const builtInCompetencies = [
  { name: 'Teamwork', prompt: 'Tell me about a time you worked well as part of a team.' },
  { name: 'Conflict', prompt: 'Tell me about a time you dealt with a conflict or disagreement.' },
  { name: 'Leadership', prompt: 'Tell me about a time you led others or took the lead.' },
  { name: 'Integrity and ethics', prompt: 'Tell me about a time you did the right thing when it was hard.' },
  { name: 'Attention to detail', prompt: 'Tell me about a time your attention to detail made a difference.' },
  { name: 'Dealing with pressure', prompt: 'Tell me about a time you worked under pressure.' },
] as const;
export const builtInCompetencyNames: readonly string[] = builtInCompetencies.map((c) => c.name);

/**
 * The "Tell me about a time you…" prompt rehearsed for a competency: the built-in one, else one
 * built from the user's own name in the usual competency-interview phrasing ("Client management" →
 * "Tell me about a time you demonstrated client management.").
 */
export function competencyPrompt(competency: string): string {
  const builtIn = builtInCompetencies.find((c) => foldKey(c.name) === foldKey(competency));
  return builtIn ? builtIn.prompt : `Tell me about a time you demonstrated ${competency.toLocaleLowerCase('en-GB')}.`;
}

/** The built-in spelling of a competency when it is one, so "TEAMWORK" and "Teamwork" are one. */
export function canonicalCompetency(name: string): string {
  return builtInCompetencyNames.find((c) => foldKey(c) === foldKey(name)) ?? name;
}

/** Competency names, cleaned, the built-in spelling when one matches, duplicates (by fold) dropped. */
export function uniqueCompetencies(names: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const name of names) {
    const canonical = canonicalCompetency(name);
    if (!seen.has(foldKey(canonical))) seen.set(foldKey(canonical), canonical);
  }
  return [...seen.values()];
}

const part = (what: string) =>
  z
    .string()
    .transform((s) => normalizeText(s).trim())
    .pipe(z.string().max(storyLimits.partMax, overMax(what, storyLimits.partMax)));

export const competencySchema = nameSchema('Competency', storyLimits.competencyMax);
export const storyTitleSchema = nameSchema('Title', storyLimits.titleMax, { required: 'Give the story a short title' });
/** `YYYY-MM-DD`, a real calendar day. */
export const dayOnlySchema = z.iso.date({ message: 'Must be a date like 2026-03-14' });

/** The fields of a story the user edits. */
export const storyFieldsSchema = z.strictObject({
  title: storyTitleSchema,
  situation: part('Situation').default(''),
  task: part('Task').default(''),
  action: part('Action').default(''),
  result: part('Result').default(''),
  competencies: z
    .array(competencySchema)
    .max(storyLimits.competenciesMax, overMax('A story', storyLimits.competenciesMax, 'competencies'))
    .default([])
    .transform(uniqueCompetencies),
});
export type StoryFields = z.output<typeof storyFieldsSchema>;
export type StoryFieldsInput = z.input<typeof storyFieldsSchema>;

/** Where a story was told: a company (as typed) on a day, tied to a logged interview when chosen from the log. */
export const storyUseInputSchema = z.strictObject({
  company: nameSchema('Company', storyLimits.companyMax),
  usedOn: dayOnlySchema.nullable().default(null),
  interviewId: z.number().int().positive().nullable().default(null),
});
export type StoryUseInput = z.output<typeof storyUseInputSchema>;

export interface StoryUse {
  id: number;
  company: string;
  usedOn: string | null;
  interviewId: number | null;
}

/** A question a story answers, as the story page lists it. */
export interface StoryQuestion {
  questionId: number;
  bankId: number;
  text: string;
  category: string;
}

export interface StorySummary {
  id: number;
  title: string;
  competencies: string[];
  questionCount: number;
  useCount: number;
  /** When an answer in a mock interview rehearsing this story was last given; null if never. */
  lastRehearsedAt: string | null;
  updatedAt: string;
}

export interface Story extends StorySummary {
  situation: string;
  task: string;
  action: string;
  result: string;
  questions: StoryQuestion[];
  uses: StoryUse[];
  createdAt: string;
}

/** What Progress shows (issue 14, item 5): gaps in the story bank. */
export interface StoryGaps {
  /** Built-in competencies (and the user's own, once used on a story that lost them) with no story. */
  competenciesWithoutStory: string[];
  /** Stories not rehearsed in the last `staleDays` days (or never), oldest first. */
  notRehearsedLately: { id: number; title: string; lastRehearsedAt: string | null }[];
  staleDays: number;
  /** How many stories there are: with none, "every story was rehearsed lately" would be empty praise. */
  storyCount: number;
}

/** A story not rehearsed for this many days is "not rehearsed lately": about two weeks, a typical gap between interview rounds. */
export const storyStaleDays = 14;
