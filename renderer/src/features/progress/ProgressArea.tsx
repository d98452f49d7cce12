import { PractisedQuestionsPage } from './PractisedQuestionsPage';
import { ProgressDashboard } from './ProgressDashboard';
import { QuestionHistoryPage } from './QuestionHistoryPage';
import './progress.css';

/** `#/progress`, `#/progress/questions` and `#/progress/question/<id>`. */
export function ProgressArea({ subPath }: { subPath: string[] }) {
  const [first, id] = subPath;
  const questionId = first === 'question' && id && /^\d{1,15}$/.test(id) ? Number(id) : null;
  if (questionId !== null && questionId > 0) return <QuestionHistoryPage key={questionId} questionId={questionId} />;
  if (first === 'questions') return <PractisedQuestionsPage />;
  return (
    <section aria-labelledby="progress-heading">
      <h1 id="progress-heading">Progress</h1>
      <ProgressDashboard />
    </section>
  );
}
