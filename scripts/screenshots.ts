/**
 * Regenerates the README screenshots of an upcoming interview: home with its
 * countdown, readiness in detail, and progress (`npm run screenshots`, after a
 * build). It seeds a fresh data folder through the app's own write paths with a
 * hand-moved clock (five weeks of practice, an interview logged a week ago for
 * six days ahead, and its preparation plan), then starts the real browser mode
 * on it and photographs the pages in Debian's Chromium at 1280×800, light theme.
 *
 * Options: `--out DIR` (default docs/screenshots), `--port N` (default 5730;
 * browser mode on 127.0.0.1), `--viewport WxH` (default 1280x800) and `--theme light|dark` (default light) to
 * check layouts at other sizes, `--more` to add the reflection list and the practice set-up's bottom. Nothing is fetched from the network; the data
 * folder is removed at the end.
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

/** Seeds `dataDir`; returns the upcoming interview's id. */
async function seed(dataDir: string): Promise<number> {
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
    const plan = ids.slice(0, 12);
    // Five weeks of practice, a session every three days and then daily up to today, ratings rising from 2–3 to 4–5.
    for (let d = 35; d >= 0; d -= d > 10 ? 3 : 1) {
      clock.now = new Date(now - d * day - 2 * 3_600_000);
      const progress = (35 - d) / 34;
      const today = [...plan.slice(0, 9), ...ids.slice(12, 30)].filter((_, i) => (i + d) % 4 === 0).slice(0, 6);
      await practise(core, today, (i) => Math.min(5, 2 + Math.round(progress * 2.4 + ((i + d) % 3) / 2)), d % 5 === 0);
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
        await callOk(core, 'progress.savePlan', {
          interviewId: interview.id,
          questions: plan.map((questionId) => ({ questionId, source: 'picked' as const })),
        });
      }
    }
    clock.now = new Date(now);
    const upcoming = await callOk(core, 'progress.upcoming', {});
    if (!upcoming.next) throw new Error('the seeded interview is not upcoming');
    return upcoming.next.id;
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

/** Waits for `ready` and photographs the viewport. */
async function shoot(page: Page, name: string, ready: () => Promise<unknown>) {
  await ready();
  // Navigation focuses the page's heading (for screen readers): its focus ring is left out of the picture,
  // by the CSS object model (the page's CSP rightly refuses injected style sheets), and focus stays put.
  await page.evaluate(`(el => el && el.style.setProperty('outline', 'none'))(document.activeElement)`);
  // Charts draw after layout: wait for two frames (an event, not a delay) so the picture is the settled page.
  await page.evaluate('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))');
  await page.screenshot({ path: join(outDir, name) });
  console.log(`wrote ${join(outDir, name)}`);
}

const dataDir = mkdtempSync(join(tmpdir(), 'rehearse-screenshots-'));
writeFileSync(join(dataDir, 'settings.json'), JSON.stringify({ preferences: { onboarded: true } }));
const interviewId = await seed(dataDir);
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
  await page.evaluate(`location.hash = '#/readiness/${interviewId}'`);
  await shoot(page, 'readiness.png', () => page.getByRole('heading', { name: /^Readiness: Audit Senior/ }).waitFor());
  await page.evaluate(`location.hash = '#/progress'`);
  // The chart the README shows: "Confidence over time" at the top of the picture.
  await shoot(page, 'progress.png', async () => {
    const chart = page.getByRole('heading', { name: 'Confidence over time' });
    await chart.waitFor();
    await chart.evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
  });
  if (more) {
    await page.evaluate(`location.hash = '#/reflection'`);
    await shoot(page, 'reflection.png', () => page.getByRole('heading', { name: 'Reflection', level: 1 }).waitFor());
    await page.evaluate(`location.hash = '#/practice'`);
    await shoot(page, 'home-bottom.png', async () => {
      await page.getByRole('heading', { name: /Audit Senior at Harbour Lane Accountants/ }).waitFor();
      await page.evaluate('window.scrollBy(0, 400)');
    });
  }
} finally {
  await browser.close();
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
