import { formatCalendarDay } from '../../../shared/domain/dates/format';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, test, vi } from 'vitest';
import type { ActionItem } from '../../../shared/domain/reflection/action-items';
import { emptyDrafts, type QualificationsDraft, type RoleFitDraft } from '../../../shared/domain/reflection/drafts';
import { StepProgress } from '../../../renderer/src/features/reflection/StepProgress';
import { StepQualifications } from '../../../renderer/src/features/reflection/StepQualifications';
import { StepRoleFit } from '../../../renderer/src/features/reflection/StepRoleFit';

function RoleFit({ issues = {} }: { issues?: Record<string, string> }) {
  const [draft, setDraft] = useState<RoleFitDraft>(emptyDrafts().roleFit);
  return <StepRoleFit draft={draft} onChange={setDraft} onBlur={() => undefined} issues={issues} />;
}

describe('step 1: role fit', () => {
  test('a low fit is said plainly with a suggestion; a better one is not', async () => {
    render(<RoleFit />);
    const user = userEvent.setup();
    const rating = screen.getByRole('group', { name: 'How well did the role fit you?' });
    await user.click(within(rating).getByRole('radio', { name: /^2/ }));
    expect(screen.getByRole('status').textContent).toContain('consider adjusting your search');
    await user.click(within(rating).getByRole('radio', { name: /^4/ }));
    expect(screen.queryByText(/consider adjusting your search/)).toBeNull();
  });

  test('the rating is a keyboard-operable radio group, and concerns are checkboxes', async () => {
    render(<RoleFit />);
    const user = userEvent.setup();
    const first = screen.getByRole('radio', { name: '1 (poor fit)' });
    first.focus();
    await user.keyboard('{ArrowRight}');
    expect((screen.getByRole('radio', { name: /^2/ }) as HTMLInputElement).checked).toBe(true);
    await user.click(screen.getByRole('checkbox', { name: '“Close enough” rather than the role I want' }));
    expect((screen.getByRole('checkbox', { name: '“Close enough” rather than the role I want' }) as HTMLInputElement).checked).toBe(true);
  });

  test('shows what is missing at the field', () => {
    render(<RoleFit issues={{ fitRating: 'Rate how well the role fitted you, from 1 to 5.' }} />);
    const group = screen.getByRole('group', { name: 'How well did the role fit you?' });
    expect(document.getElementById(group.getAttribute('aria-describedby')!)?.textContent).toBe(
      'Rate how well the role fitted you, from 1 to 5.',
    );
  });
});

describe('step progress', () => {
  test('says which step of five, shows a progress bar, and lets the user jump to any step', async () => {
    const onGo = vi.fn();
    render(<StepProgress position={2} unfinished={new Set([1])} onGo={onGo} />);
    expect(screen.getByText('Step 2 of 5')).toBeTruthy();
    const bar = screen.getByRole('progressbar') as HTMLProgressElement;
    expect([bar.value, bar.max]).toEqual([2, 5]);
    expect(screen.getByRole('button', { name: '2. Qualifications' }).getAttribute('aria-current')).toBe('step');
    expect(screen.getByRole('button', { name: '1. Was the role right for me? (unfinished)' })).toBeTruthy();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Summary' }));
    expect(onGo).toHaveBeenCalledWith(6);
  });
});

function Qualifications({
  actionItems = [],
  planned = [],
  onMakeAction = vi.fn(async () => null),
}: {
  actionItems?: ActionItem[];
  planned?: ActionItem[];
  onMakeAction?: () => Promise<null>;
}) {
  const [draft, setDraft] = useState<QualificationsDraft>(emptyDrafts().qualifications);
  return (
    <StepQualifications
      draft={draft}
      onChange={setDraft}
      onBlur={() => undefined}
      issues={{}}
      jobDescription=""
      actionItems={actionItems}
      planned={planned}
      onMakeAction={onMakeAction}
    />
  );
}

