import type { FieldIssue } from '../../contract/result';
import type { StepDrafts, StepName } from './drafts';

/**
 * Days in a step that cannot be right, as messages naming the field: the next round on a day that
 * has passed (it is asked as a deadline for practice, so a past one would be silently ignored), and
 * feedback that "arrived" on a day still to come. `today` is the user's local day, `YYYY-MM-DD`.
 * These are shown as soon as the day is typed; the draft keeps what was typed.
 */
export function stepDateIssues<N extends StepName>(name: N, draft: StepDrafts[N], today: string): FieldIssue[] {
  if (name === 'improve') {
    const { nextRoundOn } = draft as StepDrafts['improve'];
    if (nextRoundOn !== null && nextRoundOn < today)
      return [
        {
          path: 'nextRoundOn',
          message: 'Date of the next round: that day has passed. Enter the day of the next round, or clear the date.',
        },
      ];
  }
  if (name === 'respond') {
    const { feedbackReceivedOn } = draft as StepDrafts['respond'];
    if (feedbackReceivedOn !== null && feedbackReceivedOn > today)
      return [{ path: 'feedbackReceivedOn', message: 'Date it arrived: that day is still to come. Enter the day the feedback arrived.' }];
  }
  return [];
}

/**
 * What is still missing from a step, or wrong in it (see {@link stepDateIssues}), as messages for
 * the fields concerned. An unfinished step is never refused (drafts are kept as typed); the user is
 * told what is left and may go on or come back later.
 */
export function stepIssues<N extends StepName>(name: N, draft: StepDrafts[N], today?: string): FieldIssue[] {
  const issues: FieldIssue[] = today === undefined ? [] : stepDateIssues(name, draft, today);
  const need = (path: string, message: string) => issues.push({ path, message });
  switch (name) {
    case 'roleFit': {
      const d = draft as StepDrafts['roleFit'];
      if (d.fitRating === null) need('fitRating', 'Rate how well the role fitted you, from 1 to 5.');
      if (d.applyAgain === null) need('applyAgain', 'Say whether you would apply for this kind of role again.');
      break;
    }
    case 'qualifications': {
      const d = draft as StepDrafts['qualifications'];
      if (d.requirements.length === 0) need('requirements', 'Add the job’s requirements: paste them, one per line.');
      d.requirements.forEach((r, i) => {
        if (!r.text.trim()) need(`requirements.${i}.text`, 'Write this requirement, or remove it.');
        else if (r.status === null) need(`requirements.${i}.status`, 'Mark this requirement as met, partly met or missing.');
      });
      break;
    }
    case 'confidence': {
      const d = draft as StepDrafts['confidence'];
      if (d.selfRating === null) need('selfRating', 'Rate how confident you felt, from 1 to 5.');
      break;
    }
    case 'improve': {
      const d = draft as StepDrafts['improve'];
      d.struggled.forEach((s, i) => {
        if (!s.text.trim()) need(`struggled.${i}.text`, 'Write the question, or remove it.');
      });
      if (d.researchRating === null) need('researchRating', 'Rate how much company research you did, from 1 to 5.');
      break;
    }
    case 'respond': {
      const d = draft as StepDrafts['respond'];
      if (d.feedbackReceived.trim() && d.feedbackReceivedOn === null) need('feedbackReceivedOn', 'Add the date the feedback arrived.');
      break;
    }
  }
  return issues;
}

/** A fit rated 2 or lower is said plainly, with a suggestion. */
export function isLowFit(draft: StepDrafts['roleFit']): boolean {
  return draft.fitRating !== null && draft.fitRating <= 2;
}

export const lowFitAdvice =
  'This role was not a good fit for you. That is worth knowing: consider adjusting your search towards roles that match what you want, rather than ones that are only close enough.';

/**
 * The research step's reminder. The figure is an often-quoted one with a thin
 * source (a College Atlas infographic on interview mistakes, reported by HR
 * Review in 2015), so the sentence names it instead of presenting it as a
 * finding, and the advice does not depend on it.
 */
export const researchFact =
  'An often-quoted figure says 47% of candidates know nothing about the company they interview with (a College Atlas infographic, reported by HR Review). Knowing what the company does, its recent news and why you want to work there is among the easiest things to improve before the next round.';
