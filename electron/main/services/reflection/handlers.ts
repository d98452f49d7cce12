import { thankYouReminderDue } from '../../../../shared/domain/reflection/interview';
import { reflectionMarkdown } from '../../../../shared/domain/reflection/markdown';
import { detectPatterns } from '../../../../shared/domain/reflection/patterns';
import type { InterviewReflection } from '../../../../shared/domain/reflection/reflection';
import type { FeatureDeps } from '../../feature-deps';
import type { HandlersFor } from '../../ipc/handlers';
import { scheduleDueBy } from '../progress/schedule';
import { planJoining } from '../readiness/plan-joining';
import { actionStore } from './action-store';
import { interviewDraftStore } from './interview-draft-store';
import { interviewStore } from './interview-store';
import { mockConfidenceQuery } from './mock-confidence-query';
import { actionEdit, interviewEdit, sessionNotesEdit } from './reflection-edits';
import { reflectionStore } from './reflection-store';
import { reminderDismissals } from './reminder-dismissals';
import { draftsFromRow } from './rows';
import { sessionReflections } from './session-reflections';
import { type ScheduleDueBy, struggledQuestions } from './struggled-questions';

/** `schedule` is the review schedule's hook; tests may pass their own. */
export function reflectionHandlers(
  deps: FeatureDeps,
  schedule: ScheduleDueBy = scheduleDueBy,
): HandlersFor<
  | 'reflection.listInterviews'
  | 'reflection.saveInterview'
  | 'reflection.getInterviewDraft'
  | 'reflection.saveInterviewDraft'
  | 'reflection.deleteInterview'
  | 'reflection.get'
  | 'reflection.saveStep'
  | 'reflection.setStep'
  | 'reflection.markEmailSent'
  | 'reflection.dismissReminder'
  | 'reflection.addStruggledQuestion'
  | 'reflection.listActions'
  | 'reflection.createAction'
  | 'reflection.saveAction'
  | 'reflection.deleteAction'
  | 'reflection.patterns'
  | 'reflection.recentConfidence'
  | 'reflection.exportMarkdown'
  | 'reflection.getForSession'
  | 'reflection.saveForSession'
> {
  const { db, now } = deps;
  const interviews = interviewStore(db);
  const reflections = reflectionStore(db);
  const actions = actionStore(db);
  const sessions = sessionReflections(db);
  const confidence = mockConfidenceQuery(db);
  const struggled = struggledQuestions(db, interviews, reflections, schedule);
  const plans = planJoining(db);
  const dismissals = reminderDismissals(db);
  const interviewDraft = interviewDraftStore(db);

  function view(interviewId: number): InterviewReflection {
    const interview = interviews.get(interviewId);
    const row = reflections.find(interviewId);
    return {
      interview,
      drafts: draftsFromRow(row),
      currentStep: row?.current_step ?? 1,
      started: row !== undefined,
      finishedAt: row?.finished_at ?? null,
      thankYouSentOn: row?.thank_you_sent_on ?? null,
      feedbackRequestSentOn: row?.feedback_request_sent_on ?? null,
      thankYouReminder:
        thankYouReminderDue(interview, row?.thank_you_sent_on ?? null, interview.outcome, now()) &&
        !dismissals.isDismissed(interviewId, 'thank_you'),
      actionItems: actions.forReflection(interviewId),
      addedQuestions: row ? reflections.addedQuestions(row.id) : [],
      nextInterviewOn: interviews.nextWithSameCompany(interview),
      updatedAt: row?.updated_at ?? null,
      version: row?.version ?? 0,
    };
  }

  // Checking the interview exists and writing happen in one transaction, so a delete cannot slip between them.
  const inTransaction = <T>(fn: () => T): T => db.transaction(fn)();

  return {
    'reflection.listInterviews': (filters) => interviews.list(filters, now()),
    'reflection.saveInterview': ({ id, base, ...fields }) =>
      inTransaction(() => {
        const edit = id !== undefined && base ? interviewEdit(interviews.get(id), fields, base) : fields;
        const saved = interviews.save(edit, id, now());
        if (id === undefined) plans.seedNewInterview(saved.id, now());
        return saved;
      }),
    'reflection.getInterviewDraft': () => interviewDraft.get(),
    'reflection.saveInterviewDraft': ({ draft }) => interviewDraft.save(draft, now()),
    'reflection.deleteInterview': ({ id }) => {
      interviews.delete(id);
      return null;
    },
    'reflection.get': ({ interviewId }) => view(interviewId),
    'reflection.saveStep': ({ interviewId, save }) =>
      inTransaction(() => {
        interviews.get(interviewId);
        return reflections.saveSteps(interviewId, save, now());
      }),
    'reflection.setStep': ({ interviewId, step }) =>
      inTransaction(() => {
        interviews.get(interviewId);
        return reflections.setStep(interviewId, step, now());
      }),
    'reflection.markEmailSent': ({ interviewId, kind, sentOn }) =>
      inTransaction(() => {
        interviews.get(interviewId);
        return reflections.markEmailSent(interviewId, kind, sentOn, now());
      }),
    'reflection.dismissReminder': ({ interviewId, kind }) => {
      dismissals.dismiss(interviewId, kind, now());
      return null;
    },
    'reflection.addStruggledQuestion': (input) =>
      inTransaction(() => {
        const added = struggled.add(input, now());
        plans.joinNextPlan(added.questionId, now());
        return added;
      }),
    'reflection.listActions': (filters) => actions.list(filters),
    'reflection.createAction': ({ interviewId, sourceKey, ...fields }) =>
      inTransaction(() => {
        const reflectionId = interviewId === null ? null : (interviews.get(interviewId), reflections.ensureRow(interviewId, now()).id);
        return actions.create(fields, { reflectionId, sourceKey }, now());
      }),
    'reflection.saveAction': ({ id, base, ...fields }) =>
      inTransaction(() => actions.update(id, base ? actionEdit(actions.get(id), fields, base) : fields, now())),
    'reflection.deleteAction': ({ id }) => {
      actions.delete(id);
      return null;
    },
    'reflection.patterns': () => {
      const byInterview = new Map(reflections.allForInterviews().map((row) => [row.interview_id, row]));
      const reflected = interviews
        .list({ search: '' }, now())
        .filter((interview) => byInterview.has(interview.id))
        // Oldest first, so companies are named in the order the user met them.
        .reverse()
        .map((interview) => ({ interview, drafts: draftsFromRow(byInterview.get(interview.id)) }));
      return detectPatterns(reflected);
    },
    'reflection.recentConfidence': () => confidence.recent(),
    'reflection.exportMarkdown': ({ interviewId }) => reflectionMarkdown(view(interviewId), { exportedAt: now() }),
    'reflection.getForSession': ({ sessionId }) => sessions.get(sessionId),
    'reflection.saveForSession': ({ sessionId, base, ...notes }) =>
      inTransaction(() => sessions.save({ sessionId, ...(base ? sessionNotesEdit(sessions.get(sessionId), notes, base) : notes) }, now())),
  };
}
