import { formatTime } from '../../../../shared/domain/dates/format';
import type { DatabaseCheck } from '../../../../shared/domain/data';
import { formatBytes } from './data-transfer';

/** The result of "Check database", in plain words. */
export function CheckReport({ check }: { check: DatabaseCheck }) {
  return (
    <div role="status" className={`check-report ${check.ok ? '' : 'notice notice-warning'}`}>
      <p>
        <strong>{check.ok ? 'Your database is healthy.' : 'The check found problems.'}</strong> ({formatBytes(check.bytes)}, checked{' '}
        {formatTime(check.checkedAt)})
      </p>
      <ul>
        <li>
          {check.integrity.length === 1 && check.integrity[0] === 'ok'
            ? 'Structure: every page and index is intact (SQLite quick_check).'
            : `Structure: SQLite reported ${check.integrity.length} problem(s): ${check.integrity.slice(0, 3).join('; ')}`}
        </li>
        <li>
          {check.foreignKeyProblems.length === 0
            ? 'Links: every answer, session and note points at something that exists (foreign_key_check).'
            : `Links: ${check.foreignKeyProblems.length} row(s) point at something missing, e.g. in ${check.foreignKeyProblems[0]!.table}.`}
        </li>
        <li>{check.rollupsMatch ? 'Progress summaries: they match your answers.' : check.repaired.join(' ')}</li>
      </ul>
      {!check.ok && <p>Restoring the newest verified backup below is the safest fix.</p>}
    </div>
  );
}
