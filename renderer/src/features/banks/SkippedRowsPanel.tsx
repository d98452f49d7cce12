import { sentences } from '../../../../shared/domain/limit-messages';
import { useState } from 'react';
import type { ErrorData } from '../../../../shared/contract/result';
import type { ImportPreview } from '../../../../shared/domain/import-export/transfer';
import { CopyOutcome } from '../../components/CopyOutcome';
import { saveFile } from '../../files/save-file';
import { copyText } from '../../lib/copy-text';

const rows = (n: number) => (n === 1 ? '1 row' : `${n.toLocaleString()} rows`);
/** Enough rows to fix a file in one pass; the rest are in the saved file rather than a page thousands of lines long. */
const shownRows = 100;
const capitalised = (at: string) => at.charAt(0).toUpperCase() + at.slice(1);

interface Props {
  preview: Pick<ImportPreview, 'skipped' | 'skippedFile' | 'questionCount' | 'fileName'>;
  /** The user chose to import the good rows without the bad ones (never the default). */
  skip: boolean;
  onSkipChange: (skip: boolean) => void;
}

/**
 * The rows of a spreadsheet-shaped file that cannot be imported, each by its row number and with
 * what is wrong; the choice to import the good rows without them; and the bad rows as a file
 * (saved or copied) so nothing is left behind unseen. Renders nothing when every row is good.
 */
export function SkippedRowsPanel({ preview, skip, onSkipChange }: Props) {
  const [status, setStatus] = useState('');
  const [error, setError] = useState<ErrorData | null>(null);
  const [shown, setShown] = useState<string | null>(null);
  const { skipped, skippedFile, questionCount: good } = preview;
  if (skipped.length === 0) return null;
  const bad = skipped.length;

  async function save() {
    if (!skippedFile) return;
    setError(null);
    const saved = await saveFile(skippedFile);
    if (!saved.ok) return setError(saved.error);
    setStatus(saved.value.savedTo === null ? 'Not saved.' : `Saved the ${rows(bad)} that cannot be imported to ${saved.value.savedTo}.`);
  }

  async function copy() {
    if (!skippedFile) return;
    // The file's byte order mark is for spreadsheets, not for a paste.
    const text = skippedFile.content.replace(/^\uFEFF/, '');
    if (await copyText(text)) {
      setShown(null);
      setStatus(`Copied the header and the ${rows(bad)} that cannot be imported.`);
    } else {
      setShown(text);
      setStatus('The clipboard is not available here: the rows are shown below, selected, to copy.');
    }
  }

  return (
    <section aria-labelledby="skipped-heading" className="import-skipped">
      <h3 id="skipped-heading">{rows(bad)} cannot be imported</h3>
      <p>
        {good > 0
          ? `${rows(good)} of “${preview.fileName}” can be imported; the ${rows(bad)} below cannot. Fix them in the file and choose it again, or import the good rows now and keep the others to fix later.`
          : `None of the rows of “${preview.fileName}” can be imported. Fix the file and choose it again, or change what a column is read as.`}
      </p>
      <ul className="skipped-rows">
        {skipped.slice(0, shownRows).map((row) => (
          <li key={row.at}>
            <strong>{capitalised(row.at)}:</strong> {sentences(row.problems)}
            {row.text.trim() !== '' && (
              <>
                {' '}
                <span className="muted">The row reads: </span>
                <code className="pre-wrap">{row.text}</code>
              </>
            )}
          </li>
        ))}
      </ul>
      {bad > shownRows && (
        <p className="muted">and {rows(bad - shownRows)} more: every one is in the file the buttons below save or copy.</p>
      )}
      <div className="button-row">
        <button type="button" onClick={() => void save()}>
          Save the {rows(bad)} as a file…
        </button>
        <button type="button" onClick={() => void copy()}>
          Copy the {rows(bad)}
        </button>
      </div>
      <CopyOutcome status={status} error={error} shown={shown} label="Rows that cannot be imported" rows={6} />
      {good > 0 && (
        <label>
          <input type="checkbox" checked={skip} onChange={(event) => onSkipChange(event.target.checked)} />
          Import the {good === 1 ? 'good row' : `${good.toLocaleString()} good rows`} and skip the{' '}
          {bad === 1 ? 'bad one' : `${bad.toLocaleString()} bad ones`}
        </label>
      )}
    </section>
  );
}
