import type { DueQuestion } from '../../../../shared/contract/progress';
import type { WeakQuestion } from '../../../../shared/domain/progress/dashboard';
import { readyConfidence } from '../../../../shared/domain/progress/answer-facts';
import { dueText } from '../../../../shared/domain/dates/relative';
import { categoryName, formatAverage } from './format';

/**
 * Questions whose recent confidence (mean counted rating of the last three
 * rated answers) is below readyConfidence, lowest first, each linking to its
 * history. `practised` says whether anything was rated at all, for the empty state.
 */
export function WeakestList({ questions, practised, now }: { questions: WeakQuestion[]; practised: boolean; now?: Date }) {
  if (questions.length === 0) {
    return (
      <p className="empty-state">
        {practised
          ? `No question is below ${readyConfidence} in recent confidence: every question you have rated lately sits at ${readyConfidence} or 5.`
          : 'Rate a few answers and the questions that need the most work will be listed here.'}
      </p>
    );
  }
  return (
    <ol className="question-list">
      {questions.map((q) => (
        <li key={q.questionId}>
          <a href={`#/progress/question/${q.questionId}`}>{q.text}</a>
          <span className="muted">
            {categoryName(q.category)} · recent confidence {formatAverage(q.recentAverage)} · rated {q.rated}×
            {q.due ? ` · review ${dueText(q.due, now)}` : ''}
          </span>
        </li>
      ))}
    </ol>
  );
}

/** Today's queue: plan questions first (never practised first), then the most overdue; a never-practised one says so, not a date. */
export function DueList({ questions, now }: { questions: DueQuestion[]; now?: Date }) {
  if (questions.length === 0) return <p className="muted">Nothing is due for review today.</p>;
  return (
    <ul className="question-list">
      {questions.map((q) => (
        <li key={q.questionId}>
          <a href={`#/progress/question/${q.questionId}`}>{q.text}</a>
          <span className="muted">
            {categoryName(q.category)} · {q.neverPractised ? 'never practised' : dueText(q.due, now)}
          </span>
        </li>
      ))}
    </ul>
  );
}
