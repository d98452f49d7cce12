import { useState } from 'react';
import {
  type QuestionSort,
  questionSortLabels,
  questionSorts,
  type QuestionStats,
} from '../../../../shared/domain/progress/question-history';
import { useApiQuery } from '../../api/queries';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formatDate } from '../../../../shared/domain/dates/format';
import { dueText } from '../../../../shared/domain/dates/relative';
import { categoryName, formatAverage, percent } from './format';

const pageSize = 25;

export function QuestionStatsTable({ rows }: { rows: QuestionStats[] }) {
  return (
    <table className="stats-table">
      <caption className="visually-hidden">Practised questions with their figures</caption>
      <thead>
        <tr>
          <th scope="col">Question</th>
          <th scope="col">Category</th>
          <th scope="col">Rated</th>
          <th scope="col">Average</th>
          <th scope="col">Recent</th>
          <th scope="col">Over time</th>
          <th scope="col">Last practised</th>
          <th scope="col">Next review</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((q) => (
          <tr key={q.questionId}>
            <th scope="row">
              <a href={`#/progress/question/${q.questionId}`}>{q.text}</a>
            </th>
            <td>{categoryName(q.category)}</td>
            <td>{q.rated}</td>
            <td>{formatAverage(q.average)}</td>
            <td>{formatAverage(q.recentAverage)}</td>
            <td>{percent(q.over, q.timed)}</td>
            <td>{q.lastAnsweredAt ? formatDate(q.lastAnsweredAt) : '—'}</td>
            <td>{q.due ? dueText(q.due) : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** `#/progress/questions`: every practised question, sortable and a page at a time. */
export function PractisedQuestionsPage() {
  const [sort, setSort] = useState<QuestionSort>('weakest');
  const [offset, setOffset] = useState(0);
  const [page, reload] = useApiQuery('progress.questions', { sort, limit: pageSize, offset });
  return (
    <section aria-labelledby="practised-heading">
      <p>
        <a href="#/progress">← Progress</a>
      </p>
      <h1 id="practised-heading">Practised questions</h1>
      <label className="inline">
        Order
        <select
          value={sort}
          onChange={(e) => {
            setSort(e.currentTarget.value as QuestionSort);
            setOffset(0);
          }}
        >
          {questionSorts.map((s) => (
            <option key={s} value={s}>
              {questionSortLabels[s]}
            </option>
          ))}
        </select>
      </label>
      {page.status === 'loading' && <p aria-live="polite">Loading…</p>}
      {page.status === 'error' && <ErrorMessage error={page.error} onRetry={reload} />}
      {page.status === 'ready' &&
        (page.value.total === 0 ? (
          <p className="empty-state">
            No question has been practised yet. <a href="#/practice">Start a mock interview</a>.
          </p>
        ) : (
          <>
            <QuestionStatsTable rows={page.value.rows} />
            <nav aria-label="Pages" className="pager">
              <button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - pageSize))}>
                Previous
              </button>
              <span aria-live="polite">
                {offset + 1}–{offset + page.value.rows.length} of {page.value.total}
              </span>
              <button type="button" disabled={offset + pageSize >= page.value.total} onClick={() => setOffset(offset + pageSize)}>
                Next
              </button>
            </nav>
          </>
        ))}
    </section>
  );
}
