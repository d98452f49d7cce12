import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { RatingScale } from '../../../renderer/src/components/RatingScale';
import { confidenceWords } from '../../../renderer/src/features/practice/confidence';

describe('RatingScale', () => {
  test('a word per value: each radio is read as "n – word", and choosing one reports its value', async () => {
    const onChange = vi.fn();
    render(<RatingScale name="c" legend="Confidence" value={2} onChange={onChange} words={{ each: confidenceWords }} />);
    const group = screen.getByRole('group', { name: 'Confidence' });
    expect(
      within(group)
        .getAllByRole('radio')
        .map((r) => r.getAttribute('aria-label')),
    ).toEqual(['1 – Not at all', '2 – Shaky', '3 – Getting there', '4 – Confident', '5 – Very confident']);
    expect(screen.getByRole('radio', { name: '2 – Shaky' })).toBeChecked();
    await userEvent.click(screen.getByRole('radio', { name: '4 – Confident' }));
    expect(onChange).toHaveBeenCalledWith(4);
  });

  test('words for the ends: the ends are named, and an error describes the group', () => {
    render(
      <RatingScale
        name="fit"
        legend="Fit"
        value={null}
        onChange={vi.fn()}
        words={{ low: 'poor fit', high: 'perfect fit' }}
        error="Choose one"
      />,
    );
    expect(screen.getByRole('radio', { name: '1 (poor fit)' })).not.toBeChecked();
    expect(screen.getByRole('radio', { name: '3' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '5 (perfect fit)' })).toBeInTheDocument();
    const group = screen.getByRole('group', { name: 'Fit' });
    expect(group).toHaveAccessibleDescription('Choose one');
    expect(group).toHaveAttribute('aria-invalid', 'true');
  });
});
