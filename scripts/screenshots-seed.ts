/**
 * The screenshots' data (see `screenshots.ts`): a fresh data folder seeded through the app's own dispatcher
 * (validation included) with a hand-moved clock — five weeks of practice, a first round at Harbour Lane three
 * weeks ago with its reflection, and the second round six days ahead with its preparation plan.
 */
import { createAppCore } from '../electron/main/app-core';
import { confBackend } from '../electron/main/settings/conf-backend';
import type { InputOf, OutputOf } from '../shared/contract/channel';
import type { ChannelName, Contract } from '../shared/contract/index';
import { dayOf } from '../shared/domain/dates/format';
import { improveDraftSchema } from '../shared/domain/reflection/drafts';
import type { InterviewReflection } from '../shared/domain/reflection/reflection';
import { emptySelfCheck } from '../shared/domain/sessions';

const day = 86_400_000;

type Core = ReturnType<typeof createAppCore>;

/** A call through the app's dispatcher (validation included), as the page makes it. */
async function callOk<N extends ChannelName>(core: Core, channel: N, input: InputOf<Contract[N]>): Promise<OutputOf<Contract[N]>> {
  const result = (await core.dispatch(channel, input, { transport: 'test' })) as
    { ok: true; value: OutputOf<Contract[N]> } | { ok: false; error: { message: string } };
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value;
}

/** One session of `questionIds` answered at the core's clock, rated `rating(position)`; the first over the limit when `overLimit`. */
async function practise(core: Core, questionIds: number[], rating: (i: number) => number, overLimit = false) {
  const options = await callOk(core, 'sessions.setupOptions', {});
  const setup = { ...options.defaults, count: questionIds.length, pressure: 'soft' as const };
  const session = await callOk(core, 'sessions.start', { setup, questionIds });
  for (const [position] of questionIds.entries()) {
    await callOk(core, 'sessions.saveAnswer', {
      sessionId: session.id,
      position,
      skipped: false,
      confidence: rating(position),
      timeUsedMs: overLimit && position === 0 ? 150_000 : 70_000 + position * 9_000,
      // Filler words slip now and then: readiness lists a self-check item that keeps failing.
      selfCheck: {
        ...emptySelfCheck(),
        eyeContact: true,
        posture: position % 4 !== 1,
        pace: true,
        structure: true,
        answeredQuestion: true,
        fillerWords: position % 3 === 0,
      },
      note: '',
      struggled: false,
    });
  }
  await callOk(core, 'sessions.end', { sessionId: session.id });
}

/**
 * The first round at Harbour Lane three weeks ago and its reflection, walked through the steps a user fills in:
 * the role, the requirements (one missing, one partly met), confidence and body language, and two questions
 * struggled with, which go into the "From my interviews" bank (and so into the second round's plan).
 */
async function reflectOnFirstRound(core: Core, heldAt: Date) {
  const interview = await callOk(core, 'reflection.saveInterview', {
    company: 'Harbour Lane Accountants',
    role: 'Audit Senior',
    heldAt: heldAt.toISOString(),
    stage: 'first',
    format: 'video',
    interviewerName: 'Priya Shah',
    jobDescription: 'Plan and lead audits of mid-sized clients, test internal controls, apply IFRS and coach a small team.',
  });
  const saveStep = async (changes: Partial<InterviewReflection['drafts']>) => {
    const current = await callOk(core, 'reflection.get', { interviewId: interview.id });
    const base = Object.fromEntries(Object.keys(changes).map((key) => [key, current.drafts[key as keyof typeof changes]]));
    await callOk(core, 'reflection.saveStep', { interviewId: interview.id, save: { baseVersion: current.version, base, changes } });
  };
  await saveStep({
    roleFit: {
      fitRating: 4,
      attracted: 'Mid-sized clients, so I would see whole audits rather than one corner of them.',
      concerns: ['scope'],
      concernNotes: 'Less coaching of juniors than I hoped in year one.',
      applyAgain: 'yes',
    },
  });
  await saveStep({
    qualifications: {
      requirements: [
        { key: 'aca', text: 'ACA qualified or in the final year', status: 'partly' },
        { key: 'audit', text: 'Two years of external audit experience', status: 'met' },
        { key: 'ifrs', text: 'Working knowledge of IFRS 15 and 16', status: 'missing' },
        { key: 'excel', text: 'Strong Excel and data analytics', status: 'met' },
        { key: 'team', text: 'Has supervised a small audit team', status: 'met' },
      ],
    },
  });
  await saveStep({
    confidence: {
      selfRating: 3,
      checklist: { eye_contact: 'good', posture: 'good', looking_down: 'work_on', still_hands: 'work_on', smiling: 'good' },
      notes: 'Calm at the start; rushed the technical questions and kept glancing at my notes.',
    },
  });
  const struggled = [
    { key: 'ifrs16', text: 'Walk me through how IFRS 16 changed the way leases are accounted for.', category: 'Technical' },
    { key: 'sampling', text: 'How would you choose a sample size when testing a control?', category: 'Technical' },
  ];
  await saveStep({
    improve: { ...improveDraftSchema.parse({}), struggled, researchRating: 3, researchNotes: 'Read their audit quality report next time.' },
  });
  for (const item of struggled) {
    await callOk(core, 'reflection.addStruggledQuestion', {
      interviewId: interview.id,
      itemKey: item.key,
      text: item.text,
      category: item.category,
    });
  }
  await callOk(core, 'reflection.setStep', { interviewId: interview.id, step: 4 });
  // No outcome yet, only the invitation to a second round: the user dismissed "How did it go?" (no outcome fits).
  await callOk(core, 'reflection.dismissReminder', { interviewId: interview.id, kind: 'outcome' });
  // The thank-you went the same day.
  await callOk(core, 'reflection.markEmailSent', { interviewId: interview.id, kind: 'thank_you', sentOn: dayOf(heldAt) });
  return interview.id;
}

