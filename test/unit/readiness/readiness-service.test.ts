import { afterEach, describe, expect, test } from 'vitest';
import { emptySelfCheck } from '../../../shared/domain/sessions';
import { call, callOk } from '../../helpers/test-core';
import { removeTempDirs } from '../../helpers/temp-dir';
import { openCoreAt, type Clock, type Core } from '../reflection/reflection-core';
import { insertBank, insertQuestion, setupFor } from '../sessions/fixtures';

const cores: Core[] = [];
function open(clock: Clock, dataDir?: string) {
  const core = openCoreAt(clock, dataDir);
  cores.push(core);
  return core;
}
afterEach(() => {
  cores.splice(0).forEach((c) => c.close());
  removeTempDirs();
});

const local = (d: number, h = 9) => new Date(2026, 3, d, h);

function seedBank(core: Core) {
  const bank = insertBank(core.db, 'Audit');
  const ids = {
    controls: insertQuestion(core.db, bank, {
      text: 'How would you test internal controls over revenue?',
      category: 'Technical',
      tags: ['audit'],
    }),
    ifrs: insertQuestion(core.db, bank, { text: 'Explain IFRS 15 in plain words.', category: 'Technical', tags: ['ifrs'] }),
    team: insertQuestion(core.db, bank, { text: 'Tell me about leading a team.', category: 'Leadership' }),
    unrelated: insertQuestion(core.db, bank, { text: 'Favourite holiday?', category: 'Chat' }),
  };
  return { bank, ids };
}

const jd = 'Audit Senior. You will plan audits, test internal controls and apply IFRS to revenue. Auditing experience required.';

async function logUpcoming(core: Core, heldAt: Date, fields: Record<string, unknown> = {}) {
  return callOk(core, 'reflection.saveInterview', {
    company: 'Harbour Lane Accountants',
    role: 'Audit Senior',
    heldAt: heldAt.toISOString(),
    stage: 'first',
    format: 'video',
    jobDescription: jd,
    ...fields,
  });
}

async function answer(core: Core, questionIds: number[], bank: number, rating: number, extra: Record<string, unknown> = {}) {
  const session = await callOk(core, 'sessions.start', {
    setup: setupFor([bank], { count: questionIds.length, order: 'due' }),
    questionIds,
  });
  for (const [position] of questionIds.entries()) {
    await callOk(core, 'sessions.saveAnswer', {
      sessionId: session.id,
      position,
      skipped: false,
      confidence: rating,
      timeUsedMs: 60_000,
      cutOffAtLimit: false,
      selfCheck: emptySelfCheck(),
      note: '',
      struggled: false,
      ...extra,
    });
  }
  await callOk(core, 'sessions.end', { sessionId: session.id });
}

