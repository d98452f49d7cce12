import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { DashboardView, type DashboardViewProps } from '../../../renderer/src/features/progress/DashboardView';
import { busyDashboard, emptyDashboard, stubResizeObserver } from './fixtures';

beforeAll(stubResizeObserver);

function renderView(overrides: Partial<DashboardViewProps> = {}) {
  const props: DashboardViewProps = {
    dashboard: busyDashboard,
    dueQuestions: [],
    category: null,
    categoryTrend: null,
    grain: 'auto',
    onGrainChange: vi.fn(),
    interviews: { interviews: [], openActions: [] },
    startingReview: false,
    onRangeChange: vi.fn(),
    onCategoryChange: vi.fn(),
    onStartReview: vi.fn(),
    now: new Date('2026-01-14T09:00:00Z'),
    ...overrides,
  };
  render(<DashboardView {...props} />);
  return props;
}

describe('a new user', () => {
  test('is told how the page fills in, and every section has a helpful empty state', () => {
    renderView({ dashboard: emptyDashboard });
    expect(screen.getByRole('heading', { name: 'Your progress starts with your first mock interview' })).toBeInTheDocument();
    expect(screen.getByText(/No rated answers for all questions in this period yet/)).toBeInTheDocument();
    expect(screen.getByText('No mock interviews in this period yet.')).toBeInTheDocument();
    expect(screen.getByText(/the questions that need the most work will be listed here/)).toBeInTheDocument();
    expect(screen.getByText('Nothing is due for review today.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'log it and reflect' })).toHaveAttribute('href', '#/reflection/new');
    expect(screen.queryByRole('button', { name: /Practise/ })).toBeNull();
  });
});

describe('with history', () => {
  test('the confidence chart has a table with each session’s average and the answers behind it', async () => {
    renderView();
    const section = screen.getByRole('region', { name: 'Confidence over time' });
    await userEvent.click(within(section).getByText('Show as a table'));
    const rows = within(within(section).getByRole('table')).getAllByRole('row').slice(1);
    expect(
      rows.map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ),
    ).toEqual([
      ['2.0', '3'],
      ['3.5', '2'],
      ['4.3', '3'],
    ]);
    expect(
      within(section)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual([expect.stringMatching(/^Session of /), expect.stringMatching(/^Session of /), expect.stringMatching(/^Session of /)]);
    expect(screen.queryByRole('heading', { name: /first mock interview/ })).toBeNull();
  });

  test('states streak, time against the limit and calibration as plain facts', () => {
    renderView();
    expect(screen.getByText('2 days')).toBeInTheDocument();
    expect(screen.getByText(/Practise today to keep it going\. Longest: 4 days\./)).toBeInTheDocument();
    expect(screen.getByText('38% over')).toBeInTheDocument();
    expect(screen.getByText(/3 answers of 8 timed went over, by 25 s on average/)).toBeInTheDocument();
    expect(screen.getByText('Of 5 answers you rated 4 or 5, 2 of 4 timed went over the limit.')).toBeInTheDocument();
    expect(screen.getByText('1 of the 5 with the self-check done had at least one item left unticked.')).toBeInTheDocument();
    expect(screen.getByText(/on average 1\.0 lower \(2 lower, 0 higher, 1 the same\)/)).toBeInTheDocument();
  });

  test('choosing a category and a period asks for them; the empty category is named', async () => {
    const props = renderView();
    const questions = screen.getByRole('combobox', { name: 'Questions' });
    expect(within(questions).getByRole('option', { name: 'No category (3.0 from 2)' })).toBeInTheDocument();
    await userEvent.selectOptions(questions, 'No category (3.0 from 2)');
    expect(props.onCategoryChange).toHaveBeenCalledWith('');
    await userEvent.selectOptions(questions, 'Behavioural (3.3 from 6)');
    expect(props.onCategoryChange).toHaveBeenLastCalledWith('Behavioural');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Period' }), 'Everything');
    expect(props.onRangeChange).toHaveBeenCalledWith('all');
  });

  test('the grain is a labelled radio group; choosing one asks for it, and automatic names what it chose', async () => {
    const props = renderView();
    const group = screen.getByRole('group', { name: 'Show a point for' });
    expect(within(group).getByRole('radio', { name: 'Automatic (each session)' })).toBeChecked();
    await userEvent.click(within(group).getByRole('radio', { name: 'Each day' }));
    expect(props.onGrainChange).toHaveBeenCalledWith('day');
    expect(screen.getByText(/rating after replaying the recording where you gave one/)).toBeInTheDocument();
  });

  test('a self-check left undone is not counted as items left unticked', () => {
    renderView({ dashboard: { ...busyDashboard, calibration: { ...busyDashboard.calibration, confidentChecked: 2, confidentMissed: 1 } } });
    expect(
      screen.getByText('1 of the 2 with the self-check done had at least one item left unticked; 3 had no self-check done.'),
    ).toBeInTheDocument();
  });

  test('with nothing below 4 lately, "Weakest questions" says so instead of listing strong ones', () => {
    renderView({ dashboard: { ...busyDashboard, weakest: [] } });
    const section = screen.getByRole('region', { name: 'Weakest questions' });
    expect(within(section).getByText(/below 4, lowest first/)).toBeInTheDocument();
    expect(within(section).getByText(/No question is below 4 in recent confidence/)).toBeInTheDocument();
  });

  test('a review whose date has passed reads "overdue by N days"', () => {
    renderView({
      dashboard: { ...busyDashboard, weakest: [{ ...busyDashboard.weakest[0]!, due: '2026-01-11T10:30:00.000Z' }] },
    });
    expect(screen.getByText(/review overdue by 3 days/)).toBeInTheDocument();
  });

  test('the weakest question links to its history, and the due questions start with one click', async () => {
    const props = renderView();
    expect(screen.getByRole('link', { name: 'Tell me about a failure' })).toHaveAttribute('href', '#/progress/question/7');
    await userEvent.click(screen.getByRole('button', { name: 'Practise the 2 due questions' }));
    expect(props.onStartReview).toHaveBeenCalledTimes(1);
  });
});

describe('today’s queue counts due and never-practised questions apart, in one vocabulary', () => {
  test('never-practised plan questions are not called "due"; the button names what it starts', () => {
    renderView({ dashboard: { ...busyDashboard, due: { dueToday: 0, neverPractised: 28, dueThisWeek: 0, nextDueAt: null } } });
    const card = screen.getByRole('region', { name: 'Due for review' });
    expect(card).toHaveTextContent('No reviews are due today. 28 questions you have never practised are waiting for a first try.');
    expect(within(card).getByRole('button', { name: 'Practise 20 of the 28 never-practised questions' })).toBeInTheDocument();
  });

  test('both kinds: two counts, one session of at most 20', () => {
    renderView({ dashboard: { ...busyDashboard, due: { dueToday: 3, neverPractised: 4, dueThisWeek: 5, nextDueAt: null } } });
    const card = screen.getByRole('region', { name: 'Due for review' });
    expect(card).toHaveTextContent('3 questions are due today. 4 questions you have never practised are waiting for a first try.');
    expect(within(card).getByRole('button', { name: 'Practise these 7 questions' })).toBeInTheDocument();
  });

  test('the due list labels a never-practised question as such, not with a review date', () => {
    renderView({
      dueQuestions: [
        {
          questionId: 1,
          text: 'Plan question',
          category: '',
          bankName: 'B',
          due: '2026-01-14T09:00:00Z',
          inPlan: true,
          neverPractised: true,
        },
        {
          questionId: 2,
          text: 'Old question',
          category: '',
          bankName: 'B',
          due: '2026-01-11T09:00:00Z',
          inPlan: false,
          neverPractised: false,
        },
      ],
    });
    expect(screen.getByText('Plan question').closest('li')).toHaveTextContent('never practised');
    expect(screen.getByText('Old question').closest('li')).toHaveTextContent('overdue by 3 days');
  });
});
