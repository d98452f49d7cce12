import { difficultyLabels, formatDuration, notesWordCount, type Question } from '../../../../shared/domain/questions';

/** The questions of a bank, each linking to its page; the details people scan for sit under the text. */
export function QuestionRows({ questions }: { questions: readonly Question[] }) {
  if (questions.length === 0) return <p className="empty-state">No questions here yet.</p>;
  return (
    <ol className="question-rows">
      {questions.map((q) => {
        const words = notesWordCount(q.notes);
        return (
          <li key={q.id} className={q.archived ? 'question-row archived' : 'question-row'}>
            <a href={`#/banks/questions/${q.id}`}>{q.text}</a>
            <p className="muted question-meta">
              {[
                q.archived ? 'Archived' : null,
                q.category || null,
                difficultyLabels[q.difficulty],
                formatDuration(q.suggestedSeconds),
                q.star ? 'STAR' : null,
                words > 0 ? `my notes: ${words} words` : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            </p>
            {q.tags.length > 0 && (
              <ul className="tag-list" aria-label="Tags">
                {q.tags.map((tag) => (
                  <li key={tag} className="tag">
                    {tag}
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
