/**
 * What the user is preparing for (asked once, on first run; editable in Settings) and what it preselects:
 * the starter banks a set-up draws from, and the short first session. Pure rules, no I/O.
 */

export const roleFamilies = ['audit', 'insolvency', 'financial_services', 'graduate', 'general'] as const;
export type RoleFamily = (typeof roleFamilies)[number];

export const roleFamilyLabels: Record<RoleFamily, string> = {
  audit: 'Audit and accountancy practice',
  insolvency: 'Insolvency and restructuring',
  financial_services: 'Wider financial services',
  graduate: 'Graduate or early career',
  general: 'General (any role)',
};

export const roleLevels = ['student', 'trainee', 'qualified', 'manager'] as const;
export type RoleLevel = (typeof roleLevels)[number];

export const roleLevelLabels: Record<RoleLevel, string> = {
  student: 'Student, graduate or apprentice',
  trainee: 'Trainee or junior',
  qualified: 'Qualified or experienced',
  manager: 'Manager or senior',
};

/**
 * Starter banks (by key, resources/starter-banks/) for each role family. The financial services and
 * accountancy bank holds the audit, insolvency and regulation questions; graduates get the graduate bank
 * instead. "Questions to ask the interviewer" is never here: those are the user's to ask, not to answer.
 */
const familyBanks: Record<RoleFamily, readonly string[]> = {
  audit: ['common-openers', 'competency', 'motivation-career', 'financial-services-accountancy'],
  insolvency: ['common-openers', 'competency', 'motivation-career', 'financial-services-accountancy'],
  financial_services: ['common-openers', 'competency', 'motivation-career', 'financial-services-accountancy'],
  graduate: ['common-openers', 'competency', 'motivation-career', 'graduate-early-career'],
  general: ['common-openers', 'competency', 'motivation-career'],
};

/** The starter bank keys a role family and level draw from; a student or graduate also gets the graduate bank. */
export function starterKeysFor(family: RoleFamily, level: RoleLevel): string[] {
  const keys = [...familyBanks[family]];
  if (level === 'student' && !keys.includes('graduate-early-career')) keys.push('graduate-early-career');
  return keys;
}

/** Questions in the quick-start first session: short enough to finish in a few minutes. */
export const quickStartCount = 3;

interface BankChoice {
  id: number;
  starterKey: string | null;
  purpose: 'answer' | 'ask';
  questionCount: number;
}

/**
 * The banks a new set-up ticks: the role family's starter banks and the user's own banks (live, with
 * questions), or, when none of them is left, every bank of questions to answer that has any. Ask banks
 * (questions to ask the interviewer) are never chosen here.
 */
export function preselectedBankIds(banks: readonly BankChoice[], family: RoleFamily, level: RoleLevel): number[] {
  const answerable = banks.filter((b) => b.purpose === 'answer' && b.questionCount > 0);
  const keys = new Set(starterKeysFor(family, level));
  const chosen = answerable.filter((b) => b.starterKey === null || keys.has(b.starterKey));
  return (chosen.length > 0 ? chosen : answerable).map((b) => b.id);
}
