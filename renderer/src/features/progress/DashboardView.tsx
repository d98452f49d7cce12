import type { DueQuestion } from '../../../../shared/contract/progress';
import { readyConfidence, recentWindow } from '../../../../shared/domain/progress/answer-facts';
import { type Dashboard, type ProgressRange, progressRanges, rangeLabels } from '../../../../shared/domain/progress/dashboard';
import type { ConfidenceTrend, GrainChoice } from '../../../../shared/domain/progress/trend';
import type { ActionItem } from '../../../../shared/domain/reflection/action-items';
import type { InterviewSummary } from '../../../../shared/domain/reflection/interview';
import { ActivityChart } from './ActivityChart';
import { ConfidenceChart } from './ConfidenceChart';
import { DueTodayView } from './DueTodayCard';
import { categoryName, formatAverage } from './format';
import { GrainSwitch } from './GrainSwitch';
import { InterviewsPanel } from './InterviewsPanel';
import { CalibrationFacts, PracticeFacts } from './PracticeFacts';
import { type DeliveryData, DeliveryMismatches, DeliveryTrend } from './DeliverySection';
import { DueList, WeakestList } from './QuestionLists';

export interface DashboardViewProps {
  dashboard: Dashboard;
  dueQuestions: DueQuestion[];
  /** The chosen category (null: all questions) and its trend, once loaded. */
  category: string | null;
  categoryTrend: ConfidenceTrend | null;
  /** The grain asked for in "Confidence over time". */
  grain: GrainChoice;
  onGrainChange: (grain: GrainChoice) => void;
  /** The reflection log; `loading`, or null when it could not be read. */
  interviews: { interviews: InterviewSummary[]; openActions: ActionItem[] } | 'loading' | null;
  startingReview: boolean;
  onRangeChange: (range: ProgressRange) => void;
  onCategoryChange: (category: string | null) => void;
  onStartReview: () => void;
  now?: Date;
  /** Delivery facts over sessions and confident answers they disagree with (issue 15); absent until loaded. */
  delivery?: DeliveryData | null;
}

/** The Progress page, given its data: every section says something useful even before the first answer. */
export function DashboardView(props: DashboardViewProps) {
  const { dashboard, category } = props;
  // The longest streak counts every day ever practised, whatever the chosen period.
  const newUser = dashboard.rhythm.longestStreakDays === 0;
  const subject = category === null ? 'all questions' : categoryName(category);
  const trend = category === null ? dashboard.confidence : props.categoryTrend;
  return (
    <div className="progress-dashboard">
      <div className="progress-toolbar">
        <label className="inline">
          Period
          <select value={dashboard.range} onChange={(e) => props.onRangeChange(e.currentTarget.value as ProgressRange)}>
            {progressRanges.map((r) => (
              <option key={r} value={r}>
                {rangeLabels[r]}
              </option>
            ))}
          </select>
        </label>
        <a href="#/progress/questions">All practised questions</a>
      </div>

      {newUser && (
        <section className="card progress-welcome">
          <h2>Your progress starts with your first mock interview</h2>
          <p>
            Rate your confidence after each answer and this page fills in: your weekly average, your streak, the questions that need the
            most work, and when to practise each one again. <a href="#/practice">Go to Practice</a>.
          </p>
        </section>
      )}

      <div className="progress-top">
        <DueTodayView
          due={dashboard.due}
          busy={props.startingReview}
          onStart={props.onStartReview}
          {...(props.now ? { now: props.now } : {})}
        />
        <PracticeFacts totals={dashboard.totals} rhythm={dashboard.rhythm} time={dashboard.time} />
      </div>

      <section aria-labelledby="confidence-heading" className="card">
        <h2 id="confidence-heading">Confidence over time</h2>
        <label className="inline">
          Questions
          <select
            value={category ?? ''}
            onChange={(e) => props.onCategoryChange(e.currentTarget.value === '' ? null : e.currentTarget.value.slice(1))}
          >
            <option value="">All categories</option>
            {dashboard.categories.map((c) => (
              // A leading "c" keeps the empty category apart from "All categories".
              <option key={c.category} value={`c${c.category}`}>
                {categoryName(c.category)} ({formatAverage(c.average)} from {c.rated})
              </option>
            ))}
          </select>
        </label>
        {trend && <GrainSwitch value={props.grain} shown={trend.grain} onChange={props.onGrainChange} />}
        <p className="muted">
          Confidence is the rating that counts for each answer: your rating after replaying the recording where you gave one, otherwise the
          one you gave right after answering.
        </p>
        {trend ? <ConfidenceChart trend={trend} subject={subject} /> : <p aria-live="polite">Loading…</p>}
      </section>

      <section aria-labelledby="activity-heading" className="card">
        <h2 id="activity-heading">Mock interviews per week</h2>
        <ActivityChart weeks={dashboard.activity} />
      </section>

      <div className="progress-columns">
        <section aria-labelledby="weakest-heading" className="card">
          <h2 id="weakest-heading">Weakest questions</h2>
          <p className="muted">
            Questions whose recent confidence (the mean of their last {recentWindow} ratings) is below {readyConfidence}, lowest first.
          </p>
          <WeakestList questions={dashboard.weakest} practised={!newUser} {...(props.now ? { now: props.now } : {})} />
        </section>
        <section aria-labelledby="due-heading" className="card">
          <h2 id="due-heading">Due for review today</h2>
          <DueList questions={props.dueQuestions} {...(props.now ? { now: props.now } : {})} />
        </section>
      </div>

      <section aria-labelledby="calibration-heading" className="card">
        <h2 id="calibration-heading">How your ratings compare</h2>
        <CalibrationFacts calibration={dashboard.calibration} />
        {props.delivery && <DeliveryMismatches mismatches={props.delivery.mismatches} />}
      </section>

      {props.delivery && (
        <section aria-labelledby="delivery-heading" className="card">
          <h2 id="delivery-heading">Pauses and speaking time</h2>
          <DeliveryTrend trend={props.delivery.trend} />
        </section>
      )}

      <section aria-labelledby="interviews-heading" className="card">
        <h2 id="interviews-heading">Real interviews</h2>
        {props.interviews === 'loading' ? (
          <p aria-live="polite">Loading…</p>
        ) : props.interviews ? (
          <InterviewsPanel interviews={props.interviews.interviews} openActions={props.interviews.openActions} />
        ) : (
          <p className="muted">The interview log could not be read just now.</p>
        )}
      </section>
    </div>
  );
}
