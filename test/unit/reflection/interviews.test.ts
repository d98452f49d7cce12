import type { Result } from '../../../shared/contract/result';
import { afterEach, describe, expect, test } from 'vitest';
import { removeTempDirs } from '../../helpers/temp-dir';
import { call, callOk } from '../../helpers/test-core';
import { acme, logInterview, openCoreAt } from './reflection-core';

afterEach(removeTempDirs);

const pathsOf = (result: Result<unknown>) => (result.ok ? [] : (result.error.issues ?? []).map((i) => i.path));

describe('interview log', () => {
  test('logs an interview with defaults, and reads it back in the list', async () => {
    const clock = { now: new Date('2026-03-02T18:00:00Z') };
    const core = openCoreAt(clock);
    const saved = await callOk(core, 'reflection.saveInterview', {
      company: ' Acme ',
      role: 'Analyst',
      heldAt: '2026-03-02T15:00:00+01:00',
      stage: 'final',
      format: 'phone',
    });
    expect(saved).toMatchObject({
      company: 'Acme',
      heldAt: '2026-03-02T14:00:00.000Z',
      outcome: 'pending',
      interviewerEmail: '',
      notes: '',
    });
    const [row] = await callOk(core, 'reflection.listInterviews', {});
    expect(row).toMatchObject({
      id: saved.id,
      reflectionStatus: 'not_started',
      currentStep: null,
      thankYouReminder: false,
      openActionCount: 0,
    });
    core.close();
  });

  test('names each bad field: missing company or role, invalid email, unparseable or impossible date', async () => {
    const core = openCoreAt({ now: new Date() });
    const missing = await call(core, 'reflection.saveInterview', { ...acme, company: '  ', role: '' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(pathsOf(missing)).toEqual(['company', 'role']);
    if (!missing.ok) expect(missing.error.issues?.[0]?.message).toBe('Enter the company name');

    expect(pathsOf(await call(core, 'reflection.saveInterview', { ...acme, interviewerEmail: 'sam at acme' }))).toEqual([
      'interviewerEmail',
    ]);
    for (const heldAt of ['', 'next Tuesday', '2026-02-30T10:00:00Z', '20266-01-01T10:00:00Z', '2026-03-02T14:00']) {
      expect(pathsOf(await call(core, 'reflection.saveInterview', { ...acme, heldAt })), heldAt).toEqual(['heldAt']);
    }
    expect(pathsOf(await call(core, 'reflection.saveInterview', { ...acme, stage: 'third' as never }))).toEqual(['stage']);
    expect(await callOk(core, 'reflection.listInterviews', {})).toEqual([]);
    core.close();
  });

  test('edits and filters: by outcome, stage, and company or role ignoring case (accents included)', async () => {
    const core = openCoreAt({ now: new Date('2026-04-01T00:00:00Z') });
    const a = await logInterview(core, { company: 'Énergie SA', outcome: 'rejected', heldAt: '2026-03-01T10:00:00Z' });
    await logInterview(core, { company: 'Beta', role: 'Engineer', outcome: 'offer', stage: 'final', heldAt: '2026-03-05T10:00:00Z' });
    const edited = await callOk(core, 'reflection.saveInterview', { ...acme, id: a.id, company: 'Énergie SA', notes: 'Panel of three' });
    expect(edited).toMatchObject({ id: a.id, notes: 'Panel of three', createdAt: a.createdAt });

    const names = async (filters: object) => (await callOk(core, 'reflection.listInterviews', filters)).map((i) => i.company);
    expect(await names({})).toEqual(['Beta', 'Énergie SA']);
    expect(await names({ outcome: 'rejected' })).toEqual(['Énergie SA']);
    expect(await names({ stage: 'final' })).toEqual(['Beta']);
    expect(await names({ search: 'éNERGIE' })).toEqual(['Énergie SA']);
    expect(await names({ search: 'engineer' })).toEqual(['Beta']);
    expect(await call(core, 'reflection.saveInterview', { ...acme, id: 999 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    core.close();
  });

  test('shows a thank-you reminder a day after the interview, until the note is marked sent', async () => {
    const clock = { now: new Date('2026-03-03T13:00:00Z') };
    const core = openCoreAt(clock);
    const interview = await logInterview(core, { outcome: 'pending' });
    const rejected = await logInterview(core, { company: 'Elsewhere Ltd', outcome: 'rejected' });
    expect((await callOk(core, 'reflection.listInterviews', {}))[0]!.thankYouReminder).toBe(false);
    clock.now = new Date('2026-03-03T14:00:00Z');
    // After a rejection nothing nags about a thank-you note.
    expect((await callOk(core, 'reflection.get', { interviewId: rejected.id })).thankYouReminder).toBe(false);
    expect((await callOk(core, 'reflection.get', { interviewId: interview.id })).thankYouReminder).toBe(true);
    await callOk(core, 'reflection.markEmailSent', { interviewId: interview.id, kind: 'thank_you', sentOn: '2026-03-03' });
    expect((await callOk(core, 'reflection.get', { interviewId: interview.id })).thankYouReminder).toBe(false);
    expect((await callOk(core, 'reflection.listInterviews', {})).map((i) => i.thankYouReminder)).toEqual([false, false]);
    core.close();
  });

  test('deleting an interview removes its reflection and action items, but keeps questions added to the bank', async () => {
    const core = openCoreAt({ now: new Date('2026-03-03T10:00:00Z') });
    const interview = await logInterview(core);
    await callOk(core, 'reflection.createAction', { interviewId: interview.id, kind: 'skill', title: 'Learn SQL' });
    await callOk(core, 'reflection.createAction', { kind: 'research', title: 'My own item' });
    await callOk(core, 'reflection.addStruggledQuestion', { interviewId: interview.id, itemKey: 'q1', text: 'Why us?' });

    await callOk(core, 'reflection.deleteInterview', { id: interview.id });
    expect(await callOk(core, 'reflection.listInterviews', {})).toEqual([]);
    expect((await callOk(core, 'reflection.listActions', {})).map((a) => a.title)).toEqual(['My own item']);
    expect(core.db.prepare('SELECT count(*) AS n FROM reflections').get()).toEqual({ n: 0 });
    expect(core.db.prepare("SELECT count(*) AS n FROM questions WHERE text = 'Why us?'").get()).toEqual({ n: 1 });
    expect(await call(core, 'reflection.deleteInterview', { id: interview.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await call(core, 'reflection.get', { interviewId: interview.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    core.close();
  });
});
