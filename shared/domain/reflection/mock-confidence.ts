import { sameText } from '../text-rules';
/** How many of the latest rated mock-interview answers the reflection compares against. */
export const recentAnswerWindow = 20;

export interface RatedAnswer {
  confidence: number;
  category: string;
}

export interface CategoryConfidence {
  category: string;
  average: number;
  count: number;
}

export interface MockConfidence {
  answerCount: number;
  /** Null when there are no rated answers yet. */
  average: number | null;
  /** Weakest first. */
  byCategory: CategoryConfidence[];
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Averages of the latest rated answers, overall and per category (uncategorised answers count overall only). */
export function summariseConfidence(answers: readonly RatedAnswer[]): MockConfidence {
  if (answers.length === 0) return { answerCount: 0, average: null, byCategory: [] };
  const byCategory = new Map<string, { sum: number; count: number }>();
  let sum = 0;
  for (const answer of answers) {
    sum += answer.confidence;
    const category = answer.category.trim();
    if (!category) continue;
    const entry = byCategory.get(category) ?? { sum: 0, count: 0 };
    entry.sum += answer.confidence;
    entry.count += 1;
    byCategory.set(category, entry);
  }
  return {
    answerCount: answers.length,
    average: round1(sum / answers.length),
    byCategory: [...byCategory.entries()]
      .map(([category, { sum: s, count }]) => ({ category, average: round1(s / count), count }))
      .sort((a, b) => a.average - b.average || a.category.localeCompare(b.category)),
  };
}

/**
 * Categories worth a mock interview after this reflection: those the user
 * struggled with in the interview, then the weakest recent ones (below 3.5).
 */
export function categoriesToPractise(confidence: MockConfidence, struggledCategories: readonly string[], limit = 4): string[] {
  const chosen: string[] = [];
  const add = (category: string) => {
    const trimmed = category.trim();
    if (trimmed && !chosen.some((c) => sameText(c, trimmed))) chosen.push(trimmed);
  };
  struggledCategories.forEach(add);
  confidence.byCategory.filter((c) => c.average < 3.5).forEach((c) => add(c.category));
  return chosen.slice(0, limit);
}

/**
 * The practice area's address for a mock interview on `categories`:
 * `#/practice?categories=A,B`, each name percent-encoded so a comma inside
 * a name cannot split it.
 */
export function practiceLink(categories: readonly string[]): string {
  if (categories.length === 0) return '#/practice';
  return `#/practice?categories=${categories.map((c) => encodeURIComponent(c)).join(',')}`;
}
