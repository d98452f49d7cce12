import type { Result } from '../../../shared/contract/result';
import { afterEach, describe, expect, test } from 'vitest';
import { removeTempDirs } from '../../helpers/temp-dir';
import { call, callOk } from '../../helpers/test-core';
import { logInterview, openCoreAt } from './reflection-core';

afterEach(removeTempDirs);

describe('action items', () => {
  test('a missing requirement becomes one action item, however often it is asked for, and can be marked done', async () => {
    const clock = { now: new Date('2026-03-04T10:00:00Z') };
    const core = openCoreAt(clock);
    const { id } = await logInterview(core);
    const first = await callOk(core, 'reflection.createAction', {
      interviewId: id,
      sourceKey: 'requirement:k3',
      kind: 'credential',
      title: 'Tableau certification',
      dueOn: '2026-05-01',
    });
    expect(first).toMatchObject({
      kind: 'credential',
      done: false,
      doneAt: null,
      interview: { id, company: 'Acme Ltd', role: 'Data Analyst' },
    });
    const again = await callOk(core, 'reflection.createAction', {
      interviewId: id,
      sourceKey: 'requirement:k3',
      kind: 'skill',
      title: 'Tableau',
    });
    expect(again.id).toBe(first.id);
    expect(again).toMatchObject({ kind: 'skill', title: 'Tableau', dueOn: null });

    clock.now = new Date('2026-03-10T08:00:00Z');
    const done = await callOk(core, 'reflection.saveAction', { id: first.id, kind: 'skill', title: 'Tableau', dueOn: null, done: true });
    expect(done).toMatchObject({ done: true, doneAt: '2026-03-10T08:00:00.000Z' });
    const view = await callOk(core, 'reflection.get', { interviewId: id });
    expect(view.actionItems).toEqual([done]);
    expect((await callOk(core, 'reflection.listInterviews', {}))[0]!.openActionCount).toBe(0);
    core.close();
  });

  test('lists across reflections with filters, open first and by due date', async () => {
    const core = openCoreAt({ now: new Date('2026-03-04T10:00:00Z') });
    const a = await logInterview(core);
    const b = await logInterview(core, { company: 'Beta' });
    const make = (title: string, kind: 'skill' | 'logistics' | 'practice', dueOn: string | null, interviewId: number | null) =>
      callOk(core, 'reflection.createAction', { title, kind, dueOn, interviewId });
    await make('Later', 'skill', '2026-06-01', a.id);
    await make('Undated', 'logistics', null, b.id);
    const soon = await make('Soon', 'skill', '2026-04-01', null);
    await callOk(core, 'reflection.saveAction', { id: soon.id, kind: 'skill', title: 'Soon', dueOn: '2026-04-01', done: true });

    const titles = async (filters: object) => (await callOk(core, 'reflection.listActions', filters)).map((x) => x.title);
    expect(await titles({})).toEqual(['Later', 'Undated', 'Soon']);
    expect(await titles({ status: 'open' })).toEqual(['Later', 'Undated']);
    expect(await titles({ status: 'done' })).toEqual(['Soon']);
    expect(await titles({ kind: 'logistics' })).toEqual(['Undated']);
    expect(await titles({ interviewId: a.id })).toEqual(['Later']);
    core.close();
  });

  test('bad input is named at the field; unknown items and interviews are not_found', async () => {
    const core = openCoreAt({ now: new Date() });
    const paths = (r: Result<unknown>) => (r.ok ? [] : r.error.issues?.map((i) => i.path));
    expect(paths(await call(core, 'reflection.createAction', { kind: 'skill', title: '  ' }))).toEqual(['title']);
    expect(paths(await call(core, 'reflection.createAction', { kind: 'hobby' as never, title: 'x' }))).toEqual(['kind']);
    expect(paths(await call(core, 'reflection.createAction', { kind: 'skill', title: 'x', dueOn: 'soon' }))).toEqual(['dueOn']);
    expect(paths(await call(core, 'reflection.createAction', { kind: 'skill', title: 'x', sourceKey: 'requirement:k1' }))).toEqual([
      'sourceKey',
    ]);
    expect(await call(core, 'reflection.createAction', { kind: 'skill', title: 'x', interviewId: 77 })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(await call(core, 'reflection.saveAction', { id: 77, kind: 'skill', title: 'x', dueOn: null, done: false })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    const mine = await callOk(core, 'reflection.createAction', { kind: 'practice', title: 'Mock interview weekly' });
    await callOk(core, 'reflection.deleteAction', { id: mine.id });
    expect(await call(core, 'reflection.deleteAction', { id: mine.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    core.close();
  });
});
