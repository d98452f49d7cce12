import { useEffect, useRef, useState } from 'react';
import type { BankDeletionImpact } from '../../../../shared/domain/banks';
import type { ErrorData } from '../../../../shared/contract/result';
import { changedFrom } from '../../../../shared/domain/row-version';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { navigate } from '../../lib/navigation';
import { hasKeptTyping, typingKeys } from '../../lib/kept-typing';
import { ErrorMessage } from '../../components/ErrorMessage';
import { type BankFields, BankForm } from './BankForm';
import { DeleteBankPanel } from './DeleteBankPanel';
import { ExportControls } from './ExportControls';
import { exportBanks } from './export-file';
import { QuestionRows } from './QuestionRows';

export function BankPage({ bankId }: { bankId: number }) {
  const [showArchived, setShowArchived] = useState(false);
  const [bank, reloadBank] = useApiQuery('banks.get', { id: bankId });
  const [questions, reloadQuestions] = useApiQuery('questions.list', { bankId, includeArchived: showArchived });
  const [banks] = useApiQuery('banks.list', { includeArchived: true });
  // The bank as it was when editing began: the base of the edit, so another window's change meanwhile is noticed.
  const [editBase, setEditBase] = useState<BankFields | null>(null);
  // Typing kept from an edit left unsaved (a reload, Back) reopens the form once it has loaded, so it is seen.
  const [reopen, setReopen] = useState(() => hasKeptTyping(typingKeys.bank(bankId)));
  const loadedFields: BankFields | null =
    bank.status === 'ready' ? { name: bank.value.name, description: bank.value.description, purpose: bank.value.purpose } : null;
  const shownBase = editBase ?? (reopen ? loadedFields : null);
  const editing = shownBase !== null;
  // Closing the form (saved or cancelled) gives focus back to the button that opened it, not to the page body.
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  useEffect(() => {
    if (wasEditing.current && !editing) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  const setEditing = (on: boolean) => {
    setReopen(false);
    setEditBase(on ? loadedFields : null);
  };
  const [impact, setImpact] = useState<BankDeletionImpact | null>(null);
  const [error, setError] = useState<ErrorData | null>(null);
  const [status, setStatus] = useState('');

  if (bank.status === 'loading') return <p aria-live="polite">Loading…</p>;
  if (bank.status === 'error') {
    return (
      <section>
        <h1>Bank not found</h1>
        <ErrorMessage error={bank.error} />
        <p>
          <a href="#/banks">Back to all banks</a>
        </p>
      </section>
    );
  }
  const b = bank.value;

  async function askDelete() {
    const result = await api.banks.deletionImpact({ id: bankId });
    if (result.ok) setImpact(result.value);
    else setError(result.error);
  }

  async function remove() {
    setImpact(null);
    const result = await api.banks.remove({ id: bankId });
    if (!result.ok) return setError(result.error);
    if (result.value.outcome === 'deleted') navigate('/banks');
    else {
      setStatus(`“${b.name}” was archived. Restore it here or from the bank list.`);
      reloadBank();
    }
  }

  async function restore() {
    const result = await api.banks.restore({ id: bankId });
    setError(result.ok ? null : result.error);
    setStatus(result.ok ? `“${b.name}” is back in your banks.` : '');
    reloadBank();
    reloadQuestions();
  }

  return (
    <section aria-labelledby="bank-heading" className="bank-page">
      <p>
        <a href="#/banks">All banks</a>
      </p>
      <h1 id="bank-heading">{b.name}</h1>
      {b.archived && (
        <div className="notice notice-warning">
          <p>This bank is archived: its questions are kept with their practice history, but you cannot edit them.</p>
          <button type="button" onClick={() => void restore()}>
            Restore bank
          </button>
        </div>
      )}
      {editing ? (
        <BankForm
          initial={shownBase}
          submitLabel="Save bank"
          draftKey={typingKeys.bank(bankId)}
          takenNames={banks.status === 'ready' ? banks.value.map((x) => x.name) : []}
          onCancel={() => setEditing(false)}
          onSubmit={async (fields, from) => {
            const { changes, base } = changedFrom(fields, from);
            const result = await api.banks.update({ id: bankId, ...changes, base });
            if (!result.ok) return result.error;
            setEditing(false);
            setStatus('Bank saved.');
            reloadBank();
            return null;
          }}
        />
      ) : (
        <>
          {b.description && <p>{b.description}</p>}
          {b.purpose === 'ask' && (
            <p className="muted">
              Questions to ask the interviewer: left out of mock interviews unless a set-up ticks this bank, and offered on each interview’s
              list of questions to ask.
            </p>
          )}
          <div className="button-row">
            {!b.archived && (
              <a className="button primary" href={`#/banks/${bankId}/new`}>
                Add a question
              </a>
            )}
            <button type="button" ref={editButton} onClick={() => setEditing(true)}>
              Edit name, description or purpose
            </button>
            {!b.archived && (
              <button type="button" className="danger" onClick={() => void askDelete()}>
                Delete bank…
              </button>
            )}
          </div>
        </>
      )}
      {impact && <DeleteBankPanel bankName={b.name} impact={impact} onCancel={() => setImpact(null)} onConfirm={() => void remove()} />}
      {error && <ErrorMessage error={error} />}
      <p role="status" aria-live="polite" className="muted">
        {status}
      </p>
      <div className="section-head">
        <h2>Questions ({b.questionCount})</h2>
        <label>
          <input type="checkbox" checked={showArchived} onChange={(e) => setShowArchived(e.currentTarget.checked)} />
          Show archived questions
        </label>
      </div>
      {questions.status === 'error' && <ErrorMessage error={questions.error} onRetry={reloadQuestions} />}
      {questions.status === 'ready' && <QuestionRows questions={questions.value} />}
      <section aria-labelledby="bank-export-heading" className="card">
        <h2 id="bank-export-heading">Export this bank</h2>
        <ExportControls what="this bank" onExport={(format) => exportBanks(bankId, format)} />
      </section>
    </section>
  );
}
