import type { Page } from 'playwright-core';

/** A file as Playwright hands it to a file chooser. */
export interface ChosenFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** Browser mode opens a file input for a question import; the desktop app would show the native dialog. */
export async function chooseImportFile(page: Page, file: ChosenFile): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('main').getByRole('button', { name: 'Choose a file to import…' }).click(),
  ]);
  await chooser.setFiles(file);
}

/**
 * Starts recording every state of the progress area (`.job-progress`: its text and the bar's
 * `aria-valuetext`), so a bar that is up only briefly is still seen. Returns a function that reads the
 * states seen so far, in order.
 */
export async function watchProgressStates(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { progressSeen: string[] }).progressSeen = seen;
    new MutationObserver(() => {
      const bar = document.querySelector('.job-progress');
      const progress = bar?.querySelector('progress');
      if (bar && progress) seen.push(`${bar.textContent} | ${progress.getAttribute('aria-valuetext')}`);
    }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  return () => page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
}
