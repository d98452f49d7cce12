/**
 * Regenerates the README screenshots (`npm run screenshots`, after a build). It seeds a fresh data folder
 * through the app's own services (the IPC dispatcher, validation included) with a hand-moved clock: five weeks
 * of practice, a first round at Harbour Lane three weeks ago with its reflection (two struggled questions), and
 * the second round six days ahead with its preparation plan. Then it starts the real browser mode on it and
 * photographs, in Debian's Chromium at 1280×800: home with the countdown (home-upcoming), the plan (plan),
 * readiness in detail (readiness), Progress with "am I ready?" (progress) and its confidence chart (confidence),
 * step 4 of the reflection (reflection), the question banks (banks) and a mock interview a few seconds into an
 * answer (session). Run it once per theme: `--theme dark` writes the same pictures as `<name>-dark.png`.
 *
 * Options: `--out DIR` (default docs/screenshots), `--port N` (default 5730; browser mode on 127.0.0.1),
 * `--viewport WxH` (default 1280x800) and `--theme light|dark` (default light) to check layouts at other sizes,
 * `--more` to add the reflection list (reflection-list). Nothing is fetched from the network; the data folder is
 * removed at the end.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { createAppCore } from '../electron/main/app-core';
import { confBackend } from '../electron/main/settings/conf-backend';
import type { InputOf, OutputOf } from '../shared/contract/channel';
import type { ChannelName, Contract } from '../shared/contract/index';
import { dayOf } from '../shared/domain/dates/format';
import { improveDraftSchema } from '../shared/domain/reflection/drafts';
import type { InterviewReflection } from '../shared/domain/reflection/reflection';
import { emptySelfCheck } from '../shared/domain/sessions';
import { browserModeArgs, projectRoot } from '../test/helpers/browser-mode-command';
import { launchChromium } from '../test/helpers/chromium';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1]! : fallback);
const outDir = resolve(option('--out', 'docs/screenshots'));
const port = option('--port', '5730');
const [width, height] = option('--viewport', '1280x800').split('x').map(Number) as [number, number];
const theme = option('--theme', 'light') === 'dark' ? 'dark' : 'light';
const more = args.includes('--more');
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
async function seed(dataDir: string): Promise<{ upcomingId: number; reflectedId: number }> {
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

/** Browser mode on `dataDir` and `port`; resolves with its URL (with the token) once it prints it. */
function startBrowserMode(dataDir: string) {
  const child = spawn(process.execPath, browserModeArgs, {
    cwd: projectRoot,
    env: { ...process.env, REHEARSE_DATA_DIR: dataDir, REHEARSE_PORT: port },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  let output = '';
  const url = new Promise<string>((found, failed) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /^(http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)$/m.exec(output);
      if (match?.[1]) found(match[1]);
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    void exited.then(() => failed(new Error(`browser mode exited before it was ready:\n${output}`)));
  });
  return {
    url,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Waits for `ready` and photographs the viewport as `name` (with `-dark` before `.png` in the dark theme). */
async function shoot(page: Page, name: string, ready: () => Promise<unknown>) {
  await ready();
  // Navigation focuses the page's heading (for screen readers): its focus ring is left out of the picture,
  // by the CSS object model (the page's CSP rightly refuses injected style sheets), and focus stays put.
  await page.evaluate(`(el => el && el.style.setProperty('outline', 'none'))(document.activeElement)`);
  // Charts draw after layout: wait for two frames (an event, not a delay) so the picture is the settled page.
  await page.evaluate('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))');
  const file = join(outDir, theme === 'dark' ? name.replace(/\.png$/, '-dark.png') : name);
  await page.screenshot({ path: file });
  console.log(`wrote ${file}`);
}

/** Shows `hash` and scrolls the heading named `name` to the top of the window (nothing above it matters). */
async function showAt(page: Page, hash: string, name: string | RegExp) {
  await page.evaluate(`location.hash = ${JSON.stringify(hash)}`);
  const heading = page.getByRole('heading', { name }).first();
  await heading.waitFor();
  await heading.evaluate((el) => el.scrollIntoView({ block: 'start' }));
}

const dataDir = mkdtempSync(join(tmpdir(), 'rehearse-screenshots-'));
writeFileSync(join(dataDir, 'settings.json'), JSON.stringify({ preferences: { onboarded: true } }));
const { upcomingId, reflectedId } = await seed(dataDir);
const server = startBrowserMode(dataDir);
const browser = await launchChromium();
try {
  mkdirSync(outDir, { recursive: true });
  const context = await browser.newContext({ viewport: { width, height }, colorScheme: theme, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto(await server.url);
  await shoot(page, 'home-upcoming.png', () =>
    page.getByRole('heading', { name: /Audit Senior at Harbour Lane Accountants — in \d+ days/ }).waitFor(),
  );
  await page.evaluate(`location.hash = '#/readiness/${upcomingId}/plan'`);
  await shoot(page, 'plan.png', () => page.getByRole('heading', { name: /Preparation plan/, level: 1 }).waitFor());
  await page.evaluate(`location.hash = '#/readiness/${upcomingId}'`);
  await shoot(page, 'readiness.png', () => page.getByRole('heading', { name: /^Readiness: Audit Senior/ }).waitFor());
  // Progress opens with "Am I ready?" (the readiness facts) above the confidence chart: both in the picture.
  await page.evaluate(`location.hash = '#/progress'`);
  await shoot(page, 'progress.png', () => page.getByRole('heading', { name: /^Readiness: Audit Senior/ }).waitFor());
  await shoot(page, 'confidence.png', () => showAt(page, '#/progress', 'Confidence over time'));
  // The guided reflection on the first round, at the step where struggled questions become practice.
  await page.evaluate(`location.hash = '#/reflection/interview/${reflectedId}/step/4'`);
  await shoot(page, 'reflection.png', () => page.getByRole('heading', { name: /Improve next time/ }).waitFor());
  await page.evaluate(`location.hash = '#/banks'`);
  await shoot(page, 'banks.png', () => page.getByRole('heading', { name: 'Question banks', level: 1 }).waitFor());
  // Last, as it leaves a session running: a mock interview from the set-up, answering (past the think time).
  await page.evaluate(`location.hash = '#/practice'`);
  await page.getByRole('button', { name: 'Start the mock interview' }).click();
  await page.getByText('Question 1 of').waitFor();
  await shoot(page, 'session.png', async () => {
    // Past the thinking time (the button, not Space: Space would finish the answer if thinking time ran out meanwhile).
    const startAnswering = page.getByRole('button', { name: 'Start answering' });
    if (await startAnswering.isVisible()) await startAnswering.click().catch(() => undefined);
    await page.getByText('Answer time').waitFor();
    // A few seconds into the answer, so the ring shows time passing: the digits (m:ss) 5 s below where they began.
    // (Polled from here: the page's CSP refuses the string functions waitForFunction would evaluate.)
    const digits = page.locator('.timer-main');
    const seconds = async () => (await digits.innerText()).split(':').reduce((sum, part) => sum * 60 + Number(part), 0);
    const begun = await seconds();
    while ((await seconds()) > begun - 5) await page.evaluate('new Promise((done) => setTimeout(done, 250))');
  });
  if (more) {
    await page.evaluate(`location.hash = '#/reflection'`);
    await shoot(page, 'reflection-list.png', () => page.getByRole('heading', { name: 'Reflection', level: 1 }).waitFor());
  }
} finally {
  await browser.close();
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
