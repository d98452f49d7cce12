import BetterSqlite3 from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { makeTempDir } from '../helpers/temp-dir';
import { useAppSessions } from './harness/app-session';
import { expectFocusKept } from './harness/focus';
import { startMockInterview } from './harness/practice-setup';

const app = useAppSessions();

/**
 * A real write failure the app cannot tell from a locked-down folder: `chattr +i` makes the recordings folder
 * immutable, so creating the upload's file fails with EPERM even for root (ext4/xfs/btrfs; needs root). Where it
 * cannot be set (not root, another file system) the test is skipped, saying why.
 */
function setImmutable(dir: string, on: boolean): void {
  execFileSync('chattr', [on ? '+i' : '-i', dir]);
}
const chattrWorks = (() => {
  const probe = makeTempDir('rehearse-chattr-');
  try {
    setImmutable(probe, true);
    setImmutable(probe, false);
    return true;
  } catch {
    return false;
  }
})();

test.skipIf(!chattrWorks)(
  'a recording whose save fails is kept: the session will not end over it, and "Save … again" stores the same take once the folder is writable',
  async () => {
    const { page, dataDir } = await app.open();
    const recordings = join(dataDir, 'recordings');
    mkdirSync(recordings, { recursive: true });
    await startMockInterview(page, 1, /^Microphone$/);
    await page.getByRole('button', { name: 'Finish answer' }).waitFor();
    await page.getByText('Recording', { exact: true }).waitFor();
    await page.waitForTimeout(1500); // a recording with some sound in it (fake capture's beep)

    setImmutable(recordings, true);
    try {
      await page.getByRole('button', { name: 'Finish answer' }).click();
      await page.getByRole('heading', { name: 'How did that go?' }).waitFor();
      const alert = page
        .getByRole('alert')
        .filter({ hasText: /^Recording of question 1: .* It is kept in this page until it is saved\.$/ });
      await alert.waitFor();
      // The file system's refusal in plain words (EPERM), never "Something went wrong inside Rehearse".
      expect(await alert.textContent()).toMatch(/not allowed|permission/i);
      expect(await alert.textContent()).not.toMatch(/Something went wrong/);

      // Rating is saved as usual; ending the session stops at the unsaved recording instead of dropping it.
      await page.keyboard.press('3');
      await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
      await page.getByRole('button', { name: /Finish and see the summary/ }).click();
      await page.getByText('A recording is not saved yet.', { exact: false }).waitFor();
      await page.getByRole('button', { name: 'End without this recording' }).waitFor();
      expect(await expectFocusKept(page, 'ending stopped at an unsaved recording')).toMatch(/Save the recording of question 1 again/);
    } finally {
      setImmutable(recordings, false);
    }

    // Space is back (here: the folder is writable again): the same take is saved, no re-recording.
    await page.getByRole('button', { name: 'Save the recording of question 1 again' }).click();
    await expect.poll(() => page.getByRole('button', { name: /Save the recording of question 1 again/ }).count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('End the session');
    await page.getByRole('button', { name: 'End the session' }).click();
    await page.getByRole('heading', { name: 'Session summary' }).waitFor();
    await page.getByRole('button', { name: /Load the recording \(0:0[1-9]/ }).waitFor();

    const db = new BetterSqlite3(join(dataDir, 'rehearse.sqlite'), { readonly: true });
    try {
      expect(db.prepare('SELECT count(*) AS n FROM recordings').get()).toEqual({ n: 1 });
    } finally {
      db.close();
    }
  },
);
