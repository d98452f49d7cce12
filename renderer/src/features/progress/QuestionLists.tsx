import type { DueQuestion } from '../../../../shared/contract/progress';
import type { WeakQuestion } from '../../../../shared/domain/progress/dashboard';
import { categoryName, formatAverage, relativeDay } from './format';

/** The questions with the lowest recent confidence (mean of the last three ratings), each linking to its history. */
export function WeakestList({ questions, now }: { questions: WeakQuestion[]; now?: Date }) {
  if (questions.length === 0) {
    return <p className="empty-state">Rate a few answers and the questions that need the most work will be listed here.</p>;
  }
  return (
    <ol className="question-list">
      {questions.map((q) => (
        <li key={q.questionId}>
          <a href={`#/progress/question/${q.questionId}`}>{q.text}</a>
          <span className="muted">
            {categoryName(q.category)} · recent confidence {formatAverage(q.recentAverage)} · rated {q.rated}×
            {q.due ? ` · review ${relativeDay(q.due, now)}` : ''}
          </span>
        </li>
      ))}
    </ol>
  );
}

/** Questions due for review today, most overdue first. */
export function DueList({ questions, now }: { questions: DueQuestion[]; now?: Date }) {
  if (questions.length === 0) return <p className="muted">Nothing is due for review today.</p>;
  return (
    <ul className="question-list">
      {questions.map((q) => (
        <li key={q.questionId}>
          <a href={`#/progress/question/${q.questionId}`}>{q.text}</a>
          <span className="muted">
            {categoryName(q.category)} · due {relativeDay(q.due, now)}
          </span>
        </li>
      ))}
    </ul>
  );
}
