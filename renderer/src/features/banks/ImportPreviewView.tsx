import type { ColumnField } from '../../../../shared/domain/import-export/column-mapping';
import type { ImportPreview } from '../../../../shared/domain/import-export/transfer';
import { ColumnMappingTable } from './ColumnMappingTable';
import { ImportRowsTable } from './ImportRowsTable';
import { SkippedRowsPanel } from './SkippedRowsPanel';

const formatNames = { json: 'Rehearse JSON', csv: 'CSV', markdown: 'Markdown', anki: 'Anki text' } as const;
const targets = { new: 'new bank', existing: 'adds to your bank', archived: 'restores your archived bank' } as const;
const questions = (n: number) => (n === 1 ? '1 question' : `${n.toLocaleString()} questions`);

interface Props {
  preview: ImportPreview;
  duplicates: 'skip' | 'keepBoth';
  onDuplicatesChange: (choice: 'skip' | 'keepBoth') => void;
  notes: 'bring' | 'leave';
  onNotesChange: (choice: 'bring' | 'leave') => void;
  /** The user chose to import the good rows and skip the ones that cannot be imported. */
  skipBadRows: boolean;
  onSkipBadRowsChange: (skip: boolean) => void;
  busy: boolean;
  onImport: () => void;
  onCancel: () => void;
  onMappingChange: (mapping: ColumnField[]) => void;
}

/** What an import will do, before anything is written; the user chooses what happens to duplicates. */
export function ImportPreviewView({
  preview,
  duplicates,
  onDuplicatesChange,
  notes,
  onNotesChange,
  skipBadRows,
  onSkipBadRowsChange,
  busy,
  onImport,
  onCancel,
  onMappingChange,
}: Props) {
  const adding = duplicates === 'skip' ? preview.questionCount - preview.duplicateCount : preview.questionCount;
  // Notes are brought into the questions already here only when the file's copies are skipped.
  const offerNotes = duplicates === 'skip' && preview.notes.bring > 0;
  const bringing = offerNotes && notes === 'bring' ? preview.notes.bring : 0;
  const importLabel =
    adding > 0 && bringing > 0
      ? `Import ${questions(adding)} and bring in notes for ${questions(bringing)}`
      : adding > 0 || bringing === 0
        ? `Import ${questions(adding)}`
        : `Bring in notes for ${questions(bringing)}`;
  const blocked = preview.problems.length > 0;
  const badRows = preview.skipped.length;
  // A file with rows that cannot be imported imports nothing until the user chooses to skip them.
  const waiting = badRows > 0 && !skipBadRows;
  return (
    <section aria-labelledby="preview-heading" className="card import-preview">
      <h2 id="preview-heading" tabIndex={-1}>
        {blocked
          ? `Check the columns of “${preview.fileName}”`
          : badRows > 0
            ? `Check the rows of “${preview.fileName}”`
            : `Ready to import “${preview.fileName}”`}
      </h2>
      <p>
        {formatNames[preview.format]} file, read as {preview.encoding}
        {blocked
          ? '.'
          : `: ${questions(preview.questionCount)} in ${preview.banks.length === 1 ? '1 bank' : `${preview.banks.length} banks`}${
              preview.duplicateCount > 0 ? `, of which ${preview.duplicateCount.toLocaleString()} are already in the same bank` : ''
            }${badRows > 0 ? `; ${badRows === 1 ? '1 row' : `${badRows.toLocaleString()} rows`} cannot be imported` : ''}.`}
      </p>
      {preview.columns && <ColumnMappingTable columns={preview.columns} onChange={onMappingChange} />}
      {blocked && (
        <div role="alert" className="error-message import-error">
          <p>Nothing can be imported with these columns yet:</p>
          <ul>
            {preview.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      <SkippedRowsPanel preview={preview} skip={skipBadRows} onSkipChange={onSkipBadRowsChange} />
      <ImportRowsTable rows={preview.rows} total={preview.questionCount} />
      {!blocked && preview.banks.length > 0 && (
        <table className="preview-table">
          <caption className="visually-hidden">Banks in the file</caption>
          <thead>
            <tr>
              <th scope="col">Bank</th>
              <th scope="col">What happens</th>
              <th scope="col">Questions</th>
              <th scope="col">Duplicates</th>
            </tr>
          </thead>
          <tbody>
            {preview.banks.map((b) => (
              <tr key={b.name}>
                <th scope="row">{b.name}</th>
                <td>{targets[b.target]}</td>
                <td>{b.questionCount.toLocaleString()}</td>
                <td>{b.duplicateCount.toLocaleString()}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {preview.duplicateCount > 0 && (
        <>
          <details>
            <summary>
              Show duplicates{preview.duplicates.length < preview.duplicateCount ? ` (first ${preview.duplicates.length})` : ''}
            </summary>
            <ul className="plain-list">
              {preview.duplicates.map((d) => (
                <li key={`${d.at}-${d.text}`}>
                  {d.text}{' '}
                  <span className="muted">
                    ({d.bankName}, {d.at})
                  </span>
                </li>
              ))}
            </ul>
          </details>
          <fieldset>
            <legend>Questions already in the same bank</legend>
            <label>
              <input type="radio" name="duplicates" checked={duplicates === 'skip'} onChange={() => onDuplicatesChange('skip')} />
              Skip them
            </label>
            <label>
              <input type="radio" name="duplicates" checked={duplicates === 'keepBoth'} onChange={() => onDuplicatesChange('keepBoth')} />
              Keep both copies
            </label>
          </fieldset>
        </>
      )}
      {offerNotes && (
        <fieldset>
          <legend>Your notes on {questions(preview.notes.bring)} already here: the file has notes where yours are empty</legend>
          <label>
            <input type="radio" name="notes" checked={notes === 'bring'} onChange={() => onNotesChange('bring')} />
            Bring the file’s notes in
          </label>
          <label>
            <input type="radio" name="notes" checked={notes === 'leave'} onChange={() => onNotesChange('leave')} />
            Leave my notes as they are
          </label>
          <p className="muted">
            Only empty parts are filled (situation, task, action, result, other notes); nothing you wrote here is replaced.
          </p>
        </fieldset>
      )}
      {duplicates === 'skip' && preview.notes.differing > 0 && (
        <p className="muted">
          {questions(preview.notes.differing)} here {preview.notes.differing === 1 ? 'has' : 'have'} notes written differently from the
          file’s; those parts are kept as they are here.
        </p>
      )}
      <div className="button-row">
        <button
          type="button"
          className="primary"
          onClick={onImport}
          disabled={busy || blocked || waiting || (adding === 0 && bringing === 0)}
          aria-describedby={waiting && adding > 0 ? 'import-waiting' : undefined}
        >
          {busy ? 'Importing…' : importLabel}
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
      {waiting && adding > 0 && (
        <p id="import-waiting" className="muted">
          Nothing is imported while rows have problems: fix the file and choose it again, or choose above to skip them.
        </p>
      )}
      {!blocked && badRows === 0 && adding === 0 && bringing === 0 && (
        <p className="muted">
          Every question in this file is already in your banks
          {preview.notes.bring > 0 ? ', and you chose to leave your notes as they are' : ''}: there is nothing new to import.
        </p>
      )}
    </section>
  );
}
