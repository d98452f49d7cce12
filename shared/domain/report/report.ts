import { z } from 'zod';
import { progressRanges, type ProgressRange, type Totals, type WeekPoint } from '../progress/dashboard';
import { redactor } from './redact';

/** What the user chooses on "Share my progress" (issue 14, item 6). */
export const shareReportOptionsSchema = z.strictObject({
  range: z.enum(progressRanges),
  /** Interviews whose reflections go in, in the order chosen. */
  interviewIds: z.array(z.number().int().positive()).max(100).default([]),
  /** Replace company and interviewer names everywhere, free text included. */
  redact: z.boolean().default(true),
  /** Add each chosen interview's own notes (left out unless chosen). */
  includeNotes: z.boolean().default(false),
});
export type ShareReportOptions = z.output<typeof shareReportOptionsSchema>;

export interface ReportSession {
  startedAt: string;
  answered: number;
  averageConfidence: number | null;
}

export interface ReportReflection {
  company: string;
  role: string;
  interviewerName: string;
  /** The start when a time was given (ISO), else null; `heldOn` is the day either way. */
  heldAt: string | null;
  heldOn: string;
  /** Null when the user did not say. */
  stage: string | null;
  outcome: string;
  /** What the user typed in the reflection, by heading ("What attracted me", "Feedback received"…); empty ones left out. */
  texts: { heading: string; text: string }[];
  /** The interview's own notes; present only when the user chose to include notes. */
  notes: string | null;
}

/** Everything a report shows, before rendering; every string the user typed is in here (and only here). */
export interface ReportData {
  generatedAt: string;
  rangeLabel: string;
  range: ProgressRange;
  totals: Totals;
  weeks: WeekPoint[];
  sessions: ReportSession[];
  reflections: ReportReflection[];
  redacted: boolean;
}

/**
 * The report with company and interviewer names replaced (see redact.ts) in every string that came
 * from the user: companies, roles, interviewer names, reflection text and notes. Pseudonyms are
 * assigned in the order the reflections are listed, so "Company A" is the first company shown.
 */
export function redactReport(data: ReportData): ReportData {
  const { redact } = redactor({
    companies: data.reflections.map((r) => r.company),
    interviewers: data.reflections.map((r) => r.interviewerName).filter((n) => n.trim() !== ''),
  });
  return {
    ...data,
    redacted: true,
    reflections: data.reflections.map((r) => ({
      ...r,
      company: redact(r.company),
      role: redact(r.role),
      interviewerName: redact(r.interviewerName),
      texts: r.texts.map((t) => ({ heading: t.heading, text: redact(t.text) })),
      notes: r.notes === null ? null : redact(r.notes),
    })),
  };
}