/** Seeds `dataDir`; returns the upcoming interview's id and the earlier round's (with its reflection). */
export async function seed(dataDir: string): Promise<{ upcomingId: number; reflectedId: number }> {
  const now = Date.now();
  const clock = { now: new Date(now - 35 * day) };
  const core = createAppCore({ dataDir, mode: 'browser', version: 'screenshots', settingsBackend: confBackend, now: () => clock.now });
  try {
    // The starter banks a fresh data folder gets: questions to answer, not the ones to ask an interviewer.
    const ids: number[] = [];
    for (const bank of await callOk(core, 'banks.list', { includeArchived: false })) {
      if (bank.purpose !== 'answer') continue;
      ids.push(...(await callOk(core, 'questions.list', { bankId: bank.id, includeArchived: false })).slice(0, 10).map((q) => q.id));
    }
    // Until the second round is logged, practice draws on the banks; then mostly on its preparation plan.
    let pool = ids.slice(0, 30);
    let reflectedId = 0;
    // Five weeks of practice, a session every three days and then daily up to today, ratings rising from 2–3 to 4–5.
    for (let d = 35; d >= 0; d -= d > 10 ? 3 : 1) {
      clock.now = new Date(now - d * day - 2 * 3_600_000);
      const progress = (35 - d) / 34;
      const today = pool.filter((_, i) => (i + d) % 4 === 0).slice(0, 6);
      await practise(core, today, (i) => Math.min(5, 2 + Math.round(progress * 2.4 + ((i + d) % 3) / 2)), d % 5 === 0);
      if (d === 20) {
        const firstRound = new Date(now - 21 * day);
        firstRound.setHours(14, 0, 0, 0);
        reflectedId = await reflectOnFirstRound(core, firstRound);
      }
      if (d === 8) {
        const heldAt = new Date(now + 6 * day);
        heldAt.setHours(10, 0, 0, 0);
        const interview = await callOk(core, 'reflection.saveInterview', {
          company: 'Harbour Lane Accountants',
          role: 'Audit Senior',
          heldAt: heldAt.toISOString(),
          stage: 'second',
          format: 'in_person',
          jobDescription: 'Plan and lead audits of mid-sized clients, test internal controls, apply IFRS and coach a small team.',
        });
        // The plan as a user builds it: it starts with what they struggled with in the first round (the app adds
        // those), then what the job description suggests, and some of their own picks.
        const started = await callOk(core, 'progress.plan', { interviewId: interview.id });
        const suggestions = await callOk(core, 'progress.planSuggestions', { interviewId: interview.id });
        const questions = [
          ...started.questions.map((q) => ({ questionId: q.questionId, source: q.source })),
          ...suggestions.jobDescription.slice(0, 3).map((q) => ({ questionId: q.questionId, source: 'job_description' as const })),
        ];
        for (const questionId of ids) {
          if (questions.length >= 12) break;
          if (!questions.some((q) => q.questionId === questionId)) questions.push({ questionId, source: 'picked' });
        }
        await callOk(core, 'progress.savePlan', { interviewId: interview.id, questions });
        const planned = questions.map((q) => q.questionId);
        pool = [...planned.slice(0, 9), ...ids.slice(12, 30)];
      }
    }
    clock.now = new Date(now);
    const upcoming = await callOk(core, 'progress.upcoming', {});
    if (!upcoming.next) throw new Error('the seeded interview is not upcoming');
    return { upcomingId: upcoming.next.id, reflectedId };
  } finally {
    core.close();
  }
}
