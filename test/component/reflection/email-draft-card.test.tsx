import { formatCalendarDay } from '../../../shared/domain/dates/format';
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { thankYouTemplate } from '../../../shared/domain/reflection/email-templates';
import { EmailDraftCard } from '../../../renderer/src/features/reflection/EmailDraftCard';

const draft = thankYouTemplate({
  company: 'Acme Ltd',
  role: 'Data Analyst',
  interviewerName: 'Sam Lee',
  discussed: 'dashboards',
  signature: 'Alex',
  outcome: 'rejected',
});

function renderCard(props: Partial<Parameters<typeof EmailDraftCard>[0]> = {}) {
  const onEdit = vi.fn();
  const onMarkSent = vi.fn(async () => null);
  render(
    <EmailDraftCard
      title="Thank-you note"
      draft={draft}
      edited={false}
      onEdit={onEdit}
      to="sam@acme.example"
      sentOn={null}
      today="2026-03-03"
      onMarkSent={onMarkSent}
      {...props}
    />,
  );
  return { onEdit, onMarkSent };
}

describe('EmailDraftCard', () => {
  test('shows the draft with its word count and a mailto link that opens in the mail app', () => {
    renderCard();
    expect((screen.getByLabelText('Message') as HTMLTextAreaElement).value).toContain('Dear Sam Lee,');
    expect(screen.getByText(/^\d+ words\.$/)).toBeTruthy();
    const link = screen.getByRole('link', { name: 'Open thank-you note in my mail app' });
    expect(link.getAttribute('href')).toMatch(/^mailto:sam@acme\.example\?subject=Thank%20you%3A%20Data%20Analyst%20interview&body=/);
    expect(link.getAttribute('target')).toBe('_blank');
  });

  test('without a valid address there is no link, only the reason', () => {
    renderCard({ to: '' });
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByText(/Add the interviewer’s email/)).toBeTruthy();
  });

  test('editing hands the new text up; an edited draft can go back to the template', async () => {
    const { onEdit } = renderCard({ edited: true });
    fireEvent.change(screen.getByLabelText('Subject'), { target: { value: 'Thanks!' } });
    expect(onEdit).toHaveBeenLastCalledWith({ ...draft, subject: 'Thanks!' });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Go back to the template' }));
    expect(onEdit).toHaveBeenLastCalledWith(null);
  });

  test('copies the message, or selects it and says how when the clipboard is refused', async () => {
    const writeText = vi.fn(async (_text: string) => undefined);
    // userEvent installs its own clipboard, so this test clicks with fireEvent.
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderCard();
    fireEvent.click(screen.getByRole('button', { name: 'Copy thank-you note' }));
    expect(await screen.findByText('Message copied to the clipboard.')).toBeTruthy();
    expect(writeText).toHaveBeenCalledWith(draft.body);

    writeText.mockRejectedValueOnce(new Error('denied'));
    fireEvent.click(screen.getByRole('button', { name: 'Copy thank-you note' }));
    expect(await screen.findByText(/press Ctrl\+C/)).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText('Message'));
  });

  test('when the clipboard API is refused, copying the selected message still works from the click', async () => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: vi.fn(async () => Promise.reject(new Error('denied'))) },
      configurable: true,
    });
    const execCommand = vi.fn(() => true);
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
    renderCard();
    fireEvent.click(screen.getByRole('button', { name: 'Copy thank-you note' }));
    expect(await screen.findByText('Message copied to the clipboard.')).toBeTruthy();
    expect(execCommand).toHaveBeenCalledWith('copy');
    const body = screen.getByLabelText('Message') as HTMLTextAreaElement;
    expect([body.selectionStart, body.selectionEnd]).toEqual([0, body.value.length]);
    Reflect.deleteProperty(document, 'execCommand');
  });

  test('long messages are flagged against the 150-word advice', () => {
    renderCard({ draft: { subject: 's', body: 'word '.repeat(160) } });
    expect(screen.getByText(/160 words: recruiters advise keeping it under 150/)).toBeTruthy();
  });

  test('marks as sent with today’s date by default, and a sent note can be unmarked', async () => {
    const { onMarkSent } = renderCard();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Mark thank-you note as sent' }));
    expect(onMarkSent).toHaveBeenCalledWith('2026-03-03');
  });

  test('once sent, shows the date and offers to undo', async () => {
    const { onMarkSent } = renderCard({ sentOn: '2026-03-02' });
    expect(screen.getByText(`Sent on ${formatCalendarDay('2026-03-02')}.`)).toBeTruthy();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Mark thank-you note as not sent' }));
    expect(onMarkSent).toHaveBeenCalledWith(null);
  });
});

describe('EmailDraftCard with a draft too long for a mail link', () => {
  const long = { subject: 'Merci — ありがとう', body: 'Thank you for the interview — 面试感谢. '.repeat(60) };

  test('offers to copy it instead, says why with the measured length, and the copy names the address and subject', async () => {
    const writeText = vi.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderCard({ draft: long });
    expect(screen.queryByRole('link')).toBeNull();
    const button = screen.getByRole('button', { name: 'Copy thank-you note for my mail app' });
    expect(button.getAttribute('aria-describedby')).toBeTruthy();
    const why = document.getElementById(button.getAttribute('aria-describedby')!)!;
    expect(why.textContent).toMatch(
      /too long to hand to a mail app in one link \([\d,]+ characters once encoded; mail apps on Windows take about 2,000\)/,
    );
    fireEvent.click(button);
    expect(
      await screen.findByText(/Message copied\. Start a new email to sam@acme\.example with the subject “Merci — ありがとう”/),
    ).toBeTruthy();
    expect(writeText).toHaveBeenCalledWith(long.body);
  });
});