describe('an upcoming interview and its plan', () => {
  test('home sees the next interview with a countdown in local days, and past pending ones ask for the outcome', async () => {
    const clock = { now: local(1, 20) };
    const core = open(clock);
    await logUpcoming(core, local(7, 10));
    const later = await logUpcoming(core, local(20, 10), { company: 'Other' });
    const summary = await callOk(core, 'progress.upcoming', {});
    expect(summary.next).toMatchObject({ company: 'Harbour Lane Accountants', role: 'Audit Senior', daysLeft: 6 });
    clock.now = local(6, 23);
    expect((await callOk(core, 'progress.upcoming', {})).next?.daysLeft).toBe(1);
    clock.now = local(7, 8);
    expect((await callOk(core, 'progress.upcoming', {})).next?.daysLeft).toBe(0);
    clock.now = local(7, 18);
    const after = await callOk(core, 'progress.upcoming', {});
    expect(after.next?.id).toBe(later.id);
    expect(after.awaitingOutcome.map((i) => i.company)).toEqual(['Harbour Lane Accountants']);
  });

  test('job-description matches are suggested with their words; the saved plan survives a restart; bad ids write nothing', async () => {
    const clock = { now: local(1) };
    const core = open(clock);
    const { ids } = seedBank(core);
    const interview = await logUpcoming(core, local(8));
    const suggestions = await callOk(core, 'progress.planSuggestions', { interviewId: interview.id });
    const suggested = suggestions.jobDescription.map((s) => s.questionId);
    expect(suggested).toContain(ids.controls);
    expect(suggested).toContain(ids.ifrs);
    expect(suggested).not.toContain(ids.unrelated);
    expect(suggestions.jobDescription.find((s) => s.questionId === ids.controls)?.reason).toMatch(/audit.*controls|controls.*revenue/);

    await callOk(core, 'progress.savePlan', {
      interviewId: interview.id,
      questions: [
        { questionId: ids.controls, source: 'job_description' },
        { questionId: ids.team, source: 'picked' },
      ],
    });
    const refused = await call(core, 'progress.savePlan', {
      interviewId: interview.id,
      questions: [
        { questionId: ids.ifrs, source: 'picked' },
        { questionId: 999_999, source: 'picked' },
      ],
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'questions.1.questionId' }] } });
    const twice = await call(core, 'progress.savePlan', {
      interviewId: interview.id,
      questions: [
        { questionId: ids.ifrs, source: 'picked' },
        { questionId: ids.ifrs, source: 'picked' },
      ],
    });
    expect(twice.ok).toBe(false);

    const dir = core.dataDir;
    core.close();
    cores.splice(cores.indexOf(core), 1);
    const reopened = open(clock, dir);
    const plan = await callOk(reopened, 'progress.plan', { interviewId: interview.id });
    expect(plan.questions.map((q) => [q.questionId, q.source])).toEqual([
      [ids.controls, 'job_description'],
      [ids.team, 'picked'],
    ]);
  });

  test('the due queue puts plan questions first, never practised first; readiness counts facts; after the day plain FSRS is back', async () => {
    const clock = { now: local(1) };
    const core = open(clock);
    const { bank, ids } = seedBank(core);
    // Practised before the plan: due again soon by FSRS, outside any plan.
    await answer(core, [ids.unrelated, ids.team], bank, 1);
    clock.now = local(1, 10);
    const interview = await logUpcoming(core, local(8, 10));
    await callOk(core, 'progress.savePlan', {
      interviewId: interview.id,
      questions: [ids.controls, ids.ifrs, ids.team].map((questionId) => ({ questionId, source: 'picked' as const })),
    });
    const queue = await callOk(core, 'progress.dueQuestions', { limit: 20 });
    expect(queue.map((q) => [q.questionId, q.inPlan])).toEqual([
      [ids.controls, true],
      [ids.ifrs, true],
      [ids.team, true],
      [ids.unrelated, false],
    ]);

    let facts = await callOk(core, 'progress.readiness', { interviewId: interview.id });
    expect(facts).toMatchObject({ practised: 1, never: 2, ready: 0, interview: { daysLeft: 7 } });
    // Never practised first, then the due one.
    expect(facts.today.neverIds.sort()).toEqual([ids.controls, ids.ifrs].sort());
    expect(facts.today.sessionIds.slice(0, 2).sort()).toEqual([ids.controls, ids.ifrs].sort());
    expect(facts.today.sessionIds[2]).toBe(ids.team);

    // Day 0: everything practised, one cut off at the limit, one self-check done with pace missed twice.
    const missedPace = { ...emptySelfCheck(), eyeContact: true };
    await answer(core, [ids.controls, ids.ifrs], bank, 5, { selfCheck: missedPace });
    await answer(core, [ids.team], bank, 4, { cutOffAtLimit: true, timeUsedMs: 120_000 });
    facts = await callOk(core, 'progress.readiness', { interviewId: interview.id });
    expect(facts).toMatchObject({ practised: 3, never: 0, ready: 2, time: { timed: 3, over: 1, within: 2 } });
    expect(facts.failingChecks.map((c) => c.key)).toContain('pace');
    expect(facts.failingChecks.find((c) => c.key === 'pace')?.questionIds.sort()).toEqual([ids.controls, ids.ifrs].sort());
    expect(facts.today.sessionIds).toEqual([]);

    // Easy answers would come back weeks later; the plan brings them back in the final window (day 6 = 2 days before).
    clock.now = local(5);
    const dayFive = (await callOk(core, 'progress.readiness', { interviewId: interview.id })).today.dueIds;
    expect(dayFive).not.toContain(ids.controls);
    expect(dayFive).not.toContain(ids.ifrs);
    clock.now = local(6);
    const windowFacts = await callOk(core, 'progress.readiness', { interviewId: interview.id });
    expect(windowFacts.today.dueIds.sort()).toEqual([ids.controls, ids.ifrs, ids.team].sort());
    expect((await callOk(core, 'progress.due', {})).dueToday).toBeGreaterThanOrEqual(3);

    // On the interview's day the cap is gone: the stored FSRS due time applies again.
    clock.now = local(8, 7);
    const after = await callOk(core, 'progress.dueQuestions', { limit: 20 });
    expect(after.filter((q) => q.inPlan)).toEqual([]);
    const stored = core.db.prepare('SELECT due FROM review_state WHERE question_id = ?').get(ids.controls) as { due: string };
    expect(new Date(stored.due).getTime()).toBeGreaterThan(local(9).getTime());
  });

  test('one definition of "due" and "never practised": home count, queue, question page and readiness agree', async () => {
    const clock = { now: local(1) };
    const core = open(clock);
    const { bank, ids } = seedBank(core);
    // Only skipped so far: an answer, but no rating, so still never practised.
    await answer(core, [ids.team], bank, 3, { skipped: true, confidence: null });
    const interview = await logUpcoming(core, local(8, 10));
    await callOk(core, 'progress.savePlan', {
      interviewId: interview.id,
      questions: [ids.controls, ids.ifrs, ids.team].map((questionId) => ({ questionId, source: 'picked' as const })),
    });
    const check = async () => {
      const [summary, queue, facts] = await Promise.all([
        callOk(core, 'progress.due', {}),
        callOk(core, 'progress.dueQuestions', { limit: 20 }),
        callOk(core, 'progress.readiness', { interviewId: interview.id }),
      ]);
      // Nothing outside the plan is in the queue here, so the home card and readiness count the same questions.
      expect(summary.neverPractised).toBe(facts.today.neverIds.length);
      expect(summary.dueToday).toBe(facts.today.dueIds.length);
      expect(summary.neverPractised).toBe(facts.never);
      expect(
        queue
          .filter((q) => q.neverPractised)
          .map((q) => q.questionId)
          .sort(),
      ).toEqual([...facts.today.neverIds].sort());
      expect(
        queue
          .filter((q) => !q.neverPractised)
          .map((q) => q.questionId)
          .sort(),
      ).toEqual([...facts.today.dueIds].sort());
      for (const q of facts.questions) {
        const history = await callOk(core, 'progress.questionHistory', { questionId: q.questionId, limit: 10 });
        expect(history.schedule?.neverPractised ?? true).toBe(q.neverPractised);
        if (!q.neverPractised) expect(history.schedule?.due).toBe(q.due);
        // Never practised is never "due for review" too.
        if (q.neverPractised) expect(q.dueToday).toBe(false);
      }
      return { summary, facts };
    };
    let seen = await check();
    expect(seen.summary).toMatchObject({ dueToday: 0, neverPractised: 3 });
    expect(seen.facts.questions.find((q) => q.questionId === ids.team)?.neverPractised).toBe(true);

    await answer(core, [ids.team], bank, 1);
    seen = await check();
    expect(seen.summary).toMatchObject({ dueToday: 1, neverPractised: 2 });
    // The plan's final window (day 6) brings the practised question back: due, and counted as due everywhere.
    await answer(core, [ids.controls, ids.ifrs], bank, 5);
    clock.now = local(6);
    seen = await check();
    expect(seen.summary).toMatchObject({ dueToday: 3, neverPractised: 0 });
  });

  test('a rejection’s struggled questions join the next interview’s plan, and earlier rounds with the same company (folded) seed a new one', async () => {
    const clock = { now: local(1) };
    const core = open(clock);
    const past = await logUpcoming(core, local(1, 8), { company: 'Café Ltd', outcome: 'rejected' });
    const next = await logUpcoming(core, local(12), { company: 'Somewhere Else' });
    const added = await callOk(core, 'reflection.addStruggledQuestion', { interviewId: past.id, itemKey: 'q1', text: 'Why audit?' });
    const plan = await callOk(core, 'progress.plan', { interviewId: next.id });
    expect(plan.questions.map((q) => [q.questionId, q.source])).toEqual([[added.questionId, 'struggled']]);

    // A later round with the same company, its name typed differently (combining accent, capitals).
    const secondRound = await logUpcoming(core, local(20), { company: 'CAFE\u0301 LTD', stage: 'second' });
    const seeded = await callOk(core, 'progress.plan', { interviewId: secondRound.id });
    expect(seeded.questions.map((q) => q.questionId)).toEqual([added.questionId]);
    const suggestions = await callOk(core, 'progress.planSuggestions', { interviewId: secondRound.id });
    expect(suggestions.struggled).toEqual([]);
  });
});
