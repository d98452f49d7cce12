import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { useAppSessions } from './harness/app-session';
import { expectFocusKept } from './harness/focus';
import { ipc } from './harness/ipc';

const app = useAppSessions();

/** The day `days` days ago, `YYYY-MM-DD`, in the browser's time zone. */
function daysAgo(days: number): string {
  const d = new Date(Date.now() - days * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

async function next(page: Page) {
  await page.getByRole('button', { name: 'Next', exact: true }).click();
}

test('a new user logs a rejected interview, walks all five steps, and finds everything again after a restart', async () => {
  const { page, bridge, restart } = await app.open();
  await page.getByRole('link', { name: 'Reflection' }).click();
  await page.getByRole('heading', { name: 'Reflection', level: 1 }).waitFor();
  await page.getByText('No interviews logged yet').waitFor();
  await expectFocusKept(page, 'opening Reflection');

  // Bad input is named at each field, and nothing typed is lost.
  await page.getByRole('link', { name: 'Log an interview' }).click();
  await page.getByLabel('Interviewer’s email (optional)').fill('sam at acme');
  await page.getByRole('button', { name: 'Log interview' }).click();
  await page.getByText('Enter the company name').waitFor();
  await page
    .getByText(/^Enter the role/)
    .first()
    .waitFor();
  await page.getByText('Enter the date of the interview').waitFor();
  await page.getByText('Enter a valid email address, like name@company.com').waitFor();
  expect(await page.getByLabel('Interviewer’s email (optional)').inputValue()).toBe('sam at acme');
  await expectFocusKept(page, 'a refused interview');

  await page.getByLabel('Company (required)').fill('Acme Ltd');
  await page.getByLabel('Role (required)').fill('Data Analyst');
  await page.getByLabel('Date (required)').fill(daysAgo(3));
  await page.getByLabel('Time (optional)', { exact: true }).fill('14:00');
  await page.getByLabel('Stage (optional)').selectOption('first');
  await page.getByLabel('Format (optional)').selectOption('video');
  await page.getByLabel('Outcome').selectOption('rejected');
  await page.getByLabel('Interviewer’s name (optional)').fill('Sam Lee');
  await page.getByLabel('Interviewer’s email (optional)').fill('sam.lee@acme.example');
  await page.getByRole('button', { name: 'Log interview' }).click();

  await page.getByRole('heading', { name: 'Data Analyst at Acme Ltd' }).waitFor();
  // After a rejection no thank-you reminder nags (issue 10 item 7).
  expect(await page.getByText('Reminder: the thank-you note').count()).toBe(0);
  await expectFocusKept(page, 'logging an interview');
  await page.getByRole('link', { name: 'Reflect on Data Analyst at Acme Ltd' }).click();

  // Step 1: a low fit is said plainly; a half-done step is marked at its fields.
  await page.getByText('Step 1 of 5').waitFor();
  await page.getByRole('group', { name: 'How well did the role fit you?' }).getByRole('radio', { name: '2' }).check();
  await page.getByText('This role was not a good fit for you').waitFor();
  await expectFocusKept(page, 'choosing a fit');
  await page.getByLabel('What attracted me to the role').fill('The data platform work');
  // Typing survives a reload straight away, before or after the debounced save.
  await page.reload();
  await page.getByText('Step 1 of 5').waitFor();
  expect(await page.getByLabel('What attracted me to the role').inputValue()).toBe('The data platform work');
  await next(page);
  await page.getByText('Say whether you would apply for this kind of role again.').waitFor();
  await page.getByRole('button', { name: 'Continue anyway' }).waitFor();
  await expectFocusKept(page, 'a half-done step');
  await page.getByRole('radio', { name: 'Not sure' }).check();
  await next(page);

  // Step 2: requirements, one missing turned into an action item.
  await page.getByText('Step 2 of 5').waitFor();
  await page
    .getByLabel('Paste or type the job’s requirements, one per line')
    .fill('SQL\n- Stakeholder management\n• Tableau certification');
  await page.getByRole('button', { name: 'Add as requirements' }).click();
  expect(await page.getByLabel('Requirement 3', { exact: true }).inputValue()).toBe('Tableau certification');
  await expectFocusKept(page, 'adding requirements');
  const statuses = (n: number) => page.getByRole('group', { name: `Do I meet requirement ${n}?` });
  await statuses(1).getByRole('radio', { name: 'Met' }).check();
  await statuses(2).getByRole('radio', { name: 'Partly' }).check();
  await statuses(3).getByRole('radio', { name: 'Missing' }).check();
  await page.getByRole('group', { name: 'Action for requirement 3' }).getByLabel('To close this gap').selectOption('credential');
  await page.getByRole('button', { name: 'Make requirement 3 an action item' }).click();
  await page.getByText('In your career plan: Tableau certification').waitFor();
  await expectFocusKept(page, 'making an action item');
  await next(page);

  // Step 3: confidence beside recent mock-interview confidence, with a way into practice.
  await page.getByText('Step 3 of 5').waitFor();
  await expectFocusKept(page, 'moving to step 3');
  await page.getByRole('group', { name: 'How confident did I feel?' }).getByRole('radio', { name: '3' }).check();
  await page.getByRole('radio', { name: 'Eye contact: needs work' }).check();
  await page.getByText('No rated mock-interview answers yet.').waitFor();
  expect(await page.getByRole('link', { name: /Start a mock interview/ }).getAttribute('href')).toMatch(/^#\/practice/);
  await next(page);

  // Step 4: a struggled question goes into the "From my interviews" bank; research and logistics.
  await page.getByText('Step 4 of 5').waitFor();
  await page.getByRole('button', { name: 'Add a question I struggled with' }).click();
  await page.getByLabel('Question 1', { exact: true }).fill('Tell me about a time you handled conflict in a team.');
  await expectFocusKept(page, 'adding a struggled question');
  await page.getByLabel('Category of question 1 (optional, e.g. Behavioural)').fill('Behavioural');
  await page.getByRole('button', { name: 'Add question 1 to practice' }).click();
  await page.getByText('Added to From my interviews').waitFor();
  await expectFocusKept(page, 'adding a question to practice');
  await page
    .getByText(/An often-quoted figure says 47% of candidates know nothing about the company/)
    .first()
    .waitFor();
  await page.getByRole('group', { name: 'How much research did I do?' }).getByRole('radio', { name: '1' }).check();
  await page.getByRole('checkbox', { name: 'Punctuality' }).check();
  await page.getByLabel('What happened (punctuality)').fill('Train delayed, arrived 5 minutes late');
  await page.getByRole('button', { name: 'Make “Punctuality” an action item' }).click();
  await page.getByText('In your career plan: Plan the journey and arrive ten minutes early').waitFor();
  await expectFocusKept(page, 'making a logistics action item');
  await next(page);

  // Step 5: drafts filled with company, role, interviewer and one thing discussed; mailto and sent date.
  await page.getByText('Step 5 of 5').waitFor();
  await expectFocusKept(page, 'moving to step 5');
  await page.getByLabel('One thing we discussed (it goes into both emails)').fill('the new data platform & its rollout');
  await page.getByLabel('My name, to sign with').fill('Alex Morgan');
  const thankYou = page.getByRole('region', { name: 'Thank-you note' });
  const body = await thankYou.getByLabel('Message').inputValue();
  expect(body).toContain('Dear Sam Lee,');
  expect(body).toContain('Data Analyst role at Acme Ltd');
  expect(body).toContain('the new data platform & its rollout');
  expect(body.split(/\s+/).length).toBeLessThan(150);
  const mailto = await thankYou.getByRole('link', { name: 'Open thank-you note in my mail app' }).getAttribute('href');
  expect(mailto).toMatch(
    /^mailto:sam\.lee@acme\.example\?subject=Thank%20you%3A%20Data%20Analyst%20interview&body=Dear%20Sam%20Lee%2C%0D%0A/,
  );
  expect(mailto).toContain('%26%20its%20rollout');
  expect(await page.getByRole('region', { name: 'Feedback request' }).getByLabel('Message').inputValue()).toContain('disappointed');
  await thankYou.getByRole('button', { name: 'Mark thank-you note as sent' }).click();
  // A day in words ("Dec 8, 2026" / "8 Dec 2026"), never the stored ISO form.
  await thankYou.getByText(/^Sent on ([A-Z][a-z]{2} \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]{2} \d{4})\.$/).waitFor();
  await expectFocusKept(page, 'marking the note sent');
  await page.getByLabel('What they said').fill('Strong SQL; needed more examples of stakeholder work.');
  await page.getByRole('button', { name: 'Finish: see the summary' }).click();
  await page.getByText('Add the date the feedback arrived.').waitFor();
  await expectFocusKept(page, 'a refused finish');
  await page.getByLabel('Date it arrived').fill(daysAgo(1));
  await page.getByRole('button', { name: 'Finish: see the summary' }).click();

  // Summary, career plan, and an action item marked done.
  await page.getByRole('heading', { name: 'Summary', level: 2 }).waitFor();
  await page.getByText('1 of 3 requirements met; 1 missing, 1 partly met.').waitFor();
  await expectFocusKept(page, 'finishing the reflection');
  const plan = page.getByRole('region', { name: 'My career plan' });
  const tableau = plan.getByRole('checkbox', { name: 'Done: Tableau certification' });
  await tableau.check();
  await tableau.waitFor({ state: 'detached' });
  await plan.getByRole('checkbox', { name: 'Done: Plan the journey and arrive ten minutes early' }).waitFor();
  await expectFocusKept(page, 'ticking an action item done');

  // Export as Markdown and check what was downloaded.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export this reflection as Markdown' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^reflection-acme-ltd-data-analyst-\d{4}-\d{2}-\d{2}\.md$/);
  const markdown = await readFile((await download.path())!, 'utf8');
  expect(markdown).toContain('# Reflection: Data Analyst at Acme Ltd');
  expect(markdown).toContain('- **Missing:** Tableau certification');
  expect(markdown).toContain('- [x] Credential: Tableau certification');
  expect(markdown).toContain('Tell me about a time you handled conflict in a team. (Behavioural) — added to practice');
  expect(markdown).toContain('> Dear Sam Lee,');
  await page.getByText(/^Downloaded reflection-acme-ltd/).waitFor();
  await expectFocusKept(page, 'exporting a reflection');

  // The struggled question is in the "From my interviews" bank.
  const banks = await ipc(page, bridge, 'banks.list', {});
  const bank = banks.find((b) => b.name === 'From my interviews');
  expect(bank?.questionCount).toBe(1);
  const questions = await ipc(page, bridge, 'questions.list', { bankId: bank!.id });
  expect(questions).toMatchObject([{ text: 'Tell me about a time you handled conflict in a team.', category: 'Behavioural' }]);
  await page.getByRole('link', { name: 'Question banks' }).click();
  await page.getByText('From my interviews').first().waitFor();

  // After a restart everything is still there.
  await restart();
  await page.getByRole('link', { name: 'Reflection' }).click();
  await page.getByText('Reflection finished').waitFor();
  expect(await page.getByText('Reminder: the thank-you note').count()).toBe(0);
  await page.getByRole('link', { name: 'Continue reflection on Data Analyst at Acme Ltd' }).click();
  await page.getByRole('heading', { name: 'Summary', level: 2 }).waitFor();
  await page.getByRole('button', { name: /^2\. Qualifications/ }).click();
  expect(await page.getByLabel('Requirement 3', { exact: true }).inputValue()).toBe('Tableau certification');
  expect(await page.getByRole('group', { name: 'Do I meet requirement 3?' }).getByRole('radio', { name: 'Missing' }).isChecked()).toBe(
    true,
  );
  await page.getByText('✓ Done: Tableau certification').waitFor();
  await expectFocusKept(page, 'moving back to step 2');
  await page.getByRole('link', { name: '← Back to my interviews' }).click();
  await page.getByRole('link', { name: 'Action items: my career plan' }).click();
  await page.getByLabel('Show').selectOption('done');
  await page.getByRole('checkbox', { name: 'Done: Tableau certification' }).waitFor();
  await expectFocusKept(page, 'filtering done action items');
});

test('the reflection home shows patterns across interviews, filters the log, resumes where the user left, and deletes only after confirming', async () => {
  const { page, bridge } = await app.open();
  const base = { role: 'Analyst', stage: 'first', format: 'video', outcome: 'rejected' } as const;
  for (const [company, heldAt] of [
    ['Acme', '2026-01-10T10:00:00Z'],
    ['Beta', '2026-02-10T10:00:00Z'],
  ] as const) {
    const { id } = await ipc(page, bridge, 'reflection.saveInterview', { ...base, company, heldAt });
    // Both steps in one autosave, based on the new reflection's version 0 (nothing stored yet).
    await ipc(page, bridge, 'reflection.saveStep', {
      interviewId: id,
      save: {
        baseVersion: 0,
        base: { qualifications: {}, improve: {} },
        changes: {
          qualifications: { requirements: [{ key: 'k1', text: company === 'Acme' ? 'SQL' : 'sql.', status: 'missing' }] },
          improve: { researchRating: 1 },
        },
      },
    });
  }
  await ipc(page, bridge, 'reflection.saveInterview', { ...base, company: 'Gamma', outcome: 'offer', heldAt: '2026-03-01T10:00:00Z' });

  await page.getByRole('link', { name: 'Reflection' }).click();
  const patterns = page.getByRole('region', { name: 'What keeps coming back' });
  await patterns.getByText('Company research was rated low in 2 of 2 rejections.').waitFor();
  await patterns.getByText('“SQL” was missing in 2 interviews (Acme, Beta).').waitFor();

  await page.getByLabel('Outcome').selectOption('offer');
  await page.getByRole('heading', { name: 'Analyst at Acme' }).waitFor({ state: 'detached' });
  await page.getByRole('heading', { name: 'Analyst at Gamma' }).waitFor();
  await expectFocusKept(page, 'filtering by outcome');
  await page.getByLabel('Outcome').selectOption('');
  await page.getByLabel('Search company or role').fill('bet');
  await page.getByRole('heading', { name: 'Analyst at Gamma' }).waitFor({ state: 'detached' });
  await page.getByRole('heading', { name: 'Analyst at Beta' }).waitFor();
  await expect.poll(() => page.getByRole('heading', { level: 3 }).count()).toBe(1);
  await expectFocusKept(page, 'searching the log');
  await page.getByLabel('Search company or role').fill('');

  // Leave part-way and come back to the same step.
  await page.getByRole('link', { name: 'Reflect on Analyst at Gamma' }).click();
  await page.getByRole('button', { name: '3. Confidence and body language' }).click();
  await page.getByText('Step 3 of 5').waitFor();
  await page.getByLabel('Notes on how I came across').fill('Spoke too fast');
  await page.getByRole('button', { name: 'Save and leave for now' }).click();
  await page.getByText('Reflection: step 3 of 5').waitFor();
  await expectFocusKept(page, 'saving and leaving for now');
  await page.getByRole('link', { name: 'Continue reflection on Analyst at Gamma' }).click();
  await page.getByText('Step 3 of 5').waitFor();
  // The saved draft arrives from the query cache after the step renders: wait for it, do not read once.
  await expect.poll(() => page.getByLabel('Notes on how I came across').inputValue()).toBe('Spoke too fast');
  await expectFocusKept(page, 'resuming a reflection');
  await page.getByRole('link', { name: '← Back to my interviews' }).click();

  // Delete asks first; "Keep it" keeps it; confirming removes it and its part in the patterns.
  await page.getByRole('button', { name: 'Delete Analyst at Beta' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Delete Analyst at Beta?' });
  await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Keep it');
  await confirm.getByRole('button', { name: 'Keep it' }).click();
  await expectFocusKept(page, 'keeping an interview');
  await page.getByRole('button', { name: 'Delete Analyst at Beta' }).click();
  await confirm.getByRole('button', { name: 'Delete for good' }).click();
  await page.getByRole('status').filter({ hasText: 'Deleted Analyst at Beta.' }).waitFor();
  await page.getByRole('heading', { name: 'Analyst at Beta', exact: true }).waitFor({ state: 'detached' });
  await expectFocusKept(page, 'deleting an interview');
  await patterns.getByText('Patterns appear here once').waitFor();
});
