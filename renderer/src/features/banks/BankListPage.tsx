import { useState } from 'react';
import type { BankSummary } from '../../../../shared/domain/banks';
import type { ErrorData } from '../../../../shared/contract/result';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { navigate } from '../../lib/navigation';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ArchivedBanks, BankList } from './BankList';
import { BankForm } from './BankForm';
import { typingKeys } from '../../lib/kept-typing';
import { ExportControls } from './ExportControls';
import { exportBanks } from './export-file';

export function BankListPage() {
  const [banks, reload] = useApiQuery('banks.list', { includeArchived: true });
  const [error, setError] = useState<ErrorData | null>(null);
  const all: BankSummary[] = banks.status === 'ready' ? banks.value : [];
  const active = all.filter((b) => !b.archived);

  async function restore(bank: BankSummary) {
    const result = await api.banks.restore({ id: bank.id });
    setError(result.ok ? null : result.error);
    reload();
  }

  return (
    <section aria-labelledby="banks-heading">
      <h1 id="banks-heading">Question banks</h1>
      <p className="muted">
        Press <kbd>/</kbd> to search every question, its guidance and your notes.
      </p>
      {banks.status === 'loading' && <p aria-live="polite">Loading…</p>}
      {banks.status === 'error' && <ErrorMessage error={banks.error} onRetry={reload} />}
      {error && <ErrorMessage error={error} />}
      {banks.status === 'ready' && <BankList banks={active} />}
      <div className="two-columns">
        <section aria-labelledby="new-bank-heading" className="card">
          <h2 id="new-bank-heading">New bank</h2>
          <BankForm
            initial={{ name: '', description: '', purpose: 'answer' }}
            submitLabel="Create bank"
            draftKey={typingKeys.bank(null)}
            takenNames={all.map((b) => b.name)}
            onSubmit={async (fields) => {
              const result = await api.banks.create(fields);
              if (!result.ok) return result.error;
              navigate(`/banks/${result.value.id}`);
              return null;
            }}
          />
        </section>
        <section aria-labelledby="export-all-heading" className="card">
          <h2 id="export-all-heading">Export and import</h2>
          <ExportControls what="all banks" onExport={(format) => exportBanks(undefined, format)} />
          <p>
            <a href="#/banks/import">Import questions from a file…</a>
          </p>
        </section>
      </div>
      <ArchivedBanks banks={all.filter((b) => b.archived)} onRestore={(bank) => void restore(bank)} />
    </section>
  );
}
