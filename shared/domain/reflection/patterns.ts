import { groupSameGaps } from './gap-match';
import {
  bodyLanguageItems,
  bodyLanguageLabels,
  logisticsIssues,
  logisticsLabels,
  roleConcernLabels,
  roleConcerns,
  type StepDrafts,
  isGap,
} from './drafts';
import type { Interview } from './interview';

export type PatternKind =
  'research' | 'missing_requirement' | 'logistics' | 'body_language' | 'role_fit' | 'concern' | 'confidence' | 'struggled';

/** Something that keeps coming back across interviews, said plainly. */
export interface Pattern {
  kind: PatternKind;
  message: string;
  /** Interviews it was seen in, and out of how many it could have been. */
  count: number;
  total: number;
  interviews: { id: number; company: string }[];
}

export interface ReflectedInterview {
  interview: Pick<Interview, 'id' | 'company' | 'outcome'>;
  drafts: Pick<StepDrafts, 'roleFit' | 'qualifications' | 'confidence' | 'improve'>;
}

/** A pattern needs at least this many interviews: once is an incident. */
const minRepeats = 2;
const isLow = (rating: number | null) => rating !== null && rating <= 2;

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

function companies(list: ReflectedInterview[]): string {
  return [...new Set(list.map((r) => r.interview.company))].join(', ');
}

function pattern(kind: PatternKind, message: string, hits: ReflectedInterview[], total: number): Pattern {
  return { kind, message, count: hits.length, total, interviews: hits.map((r) => ({ id: r.interview.id, company: r.interview.company })) };
}

function researchPattern(all: ReflectedInterview[]): Pattern | null {
  const rejections = all.filter((r) => r.interview.outcome === 'rejected' && r.drafts.improve.researchRating !== null);
  const pool = rejections.length >= minRepeats ? rejections : all.filter((r) => r.drafts.improve.researchRating !== null);
  const low = pool.filter((r) => isLow(r.drafts.improve.researchRating));
  if (low.length < minRepeats) return null;
  const where = pool === rejections ? 'rejections' : 'interviews';
  return pattern('research', `Company research was rated low in ${low.length} of ${pool.length} ${where}.`, low, pool.length);
}

/**
 * Groups interviews by a text they mention, the same text however it was worded
 * (see gap-match.ts: word order, word forms, filler words, one typo); each
 * interview counts once per group, and the group is shown as first written.
 */
function repeatedTexts(all: ReflectedInterview[], textsOf: (r: ReflectedInterview) => string[]) {
  const mentions = all.flatMap((reflected) => textsOf(reflected).map((text) => ({ reflected, text: text.trim() })));
  return groupSameGaps(mentions, (m) => m.text)
    .map((group) => ({ shown: group[0]!.text, hits: [...new Set(group.map((m) => m.reflected))], texts: group.map((m) => m.text) }))
    .filter((g) => g.hits.length >= minRepeats);
}

/** What keeps coming back across the user's interview reflections, most frequent first. */
export function detectPatterns(all: ReflectedInterview[]): Pattern[] {
  const found: Pattern[] = [];
  const total = all.length;
  const research = researchPattern(all);
  if (research) found.push(research);

  for (const { shown, hits, texts } of repeatedTexts(all, (r) =>
    r.drafts.qualifications.requirements.filter((q) => isGap(q.status)).map((q) => q.text),
  )) {
    const partly = hits.filter((r) =>
      r.drafts.qualifications.requirements.some((q) => q.status === 'partly' && texts.includes(q.text.trim())),
    ).length;
    const how = partly === 0 ? 'was missing' : partly === hits.length ? 'was only partly met' : 'was missing or only partly met';
    found.push(
      pattern('missing_requirement', `“${shown}” ${how} in ${plural(hits.length, 'interview')} (${companies(hits)}).`, hits, total),
    );
  }

  for (const issue of logisticsIssues) {
    const hits = all.filter((r) => r.drafts.improve.logistics.some((l) => l.issue === issue));
    if (hits.length >= minRepeats) {
      const what = issue === 'other' ? 'Other logistics' : logisticsLabels[issue];
      found.push(pattern('logistics', `${what} went wrong in ${plural(hits.length, 'interview')} (${companies(hits)}).`, hits, total));
    }
  }

  for (const item of bodyLanguageItems) {
    const hits = all.filter((r) => r.drafts.confidence.checklist[item] === 'work_on');
    if (hits.length >= minRepeats) {
      found.push(
        pattern('body_language', `“${bodyLanguageLabels[item]}” needed work in ${plural(hits.length, 'interview')}.`, hits, total),
      );
    }
  }

  const lowFit = all.filter((r) => isLow(r.drafts.roleFit.fitRating));
  if (lowFit.length >= minRepeats) {
    found.push(
      pattern(
        'role_fit',
        `The role was a poor fit in ${plural(lowFit.length, 'interview')} (${companies(lowFit)}): it may be worth adjusting which roles you apply for.`,
        lowFit,
        total,
      ),
    );
  }

  for (const concern of roleConcerns) {
    const hits = all.filter((r) => r.drafts.roleFit.concerns.includes(concern));
    if (hits.length >= minRepeats) {
      found.push(pattern('concern', `${roleConcernLabels[concern]} concerned you in ${plural(hits.length, 'interview')}.`, hits, total));
    }
  }

  const lowConfidence = all.filter((r) => isLow(r.drafts.confidence.selfRating));
  if (lowConfidence.length >= minRepeats) {
    found.push(
      pattern('confidence', `You rated your confidence low in ${plural(lowConfidence.length, 'interview')}.`, lowConfidence, total),
    );
  }

  for (const { shown, hits } of repeatedTexts(all, (r) => r.drafts.improve.struggled.map((s) => s.text))) {
    found.push(pattern('struggled', `You struggled with “${shown}” in ${plural(hits.length, 'interview')}.`, hits, total));
  }

  return found.sort((a, b) => b.count - a.count);
}
