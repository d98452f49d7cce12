import { type BrowserWindow, Notification } from 'electron';
import { collectReminders } from '../services/app/reminders';
import type { AppHost } from '../start-app';
import { sendMenuCommand } from './desktop-menu';
import type { ShellLog } from './shell-log';

/** How often reminders are looked for while the app is open: often enough for "a day away" to land in time. */
export const reminderCheckMs = 30 * 60 * 1000;
/** The first look waits a little, so start-up (and the window) comes first. */
export const firstReminderCheckMs = 60 * 1000;

export interface ReminderOptions {
  host: AppHost;
  getWindow: () => BrowserWindow | null;
  log: ShellLog;
}

/**
 * Local desktop notifications, only when the user turned reminders on in Settings
 * (off by default). Nothing is sent anywhere: the OS shows a notification built from
 * the user's own data, and a click opens the window where the reminder points.
 * Returns the stop function (the timers are also unref'd, so they never keep the app alive).
 */
export function startReminders({ host, getWindow, log }: ReminderOptions): () => void {
  const check = () => {
    if (!Notification.isSupported()) return;
    collectReminders(host, new Date())
      .then((reminders) => {
        for (const reminder of reminders) {
          const notification = new Notification({ title: reminder.title, body: reminder.body });
          notification.on('click', () => sendMenuCommand(getWindow(), reminder.opens));
          notification.show();
        }
      })
      .catch((error: unknown) => log('reminder-failed', { message: error instanceof Error ? error.message : String(error) }));
  };
  const first = setTimeout(check, firstReminderCheckMs);
  const every = setInterval(check, reminderCheckMs);
  first.unref();
  every.unref();
  return () => {
    clearTimeout(first);
    clearInterval(every);
  };
}
