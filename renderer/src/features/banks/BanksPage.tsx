import { api } from '../../api/client';
import { useResult } from '../../api/use-result';
import { ErrorMessage } from '../../components/ErrorMessage';

export function BanksPage() {
  const [banks, reload] = useResult(() => api.banks.list({}), []);
  return (
    <section aria-labelledby="banks-heading">
      <h1 id="banks-heading">Question banks</h1>
      {banks.status === 'loading' && <p aria-live="polite">Loading…</p>}
      {banks.status === 'error' && <ErrorMessage error={banks.error} onRetry={reload} />}
      {banks.status === 'ready' && banks.value.length === 0 && <p className="empty-state">You have no question banks yet.</p>}
      {banks.status === 'ready' && banks.value.length > 0 && (
        <ul className="card-list">
          {banks.value.map((bank) => (
            <li key={bank.id} className="card">
              <h2>{bank.name}</h2>
              <p>{bank.description}</p>
              <p className="muted">{bank.questionCount === 1 ? '1 question' : `${bank.questionCount} questions`}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
