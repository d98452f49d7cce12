import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { collectReminders, interviewLeadMs, remindersDue } from '../../../electron/main/services/app/reminders';
import { firstReminderCheckMs, startReminders } from '../../../electron/main/shell/reminder-notifications';
import type { AppHost } from '../../../electron/main/start-app';
import type { InterviewSummary } from '../../../shared/domain/reflection/interview';
import { localDayKey } from '../../../shared/domain/progress/calendar';
import { callOk, openTestCore } from '../../helpers/test-core';
import { makeTempDir, removeTempDirs } from '../../helpers/temp-dir';
import { type FakeElectronHolder, createFakeElectron } from './fake-electron';
import { FakeBrowserWindow } from '../security/electron-fakes';

// The optional local reminder: off by default; when on, one notification a day for due
// questions and one per upcoming interview a day away; nothing is sent anywhere.

// Each test starts the whole app on real SQLite; on a busy machine that takes seconds, not a limit worth failing on.
vi.setConfig({ testTimeout: 30_000 });

const fake = vi.hoisted((): FakeElectronHolder => ({ current: null }));
vi.mock('electron', async () => (await import('./fake-electron')).electronModuleOf(fake));
beforeEach(() => {
  fake.current = createFakeElectron(makeTempDir());
});
afterEach(() => {
  vi.useRealTimers();
  removeTempDirs();
});

const now = new Date('2026-03-10T09:00:00');
const interview = (id: number, heldAt: Date, outcome = 'pending'): InterviewSummary =>
  ({ id, company: 'Acme', role: 'Analyst', heldAt: heldAt.toISOString(), heldOn: localDayKey(heldAt), outcome }) as InterviewSummary;
const noneDue = { dueToday: 0, neverPractised: 0, dueThisWeek: 0, nextDueAt: null };

/** A core on real SQLite with reminders on and one interview 20 hours from now. */
async function coreWithInterviewTomorrow(dataDir?: string) {
  const core = openTestCore(dataDir);
  const heldAt = new Date(Date.now() + 20 * 3_600_000).toISOString();
  await callOk(core, 'reflection.saveInterview', { company: 'Acme', role: 'Analyst', heldAt, stage: 'first', format: 'video' } as never);
  return core;
}

describe('which reminders are due', () => {
  test('questions due today: one reminder, keyed by the local date, leading to a mock interview', () => {
    const [due] = remindersDue({ due: { ...noneDue, dueToday: 3 }, interviews: [], now, shown: new Set() });
    expect(due).toMatchObject({ key: 'due:2026-03-10', opens: 'practice.start' });
    expect(due!.body).toMatch(/^3 questions are due for review today/);
    expect(remindersDue({ due: { ...noneDue, dueToday: 3 }, interviews: [], now, shown: new Set(['due:2026-03-10']) })).toEqual([]);
  });

  test('an interview within the next 24 hours, still pending: once per interview and date', () => {
    const soon = interview(7, new Date(now.getTime() + interviewLeadMs - 60_000));
    const later = interview(8, new Date(now.getTime() + interviewLeadMs + 60_000));
    const past = interview(9, new Date(now.getTime() - 60_000));
    const decided = interview(10, new Date(now.getTime() + 3_600_000), 'offer');
    const reminders = remindersDue({ due: noneDue, interviews: [soon, later, past, decided], now, shown: new Set() });
    expect(reminders.map((r) => r.key)).toEqual([`interview:7:${soon.heldAt}`]);
    expect(reminders[0]!.title).toBe('Interview tomorrow: Acme');
  });

  test('through the app: nothing while reminders are off (the default); when on, shown once even across a restart', async () => {
    const dataDir = makeTempDir();
    const core = await coreWithInterviewTomorrow(dataDir);
    try {
      expect(core.settings.getPreferences().reminders).toBe(false);
      await expect(collectReminders(core, new Date())).resolves.toEqual([]);
      core.settings.updatePreferences({ reminders: true });
      const first = await collectReminders(core, new Date());
      expect(first.map((r) => r.title)).toEqual(['Interview tomorrow: Acme']);
    } finally {
      core.close();
    }
    const reopened = openTestCore(dataDir);
    try {
      await expect(collectReminders(reopened, new Date())).resolves.toEqual([]);
    } finally {
      reopened.close();
    }
  });
});

test('the desktop shows them as notifications; a click brings the window to the mock-interview set-up', async () => {
  vi.useFakeTimers();
  const core = await coreWithInterviewTomorrow();
  try {
    core.settings.updatePreferences({ reminders: true });
    const window = new FakeBrowserWindow({ show: false });
    const stop = startReminders({ host: core as unknown as AppHost, getWindow: () => window as never, log: vi.fn() });
    await vi.advanceTimersByTimeAsync(firstReminderCheckMs);
    vi.useRealTimers();
    await vi.waitFor(() => expect(fake.current!.state.notifications).toHaveLength(1));
    const [shown] = fake.current!.state.notifications;
    expect(shown!.title).toBe('Interview tomorrow: Acme');
    shown!.clicks[0]!();
    expect(window.webContents.sent).toEqual([['menu.command', 'practice.start']]);
    stop();
  } finally {
    core.close();
  }
});
