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
import { browserModeArgs, projectRoot } from '../test/helpers/browser-mode-command';
import { launchChromium } from '../test/helpers/chromium';
import { seed } from './screenshots-seed';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1]! : fallback);
const outDir = resolve(option('--out', 'docs/screenshots'));
const port = option('--port', '5730');
const [width, height] = option('--viewport', '1280x800').split('x').map(Number) as [number, number];
const theme = option('--theme', 'light') === 'dark' ? 'dark' : 'light';
const more = args.includes('--more');

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
