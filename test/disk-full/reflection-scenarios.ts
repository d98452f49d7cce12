import { interview } from './inputs';
import { removeFirst, type Scenario, sql, value } from './scenario-types';

/** The interview log, its guided reflection, action items and the reflection after a mock interview. */
export const reflectionScenarios: Scenario[] = [
  {
    channel: 'reflection.saveInterview',
    async run(call, f, m) {
      const result = await call('reflection.saveInterview', interview(m));
      const saved = value<{ id: number }>(result);
      if (saved) f.made.interviews.push(saved.id);
      return { result, check: sql(m, 'SELECT count(*) FROM interviews WHERE company = ?', [m], 1) };
    },
  },
  {
    // One slot ('home'), replaced by every save: the key is shared, so only the latest acknowledged draft must hold.
    channel: 'reflection.saveInterviewDraft',
    async run(call, _f, m) {
      const draft = { company: m, role: 'Trainee', date: '', time: '', stage: '' as const, jobDescription: '' };
      const result = await call('reflection.saveInterviewDraft', { draft });
      return { result, check: sql('interview-draft', "SELECT company FROM interview_drafts WHERE slot = 'home'", [], m) };
    },
  },
  {
    channel: 'reflection.deleteInterview',
    run: (call, f) =>
      removeFirst(
        f.made.interviews,
        (id) => call('reflection.deleteInterview', { id }),
        (id) => sql(`interview-${id}`, 'SELECT count(*) FROM interviews WHERE id = ?', [id], 0),
      ),
  },
  {
    channel: 'reflection.saveStep',
    async run(call, f, m) {
      const view = await call('reflection.get', { interviewId: f.interviewId });
      const current = value<{ version: number; drafts: { roleFit: unknown } }>(view);
      if (!current) return { result: view, check: null };
      const save = { baseVersion: current.version, base: { roleFit: current.drafts.roleFit }, changes: { roleFit: { attracted: m } } };
      const result = await call('reflection.saveStep', { interviewId: f.interviewId, save });
      return {
        result,
        check: sql('role-fit', "SELECT json_extract(role_fit, '$.attracted') FROM reflections WHERE interview_id = ?", [f.interviewId], m),
      };
    },
  },
  {
    channel: 'reflection.setStep',
    async run(call, f, _m, round) {
      const step = 1 + (round % 5);
      const result = await call('reflection.setStep', { interviewId: f.interviewId, step });
      return { result, check: sql('current-step', 'SELECT current_step FROM reflections WHERE interview_id = ?', [f.interviewId], step) };
    },
  },
  {
    channel: 'reflection.markEmailSent',
    async run(call, f, _m, round) {
      const sentOn = `2026-02-${String(1 + (round % 28)).padStart(2, '0')}`;
      const result = await call('reflection.markEmailSent', { interviewId: f.interviewId, kind: 'thank_you', sentOn });
      return {
        result,
        check: sql('thank-you', 'SELECT thank_you_sent_on FROM reflections WHERE interview_id = ?', [f.interviewId], sentOn),
      };
    },
  },
  {
    channel: 'reflection.dismissReminder',
    async run(call, f, _m, round) {
      const kind = round % 2 === 0 ? 'thank_you' : 'outcome';
      const result = await call('reflection.dismissReminder', { interviewId: f.interviewId, kind });
      return {
        result,
        check: sql(
          `dismissed-${kind}`,
          'SELECT count(*) FROM reminder_dismissals WHERE interview_id = ? AND kind = ?',
          [f.interviewId, kind],
          1,
        ),
      };
    },
  },
  {
    channel: 'reflection.addStruggledQuestion',
    async run(call, f, m) {
      const result = await call('reflection.addStruggledQuestion', {
        interviewId: f.interviewId,
        itemKey: m.replace(/[^A-Za-z0-9_-]/g, '').slice(-40),
        text: m,
      });
      return { result, check: sql(m, 'SELECT count(*) FROM questions WHERE text = ?', [m], 1) };
    },
  },
  {
    channel: 'reflection.createAction',
    async run(call, f, m) {
      const result = await call('reflection.createAction', { kind: 'skill', title: m });
      const item = value<{ id: number }>(result);
      if (item) f.made.actions.push(item.id);
      return { result, check: sql(m, 'SELECT count(*) FROM action_items WHERE title = ?', [m], 1) };
    },
  },
  {
    channel: 'reflection.saveAction',
    async run(call, f, m) {
      const result = await call('reflection.saveAction', { id: f.actionId, kind: 'skill', title: m });
      return { result, check: sql('action-title', 'SELECT title FROM action_items WHERE id = ?', [f.actionId], m) };
    },
  },
  {
    channel: 'reflection.deleteAction',
    run: (call, f) =>
      removeFirst(
        f.made.actions,
        (id) => call('reflection.deleteAction', { id }),
        (id) => sql(`action-${id}`, 'SELECT count(*) FROM action_items WHERE id = ?', [id], 0),
      ),
  },
  {
    channel: 'reflection.saveForSession',
    async run(call, f, m) {
      if (f.sessionEnded) return null;
      const result = await call('reflection.saveForSession', { sessionId: f.sessionId, wentWell: m, toImprove: '', practiseNext: '' });
      return {
        result,
        check: sql(`session-reflection-${f.sessionId}`, 'SELECT went_well FROM reflections WHERE session_id = ?', [f.sessionId], m),
      };
    },
  },
];