describe('step 2: qualifications', () => {
  test('pasted requirements become one row each; a missing one can become an action item with a kind and date', async () => {
    const onMakeAction = vi.fn(async () => null);
    render(<Qualifications onMakeAction={onMakeAction} />);
    const user = userEvent.setup();
    fireEvent.change(screen.getByLabelText('Paste or type the job’s requirements, one per line'), {
      target: { value: '- SQL\n\n- Power BI certificate' },
    });
    await user.click(screen.getByRole('button', { name: 'Add as requirements' }));
    expect((screen.getByLabelText('Requirement 1') as HTMLInputElement).value).toBe('SQL');
    expect((screen.getByLabelText('Requirement 2') as HTMLInputElement).value).toBe('Power BI certificate');

    expect(screen.queryByRole('button', { name: 'Make requirement 2 an action item' })).toBeNull();
    await user.click(within(screen.getByRole('group', { name: 'Do I meet requirement 2?' })).getByRole('radio', { name: 'Missing' }));
    const gap = screen.getByRole('group', { name: 'Action for requirement 2' });
    await user.selectOptions(within(gap).getByLabelText('To close this gap'), 'credential');
    fireEvent.change(within(gap).getByLabelText('Target date (optional)'), { target: { value: '2026-06-30' } });
    await user.click(screen.getByRole('button', { name: 'Make requirement 2 an action item' }));
    expect(onMakeAction).toHaveBeenCalledWith(
      expect.objectContaining({ text: 'Power BI certificate', status: 'missing' }),
      'credential',
      '2026-06-30',
    );

    await user.click(screen.getByRole('button', { name: 'Remove requirement 1' }));
    expect((screen.getByLabelText('Requirement 1') as HTMLInputElement).value).toBe('Power BI certificate');
  });

  test('a partly met requirement can become an action item too, and the heading counts it', async () => {
    const onMakeAction = vi.fn(async () => null);
    render(<Qualifications onMakeAction={onMakeAction} />);
    const user = userEvent.setup();
    fireEvent.change(screen.getByLabelText('Paste or type the job’s requirements, one per line'), { target: { value: 'SQL\nPython' } });
    await user.click(screen.getByRole('button', { name: 'Add as requirements' }));
    await user.click(within(screen.getByRole('group', { name: 'Do I meet requirement 1?' })).getByRole('radio', { name: 'Partly' }));
    await user.click(within(screen.getByRole('group', { name: 'Do I meet requirement 2?' })).getByRole('radio', { name: 'Missing' }));
    expect(screen.getByRole('heading', { name: 'Requirements (1 missing, 1 partly met)' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Make requirement 1 an action item' }));
    expect(onMakeAction).toHaveBeenCalledWith(expect.objectContaining({ text: 'SQL', status: 'partly' }), 'skill', null);
  });

  test('a gap already in the career plan, worded differently or from another interview, is shown instead of offered twice', async () => {
    const planned: ActionItem = {
      id: 7,
      kind: 'skill',
      title: 'Stakeholder management experience',
      dueOn: '2026-09-01',
      done: false,
      doneAt: null,
      sourceKey: 'requirement:other',
      interview: { id: 2, company: 'Acme', role: 'Analyst' },
      createdAt: '2026-03-01T10:00:00.000Z',
      updatedAt: '2026-03-01T10:00:00.000Z',
    };
    render(<Qualifications planned={[planned]} />);
    const user = userEvent.setup();
    fireEvent.change(screen.getByLabelText('Paste or type the job’s requirements, one per line'), {
      target: { value: 'Experience managing stakeholders\nSQL' },
    });
    await user.click(screen.getByRole('button', { name: 'Add as requirements' }));
    await user.click(within(screen.getByRole('group', { name: 'Do I meet requirement 1?' })).getByRole('radio', { name: 'Missing' }));
    await user.click(within(screen.getByRole('group', { name: 'Do I meet requirement 2?' })).getByRole('radio', { name: 'Missing' }));
    expect(
      screen.getByText(
        `Already in your career plan (from Acme): Stakeholder management experience (target ${formatCalendarDay('2026-09-01')})`,
      ),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Make requirement 1 an action item' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Make requirement 2 an action item' })).toBeTruthy();
  });
});
