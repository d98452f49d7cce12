import { afterEach, describe, expect, test } from 'vitest';
import { emptyDrafts } from '../../../shared/domain/reflection/drafts';
import { removeTempDirs } from '../../helpers/temp-dir';
import { call, callOk } from '../../helpers/test-core';
import { logInterview, openCoreAt } from './reflection-core';
import { saveStepNow } from '../../helpers/step-save';

afterEach(removeTempDirs);

describe('guided reflection drafts', () => {
  test('an interview not reflected on yet reads as empty drafts at step 1, without writing anything', async () => {
    const core = openCoreAt({ now: new Date('2026-03-02T15:00:00Z') });
    const { id } = await logInterview(core);
    const view = await callOk(core, 'reflection.get', { interviewId: id });
    expect(view).toMatchObject({
      started: false,
      currentStep: 1,
      finishedAt: null,
      drafts: emptyDrafts(),
      actionItems: [],
      addedQuestions: [],
    });
    expect(core.db.prepare('SELECT count(*) AS n FROM reflections').get()).toEqual({ n: 0 });
    core.close();
  });

  test('partial drafts are saved as typed, per step, and survive reopening the app', async () => {
    const clock = { now: new Date('2026-03-02T15:00:00Z') };
    const core = openCoreAt(clock);
    const { id } = await logInterview(core);
    const saved = await saveStepNow(core, id, 'roleFit', { fitRating: 2, attracted: 'The data platform' });
    expect(saved).toMatchObject({ status: 'saved', version: 1, savedAt: '2026-03-02T15:00:00.000Z' });
    await saveStepNow(core, id, 'qualifications', { requirements: [{ key: 'k1', text: 'SQL', status: null }] });
    await callOk(core, 'reflection.setStep', { interviewId: id, step: 3 });
    core.close();

    const again = openCoreAt(clock, core.dataDir);
    const view = await callOk(again, 'reflection.get', { interviewId: id });
    expect(view.started).toBe(true);
    expect(view.currentStep).toBe(3);
    expect(view.drafts.roleFit).toEqual({ fitRating: 2, attracted: 'The data platform', concerns: [], concernNotes: '', applyAgain: null });
    expect(view.drafts.qualifications.requirements).toEqual([{ key: 'k1', text: 'SQL', status: null }]);
    expect((await callOk(again, 'reflection.listInterviews', {}))[0]).toMatchObject({ reflectionStatus: 'in_progress', currentStep: 3 });
    again.close();
  });

  test('reaching the summary marks the reflection finished, once; going back keeps it finished', async () => {
    const clock = { now: new Date('2026-03-02T15:00:00Z') };
    const core = openCoreAt(clock);
    const { id } = await logInterview(core);
    expect(await callOk(core, 'reflection.setStep', { interviewId: id, step: 6 })).toEqual({
      currentStep: 6,
      finishedAt: '2026-03-02T15:00:00.000Z',
    });
    clock.now = new Date('2026-03-05T09:00:00Z');
    expect(await callOk(core, 'reflection.setStep', { interviewId: id, step: 2 })).toEqual({
      currentStep: 2,
      finishedAt: '2026-03-02T15:00:00.000Z',
    });
    expect((await callOk(core, 'reflection.listInterviews', {}))[0]!.reflectionStatus).toBe('finished');
    core.close();
  });

  test('refuses what is malformed, naming the field, and writes nothing for an interview that is gone', async () => {
    const core = openCoreAt({ now: new Date() });
    const { id } = await logInterview(core);
    const save = (changes: object) => ({ baseVersion: 0, base: Object.fromEntries(Object.keys(changes).map((k) => [k, {}])), changes });
    const tooLong = await call(core, 'reflection.saveStep', { interviewId: id, save: save({ roleFit: { attracted: 'x'.repeat(2001) } }) });
    expect(tooLong.ok ? [] : tooLong.error.issues?.map((i) => i.path)).toEqual(['save.changes.roleFit.attracted']);
    const badRating = await call(core, 'reflection.saveStep', { interviewId: id, save: save({ confidence: { selfRating: 6 } }) });
    expect(badRating.ok ? [] : badRating.error.issues?.map((i) => i.path)).toEqual(['save.changes.confidence.selfRating']);
    const badKey = await call(core, 'reflection.saveStep', {
      interviewId: id,
      save: save({ improve: { struggled: [{ key: '../x', text: 'Why?' }] } }),
    });
    expect(badKey.ok).toBe(false);
    const extra = await call(core, 'reflection.saveStep', { interviewId: id, save: save({ respond: { sneaky: true } }) as never });
    const noBase = await call(core, 'reflection.saveStep', {
      interviewId: id,
      save: { baseVersion: 0, base: {}, changes: { respond: {} } },
    });
    expect(noBase.ok ? [] : noBase.error.issues?.map((i) => i.path)).toEqual(['save.base.respond']);
    const unknownStep = await call(core, 'reflection.saveStep', { interviewId: id, save: save({ summary: {} }) as never });
    expect(unknownStep.ok).toBe(false);
    expect(extra.ok).toBe(false);
    expect(await call(core, 'reflection.setStep', { interviewId: id, step: 7 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });

    const gone = await call(core, 'reflection.saveStep', { interviewId: 404, save: save({ roleFit: {} }) });
    expect(gone).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await call(core, 'reflection.markEmailSent', { interviewId: 404, kind: 'thank_you', sentOn: '2026-03-03' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(core.db.prepare('SELECT count(*) AS n FROM reflections').get()).toEqual({ n: 0 });
    core.close();
  });

  test('email sent dates are recorded and can be cleared; an impossible date is refused', async () => {
    const core = openCoreAt({ now: new Date('2026-03-04T10:00:00Z') });
    const { id } = await logInterview(core);
    expect(await callOk(core, 'reflection.markEmailSent', { interviewId: id, kind: 'feedback_request', sentOn: '2026-03-04' })).toEqual({
      thankYouSentOn: null,
      feedbackRequestSentOn: '2026-03-04',
    });
    expect(await callOk(core, 'reflection.markEmailSent', { interviewId: id, kind: 'feedback_request', sentOn: null })).toEqual({
      thankYouSentOn: null,
      feedbackRequestSentOn: null,
    });
    const bad = await call(core, 'reflection.markEmailSent', { interviewId: id, kind: 'thank_you', sentOn: '2026-02-30' });
    expect(bad.ok ? [] : bad.error.issues?.map((i) => i.path)).toEqual(['sentOn']);
    core.close();
  });

  test('exports the reflection as a Markdown file', async () => {
    const core = openCoreAt({ now: new Date('2026-03-04T10:00:00Z') });
    const { id } = await logInterview(core);
    await saveStepNow(core, id, 'improve', { researchRating: 1, researchNotes: '# none' });
    const file = await callOk(core, 'reflection.exportMarkdown', { interviewId: id });
    expect(file.fileName).toBe('reflection-acme-ltd-data-analyst-2026-03-02.md');
    expect(file.content).toContain('- **How much I did:** 1 / 5');
    expect(file.content).toContain('\\# none');
    core.close();
  });
});
