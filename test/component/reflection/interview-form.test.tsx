import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, test, vi } from 'vitest';
import type { FieldErrors } from '../../../renderer/src/lib/field-errors';
import { blankInterview, InterviewForm, type InterviewFormValues } from '../../../renderer/src/features/reflection/InterviewForm';

function Harness({ issues = {}, onSubmit = () => undefined }: { issues?: FieldErrors; onSubmit?: (v: InterviewFormValues) => void }) {
  const [values, setValues] = useState(blankInterview);
  return (
    <InterviewForm
      values={values}
      onChange={setValues}
      onSubmit={() => onSubmit(values)}
      onCancel={() => undefined}
      issues={issues}
      submitLabel="Log interview"
      busy={false}
    />
  );
}

describe('InterviewForm', () => {
  test('every field is labelled and what was typed is submitted', async () => {
    const onSubmit = vi.fn();
    render(<Harness onSubmit={onSubmit} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Company (required)'), 'Acme');
    await user.type(screen.getByLabelText('Role (required)'), 'Analyst');
    await user.selectOptions(screen.getByLabelText('Stage (optional)'), 'assessment_centre');
    await user.selectOptions(screen.getByLabelText('Outcome'), 'rejected');
    await user.type(screen.getByLabelText('Interviewer’s email (optional)'), 'sam@acme.example');
    await user.click(screen.getByRole('button', { name: 'Log interview' }));
    expect(onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({
        company: 'Acme',
        role: 'Analyst',
        stage: 'assessment_centre',
        outcome: 'rejected',
        interviewerEmail: 'sam@acme.example',
      }),
    );
  });

  test('shows each message at its field, linked for screen readers, and marks the field invalid', () => {
    render(
      <Harness issues={{ company: 'Enter the company name', interviewerEmail: 'Enter a valid email address, like name@company.com' }} />,
    );
    const company = screen.getByLabelText('Company (required)');
    expect(company.getAttribute('aria-invalid')).toBe('true');
    const describedBy = company.getAttribute('aria-describedby')!;
    expect(document.getElementById(describedBy)?.textContent).toBe('Enter the company name');
    const email = screen.getByLabelText('Interviewer’s email (optional)');
    expect(document.getElementById(email.getAttribute('aria-describedby')!)?.textContent).toContain('valid email');
    expect(screen.getByLabelText('Role (required)').getAttribute('aria-invalid')).toBeNull();
  });
});
