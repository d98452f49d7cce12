import type { Page } from 'playwright-core';

/** Chooses a file on the question Import page: browser mode opens a file input; the desktop app would show the native dialog. */
export async function chooseImportFile(page: Page, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('main').getByRole('button', { name: 'Choose a file to import…' }).click(),
  ]);
  await chooser.setFiles(file);
}
