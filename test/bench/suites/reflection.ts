import { callOk, openTestCore } from '../../helpers/test-core';
import { type BenchRow, measure, row } from '../measure';
import { saveStepNow } from '../../helpers/step-save';

const interviewCount = 300;
const requirementsEach = 12;

/** A realistic heavy user: 300 interviews, each fully reflected on, 3 action items each. */
async function seed(core: ReturnType<typeof openTestCore>) {
  const companies = ['Acme', 'Beta', 'Gamma', 'Delta', 'Epsilon', 'Zeta'];
  let lastId = 0;
  for (let i = 0; i < interviewCount; i++) {
    const { id } = await callOk(core, 'reflection.saveInterview', {
      company: `${companies[i % companies.length]} ${Math.floor(i / 6)}`,
      role: 'Data Analyst',
      heldAt: new Date(Date.UTC(2024, 0, 1) + i * 86_400_000).toISOString(),
      stage: 'first',
      format: 'video',
      outcome: i % 3 === 0 ? 'rejected' : 'pending',
      jobDescription: 'Requirements: '.padEnd(2000, 'x'),
    });
    const requirements = Array.from({ length: requirementsEach }, (_, r) => ({
      key: `r${r}`,
      text: `Requirement number ${r % 8}`,
      status: (['met', 'partly', 'missing'] as const)[r % 3],
    }));
    await saveStepNow(core, id, 'qualifications', { requirements });
    await saveStepNow(core, id, 'improve', {
      researchRating: (i % 5) + 1,
      struggled: [{ key: 's1', text: `Why ${companies[i % 6]}?`, category: 'Motivation' }],
      logistics: [{ issue: 'punctuality', note: 'Late' }],
    });
    for (const kind of ['skill', 'credential', 'logistics'] as const) {
      await callOk(core, 'reflection.createAction', { interviewId: id, kind, title: `${kind} for ${id}`, dueOn: '2026-06-01' });
    }
    lastId = id;
  }
  return lastId;
}

export async function reflectionBench(): Promise<BenchRow[]> {
  const core = openTestCore();
  const lastId = await seed(core);
  const raw = {
    interviews: core.db.prepare('SELECT * FROM interviews'),
    reflections: core.db.prepare('SELECT * FROM reflections'),
    actions: core.db.prepare('SELECT * FROM action_items'),
    one: core.db.prepare('SELECT * FROM reflections WHERE interview_id = ?'),
    update: core.db.prepare('UPDATE reflections SET improve = ? WHERE interview_id = ?'),
  };
  // Each write changes the draft, as typing does: an unchanged page would skip the commit's fsync.
  let keystroke = 0;
  const draft = () => ({ researchRating: 2, researchNotes: `Read the annual report and the press releases ${keystroke++}`.repeat(4) });
  const rawWrite = core.db.transaction(() => raw.update.run(JSON.stringify(draft()), lastId));
  const start = await callOk(core, 'reflection.get', { interviewId: lastId });
  let autosaved = { version: start.version, draft: start.drafts.improve };

  const rows = [
    row(
      'reflection.listInterviews (log with reminders)',
      interviewCount,
      await measure(() => callOk(core, 'reflection.listInterviews', {}), { iterations: 100 }),
      await measure(() => raw.interviews.all(), { iterations: 100 }),
      'raw SELECT * FROM interviews',
    ),
    row(
      'reflection.patterns (across all reflections)',
      interviewCount,
      await measure(() => callOk(core, 'reflection.patterns', {}), { iterations: 50 }),
      await measure(() => raw.reflections.all(), { iterations: 50 }),
      'raw SELECT * FROM reflections',
    ),
    row(
      'reflection.listActions (career plan)',
      interviewCount * 3,
      await measure(() => callOk(core, 'reflection.listActions', { status: 'open' }), { iterations: 100 }),
      await measure(() => raw.actions.all(), { iterations: 100 }),
      'raw SELECT * FROM action_items',
    ),
    row(
      'reflection.get (open one reflection)',
      1,
      await measure(() => callOk(core, 'reflection.get', { interviewId: lastId })),
      await measure(() => raw.one.get(lastId)),
      'raw SELECT of its reflections row',
    ),
    row(
      'reflection.saveStep (one autosave)',
      1,
      await measure(async () => {
        // One autosave as the page sends it: based on the version the previous save answered.
        const outcome = await callOk(core, 'reflection.saveStep', {
          interviewId: lastId,
          save: { baseVersion: autosaved.version, base: { improve: autosaved.draft }, changes: { improve: draft() } },
        });
        if (outcome.status !== 'saved') throw new Error('the bench autosave met a conflict');
        autosaved = { version: outcome.version, draft: outcome.values.improve };
      }),
      await measure(rawWrite),
      'raw UPDATE of the draft column, one commit',
    ),
    row(
      'reflection.exportMarkdown',
      1,
      await measure(() => callOk(core, 'reflection.exportMarkdown', { interviewId: lastId })),
      await measure(() => callOk(core, 'reflection.get', { interviewId: lastId })),
      'reflection.get of the same interview',
    ),
  ];
  core.close();
  return rows;
}
