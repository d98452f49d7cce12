import type { BankSummary } from '../../../../shared/domain/banks';

const count = (n: number) => (n === 1 ? '1 question' : `${n} questions`);

/** The active banks as cards; each card's heading is a link to the bank. */
export function BankList({ banks }: { banks: readonly BankSummary[] }) {
  if (banks.length === 0) return <p className="empty-state">You have no question banks yet. Create one below, or import a file.</p>;
  return (
    <ul className="card-list bank-list">
      {banks.map((bank) => (
        <li key={bank.id} className="card">
          <h2>
            <a href={`#/banks/${bank.id}`}>{bank.name}</a>
          </h2>
          {bank.description && <p>{bank.description}</p>}
          <p className="muted">
            {count(bank.questionCount)}
            {bank.purpose === 'ask' ? ' · to ask the interviewer' : ''}
            {bank.starterKey ? ' · comes with Rehearse' : ''}
          </p>
        </li>
      ))}
    </ul>
  );
}

/** Archived banks, each with a way back. */
export function ArchivedBanks({ banks, onRestore }: { banks: readonly BankSummary[]; onRestore: (bank: BankSummary) => void }) {
  if (banks.length === 0) return null;
  return (
    <section aria-labelledby="archived-banks-heading" className="archived-banks">
      <h2 id="archived-banks-heading">Archived banks</h2>
      <p className="muted">These banks have practice history, so they were archived rather than deleted. Restore one to use it again.</p>
      <ul className="plain-list">
        {banks.map((bank) => (
          <li key={bank.id}>
            <a href={`#/banks/${bank.id}`}>{bank.name}</a> <span className="muted">({count(bank.questionCount)})</span>{' '}
            <button type="button" onClick={() => onRestore(bank)}>
              Restore {bank.name}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
