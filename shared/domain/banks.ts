import { overMax } from './limit-messages';
import { z } from 'zod';
import { nameSchema, normalizeText } from './text-rules';

/** 'answer': questions the user answers; 'ask': questions the user asks the interviewer (never timed by default). */
export const bankPurposes = ['answer', 'ask'] as const;
export type BankPurpose = (typeof bankPurposes)[number];
/** Starter banks (by key) whose questions are the user's to ask: "Questions to ask the interviewer". */
export const askStarterKeys: readonly string[] = ['questions-to-ask'];
export const bankPurposeSchema = z.enum(bankPurposes, 'Choose whether the questions are to answer or to ask');

/** A question bank as the bank list shows it. */
export interface BankSummary {
  id: number;
  name: string;
  description: string;
  /** Set for banks that ship with the app; null for the user's own. */
  starterKey: string | null;
  /** 'ask': questions the user asks the interviewer, left out of timed sessions unless included (as the starter one). */
  purpose: BankPurpose;
  questionCount: number;
  archived: boolean;
  createdAt: string;
  updatedAt: string;
}

export const bankLimits = { nameMax: 120, descriptionMax: 2000 } as const;

/** A bank's name: a name by the text rules (shared/domain/text-rules.ts), unique as people read it (checked by the service). */
export const bankNameSchema = nameSchema('Bank name', bankLimits.nameMax);

export const bankDescriptionSchema = z
  .string()
  .transform((s) => normalizeText(s).trim())
  .pipe(z.string().max(bankLimits.descriptionMax, overMax('Description', bankLimits.descriptionMax)));

/** What deleting a bank would do, shown in the confirmation before anything happens. */
export interface BankDeletionImpact {
  bankId: number;
  questionCount: number;
  /** Answers given to this bank's questions in practice; any history means the bank is archived, not deleted. */
  answerCount: number;
  action: 'delete' | 'archive';
  /** Why the bank cannot be removed at all (e.g. it is the last one), or null. */
  refusal: string | null;
}

export interface BankRemoval {
  bankId: number;
  outcome: 'deleted' | 'archived';
}
