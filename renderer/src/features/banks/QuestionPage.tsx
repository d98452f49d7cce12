import { type ReactNode, useState } from 'react';
import type { ErrorData } from '../../../../shared/contract/result';
import type { Question } from '../../../../shared/domain/questions';
import { changedFrom } from '../../../../shared/domain/row-version';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { navigate } from '../../lib/navigation';
import { ErrorMessage } from '../../components/ErrorMessage';
import { MoveQuestion } from './MoveQuestion';
import { NotesEditor } from './NotesEditor';
import { blankQuestion, QuestionForm } from './QuestionForm';
import { typingKeys } from '../../lib/kept-typing';

/** A new question for a bank: the details first; notes open once it exists. */
export function NewQuestionPage({ bankId }: { bankId: number }) {
  const [bank] = useApiQuery('banks.get', { id: bankId });
  const [facets] = useApiQuery('questions.facets', {});
  return (
    <section aria-labelledby="new-question-heading">
      <p>{bank.status === 'ready' && <a href={`#/banks/${bankId}`}>Back to {bank.value.name}</a>}</p>
      <h1 id="new-question-heading">New question{bank.status === 'ready' ? ` in ${bank.value.name}` : ''}</h1>
      {bank.status === 'error' && <ErrorMessage error={bank.error} />}
      <QuestionForm
        initial={blankQuestion}
        submitLabel="Add question"
        draftKey={typingKeys.newQuestion(bankId)}
        categories={facets.status === 'ready' ? facets.value.categories : []}
        onSubmit={async (fields) => {
          const result = await api.questions.create({ bankId, ...fields });
          if (!result.ok) return result.error;
          navigate(`/banks/questions/${result.value.id}`);
          return null;
        }}
      />
    </section>
  );
}

/** `stories`: the story bank's panel for this question, composed by the route table (features never import each other). */
export function QuestionPage({ questionId, stories }: { questionId: number; stories?: ReactNode }) {
  const [loaded] = useApiQuery('questions.get', { id: questionId });
  const [facets] = useApiQuery('questions.facets', {});
  const [banks] = useApiQuery('banks.list', {});
  const [updated, setUpdated] = useState<Question | null>(null);
  const [error, setError] = useState<ErrorData | null>(null);
  const [status, setStatus] = useState('');

  if (loaded.status === 'loading') return <p aria-live="polite">Loading…</p>;
  if (loaded.status === 'error') {
    return (
      <section>
        <h1>Question not found</h1>
        <ErrorMessage error={loaded.error} />
        <p>
          <a href="#/banks">Back to all banks</a>
        </p>
      </section>
    );
  }
  const q = updated?.id === questionId ? updated : loaded.value;

  async function setArchived(archived: boolean) {
    const result = await api.questions.setArchived({ id: questionId, archived });
    if (!result.ok) return setError(result.error);
    setError(null);
    setUpdated(result.value);
    setStatus(archived ? 'Question archived. It no longer appears in lists, search or practice.' : 'Question restored.');
  }

  return (
    <article aria-labelledby="question-heading" className="question-page">
      <p>
        <a href={`#/banks/${q.bankId}`}>Back to {q.bankName}</a>
      </p>
      <h1 id="question-heading">{q.text}</h1>
      {q.archived && (
        <div className="notice notice-warning">
          <p>This question is archived. Restore it to edit it or write notes.</p>
          <button type="button" onClick={() => void setArchived(false)}>
            Restore question
          </button>
        </div>
      )}
      {error && <ErrorMessage error={error} />}
      <p role="status" aria-live="polite" className="muted">
        {status}
      </p>
      <div className="question-columns">
        <section aria-labelledby="notes-heading" className="card">
          <h2 id="notes-heading">My answer notes</h2>
          {q.guidance && (
            <p className="guidance">
              <strong>What they are listening for:</strong> {q.guidance}
            </p>
          )}
          <NotesEditor
            key={`${q.id}-${q.archived}`}
            questionId={q.id}
            notes={q.notes}
            version={q.version}
            star={q.star}
            suggestedSeconds={q.suggestedSeconds}
            readOnly={q.archived}
            onSave={(save) => api.questions.saveNotes({ id: questionId, save })}
          />
        </section>
        {stories}
        <section aria-labelledby="details-heading" className="card">
          <h2 id="details-heading">Question details</h2>
          <QuestionForm
            key={`${q.id}-${q.archived}-${q.bankId}`}
            initial={q}
            submitLabel="Save details"
            draftKey={typingKeys.question(questionId)}
            disabled={q.archived}
            categories={facets.status === 'ready' ? facets.value.categories : []}
            onSubmit={async (fields, base) => {
              // Only what the user changed, with what it was: another window's change to another field is kept.
              const { changes, base: from } = changedFrom(fields, base);
              const result = await api.questions.update({ id: questionId, patch: changes, base: from });
              if (!result.ok) return result.error;
              setUpdated(result.value);
              return null;
            }}
          />
          {!q.archived && (
            <>
              <MoveQuestion
                question={q}
                banks={banks.status === 'ready' ? banks.value : []}
                onMove={async (bankId) => {
                  const result = await api.questions.move({ id: questionId, bankId });
                  if (!result.ok) return result.error;
                  setUpdated(result.value);
                  setStatus(`Moved to ${result.value.bankName}.`);
                  return null;
                }}
              />
              <button type="button" onClick={() => void setArchived(true)}>
                Archive question
              </button>
            </>
          )}
        </section>
      </div>
    </article>
  );
}
