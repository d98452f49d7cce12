import BetterSqlite3 from 'better-sqlite3';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { useAppSessions } from './harness/app-session';
import { startOnceMatched } from './harness/practice-setup';

const app = useAppSessions();

test('a hard-limit answer whose page stalls: the recording is kept at its real length, labelled so, and the user is told', async () => {
  const { page, dataDir } = await app.open();
  await page.getByRole('heading', { name: 'Practice', level: 1 }).waitFor();
  await page.getByRole('spinbutton', { name: /Number of questions/ }).fill('1');
  // Timing, reading aloud and recording sit folded under their one-line summary.
  await page.getByText('Timing, reading aloud and recording:').click();
  await page.getByRole('spinbutton', { name: /Thinking time/ }).fill('0');
  await page.getByRole('radio', { name: /^Hard/ }).check();
  await page.getByRole('radio', { name: /The same for every question/ }).check();
  await page.getByRole('spinbutton', { name: /Answer time \(seconds/ }).fill('15');
  await page.getByRole('radio', { name: 'Microphone', exact: true }).check();
  await startOnceMatched(page);
  await page.getByRole('button', { name: 'Finish answer' }).waitFor();
  await page.getByText('Recording', { exact: true }).waitFor();

  // The main thread is blocked past the 15 s deadline (a page busy or throttled); MediaRecorder keeps
  // recording on its own thread, so the recording really is longer than the limit.
  await page.evaluate(() => {
    const end = performance.now() + 20_000;
    while (performance.now() < end) {
      // busy
    }
  });
  await page.getByRole('heading', { name: 'How did that go?' }).waitFor();
  const notice = page.getByText(
    /The page was busy, so the recording of question 1 ran past the 0:15 limit\. It is kept at its real length, 0:(\d\d)\./,
  );
  await notice.waitFor();
  const shown = Number(/0:(\d\d)\./.exec((await notice.textContent()) ?? '')![1]);
  expect(shown).toBeGreaterThanOrEqual(20);

  await page.keyboard.press('3');
  await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
  await page.getByRole('button', { name: /Finish and see the summary/ }).click();
  await page.getByRole('heading', { name: 'Session summary' }).waitFor();
  await page.getByRole('button', { name: new RegExp(`Load the recording \\(0:${shown}, `) }).waitFor();

  const db = new BetterSqlite3(join(dataDir, 'rehearse.sqlite'), { readonly: true });
  try {
    const row = db
      .prepare('SELECT r.duration_ms AS recorded, a.time_used_ms AS used FROM recordings r JOIN answers a USING (session_id, position)')
      .get() as {
      recorded: number;
      used: number;
    };
    expect(row.recorded).toBeGreaterThanOrEqual(20_000);
    expect(Math.floor(row.recorded / 1000)).toBe(shown);
  } finally {
    db.close();
  }
});
