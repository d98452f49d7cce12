import { useEffect, useId, useRef, useState } from 'react';
import type { ErrorData } from '../../../../shared/contract/result';
import type { ColumnField } from '../../../../shared/domain/import-export/column-mapping';
import type { ImportPreview, ImportResult } from '../../../../shared/domain/import-export/transfer';
import { api } from '../../api/client';
import { type ChosenFile, pickImportFile } from './pick-import-file';
import { ImportPreviewView } from './ImportPreviewView';
import { QuestionImportProgress } from './QuestionImportProgress';

type Step =
  | { step: 'choose' }
  | { step: 'reading' }
  | { step: 'preview'; file: ChosenFile; preview: ImportPreview }
  | { step: 'importing'; file: ChosenFile; preview: ImportPreview }
  | { step: 'done'; result: ImportResult; fileName: string; skippedRows: number };

/** Two steps: choose a file and see what it holds (nothing written), then import it in one go. */
export function ImportPage() {
  const id = useId();
  const [state, setState] = useState<Step>({ step: 'choose' });
  const [error, setError] = useState<ErrorData | null>(null);
  const [duplicates, setDuplicates] = useState<'skip' | 'keepBoth'>('skip');
  // A JSON export is "a complete copy": its notes come along unless the user says otherwise.
  const [notes, setNotes] = useState<'bring' | 'leave'>('bring');
  const [fileName, setFileName] = useState('');
  // Rows that cannot be imported stop the import until the user chooses to skip them (never the default).
  const [skipBadRows, setSkipBadRows] = useState(false);
  const [stopped, setStopped] = useState(false);
  const chooseButton = useRef<HTMLButtonElement>(null);
  const previewHeading = useRef(false);

  useEffect(() => {
    if (state.step === 'preview' && !previewHeading.current) document.getElementById('preview-heading')?.focus();
    previewHeading.current = state.step === 'preview' || state.step === 'importing';
  }, [state.step]);

  async function choose() {
    // The state stays as it is while the dialog is open: cancelling it leaves the page unchanged.
    const picked = await pickImportFile();
    if (!picked.ok) {
      setError(picked.error);
      return setState({ step: 'choose' });
    }
    if (!picked.file) return;
    setFileName(picked.file.fileName);
    setError(null);
    setStopped(false);
    setState({ step: 'reading' });
    const preview = await api.banks.previewImport(picked.file);
    if (!preview.ok) {
      setError(preview.error);
      return setState({ step: 'choose' });
    }
    setDuplicates('skip');
    setSkipBadRows(false);
    setState({ step: 'preview', file: picked.file, preview: preview.value });
  }

  /** The user changed what a column is read as: read the file again with that mapping (nothing is written). */
  async function remap(columns: ColumnField[]) {
    if (state.step !== 'preview') return;
    const file = { ...state.file, columns };
    setState({ ...state, step: 'importing' });
    const preview = await api.banks.previewImport(file);
    if (!preview.ok) {
      setError(preview.error);
      return setState({ step: 'choose' });
    }
    // Another mapping reads other rows as bad: the user chooses again.
    setSkipBadRows(false);
    setState({ step: 'preview', file, preview: preview.value });
  }

  async function commit() {
    if (state.step !== 'preview') return;
    setState({ ...state, step: 'importing' });
    setStopped(false);
    // The rows the user saw as bad are sent back: the service imports only if its own reading finds exactly those.
    const skipRows = state.preview.skipped.length > 0 && skipBadRows ? state.preview.skipped.map((r) => r.at) : undefined;
    const result = await api.banks.import({ ...state.file, duplicates, notes, ...(skipRows ? { skipRows } : {}) });
    if (!result.ok && result.error.code === 'cancelled') {
      // Stopped before anything was written: the preview stays, so the user can import after all.
      setStopped(true);
      return setState({ ...state, step: 'preview' });
    }
    if (!result.ok) {
      setError(result.error);
      return setState({ step: 'choose' });
    }
    setState({ step: 'done', result: result.value, fileName: state.file.fileName, skippedRows: skipRows?.length ?? 0 });
  }

  function restart() {
    setState({ step: 'choose' });
    chooseButton.current?.focus();
  }

  const problems = error?.issues?.filter((i) => i.path === 'file').map((i) => i.message) ?? [];
  return (
    <section aria-labelledby="import-heading" className="import-page">
      <p>
        <a href="#/banks">All banks</a>
      </p>
      <h1 id="import-heading">Import questions</h1>
      <p>
        Import a Rehearse JSON export, a spreadsheet saved as CSV or tab-separated text (with a header row naming the columns: you choose
        what each column holds), Anki&rsquo;s &ldquo;Notes in Plain Text&rdquo; export, or Markdown with <code>## Bank name</code> headings
        and <code>- question</code> lines. Files up to 10 MB and 10,000 questions, in UTF-8 or the encoding your spreadsheet program used.
        You will see what the file holds before anything is saved.
      </p>
      <button
        type="button"
        ref={chooseButton}
        className="primary"
        disabled={state.step === 'reading' || state.step === 'importing'}
        aria-describedby={error ? `${id}-error` : undefined}
        onClick={() => void choose()}
      >
        Choose a file to import…
      </button>
      {error && (
        <div id={`${id}-error`} role="alert" className="error-message import-error">
          <p>
            {problems.length > 1
              ? `Nothing was imported${fileName ? ` from “${fileName}”` : ''}. Fix these problems in the file and choose it again:`
              : error.message}
          </p>
          {problems.length > 1 && (
            <ul>
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <p role="status" aria-live="polite" className="muted">
        {state.step === 'reading' && `Checking “${fileName}”…`}
        {state.step === 'preview' && stopped && 'Import stopped. Nothing was changed.'}
        {state.step === 'done' &&
          `Imported ${state.result.questionsAdded.toLocaleString()} questions from “${state.fileName}”` +
            `${state.result.banksCreated ? `, creating ${state.result.banksCreated} ${state.result.banksCreated === 1 ? 'bank' : 'banks'}` : ''}` +
            `${state.result.duplicatesSkipped ? `; skipped ${state.result.duplicatesSkipped} duplicates` : ''}` +
            `${state.skippedRows ? `; skipped ${state.skippedRows === 1 ? '1 row' : `${state.skippedRows} rows`} that could not be imported` : ''}` +
            `${state.result.notesBrought ? `; brought in notes for ${state.result.notesBrought} ${state.result.notesBrought === 1 ? 'question' : 'questions'} already here` : ''}.`}
      </p>
      {(state.step === 'preview' || state.step === 'importing') && (
        <ImportPreviewView
          preview={state.preview}
          duplicates={duplicates}
          onDuplicatesChange={setDuplicates}
          notes={notes}
          onNotesChange={setNotes}
          skipBadRows={skipBadRows}
          onSkipBadRowsChange={setSkipBadRows}
          busy={state.step === 'importing'}
          onImport={() => void commit()}
          onMappingChange={(mapping) => void remap(mapping)}
          onCancel={restart}
        />
      )}
      {state.step === 'importing' && <QuestionImportProgress onCancel={(jobId) => void api.data.cancelJob({ jobId })} />}
      {state.step === 'done' && (
        <ul className="plain-list">
          {state.result.banks.map((bank) => (
            <li key={bank.id}>
              <a href={`#/banks/${bank.id}`}>Open {bank.name}</a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
