import { formatInterviewDay } from '../../../../shared/domain/reflection/interview-when';
import { type FormEvent, useState } from 'react';
import type { ErrorData } from '../../../../shared/contract/result';
import { type ProgressRange, progressRanges, rangeLabels } from '../../../../shared/domain/progress/dashboard';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { ErrorMessage } from '../../components/ErrorMessage';
import { saveFile } from '../../files/save-file';
import { href, paths } from '../../lib/navigation';

type Format = 'markdown' | 'html';
const formats: Record<Format, { label: string; extension: string; mimeType: string }> = {
  markdown: { label: 'Save as Markdown', extension: 'md', mimeType: 'text/markdown' },
  html: { label: 'Save as a printable page (HTML)', extension: 'html', mimeType: 'text/html' },
};

/**
 * `#/progress/share`: "Share my progress" (issue 14, item 6). The user picks the period, the
 * reflections to include, whether to replace company and interviewer names, and whether to add
 * interview notes; the file is built by the main process and saved where the user chooses.
 */
export function ShareReportPage() {
  const [interviews] = useApiQuery('reflection.listInterviews', {});
  const [range, setRange] = useState<ProgressRange>('12w');
  const [chosen, setChosen] = useState<number[]>([]);
  const [redact, setRedact] = useState(true);
  const [includeNotes, setIncludeNotes] = useState(false);
  const [error, setError] = useState<ErrorData | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  async function save(format: Format, event?: FormEvent) {
    event?.preventDefault();
    setBusy(true);
    setStatus('');
    const built = await api.report.build({ range, interviewIds: chosen, redact, includeNotes });
    if (!built.ok) {
      setBusy(false);
      return setError(built.error);
    }
    const { extension, mimeType } = formats[format];
    const saved = await saveFile({
      fileName: `${built.value.baseName}.${extension}`,
      mimeType,
      content: format === 'markdown' ? built.value.markdown : built.value.html,
    });
    setBusy(false);
    if (!saved.ok) return setError(saved.error);
    setError(null);
    setStatus(saved.value.savedTo === null ? 'Cancelled: nothing was saved.' : `Saved to ${saved.value.savedTo}.`);
  }

  const list = interviews.status === 'ready' ? interviews.value : [];
  return (
    <section aria-labelledby="share-heading" className="share-report">
      <p>
        <a href={href(paths.progress)}>Back to progress</a>
      </p>
      <h1 id="share-heading">Share my progress</h1>
      <p>
        Make a file to show a coach, mentor or careers adviser: your confidence trend, mock interviews and the reflections you choose.
        Nothing is sent anywhere — you save the file and decide who sees it. Recordings are never included.
      </p>
      <form onSubmit={(e) => void save('html', e)}>
        <div className="field">
          <label htmlFor="share-range">Period</label>
          <select id="share-range" value={range} onChange={(e) => setRange(e.currentTarget.value as ProgressRange)}>
            {progressRanges.map((r) => (
              <option key={r} value={r}>
                {rangeLabels[r]}
              </option>
            ))}
          </select>
        </div>
        <fieldset>
          <legend>Reflections to include</legend>
          {interviews.status === 'error' && <ErrorMessage error={interviews.error} />}
          {interviews.status === 'ready' && list.length === 0 && <p className="muted">No interviews logged yet.</p>}
          <ul className="choice-list">
            {list.map((i) => (
              <li key={i.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={chosen.includes(i.id)}
                    onChange={(e) => {
                      const checked = e.currentTarget.checked;
                      setChosen((now) => (checked ? [...now, i.id] : now.filter((id) => id !== i.id)));
                    }}
                  />{' '}
                  {i.role} at {i.company} ({formatInterviewDay(i, 'medium')})
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <fieldset>
          <legend>Privacy</legend>
          <label>
            <input type="checkbox" checked={redact} onChange={(e) => setRedact(e.currentTarget.checked)} /> Replace company and interviewer
            names (“Company A”, “Interviewer A”), in what I typed too
          </label>
          <label>
            <input type="checkbox" checked={includeNotes} onChange={(e) => setIncludeNotes(e.currentTarget.checked)} /> Include my interview
            notes
          </label>
        </fieldset>
        <p className="button-row">
          <button type="submit" className="primary" disabled={busy}>
            {formats.html.label}
          </button>
          <button type="button" disabled={busy} onClick={() => void save('markdown')}>
            {formats.markdown.label}
          </button>
        </p>
      </form>
      {error && <ErrorMessage error={error} />}
      <p role="status" aria-live="polite" className="muted">
        {status}
      </p>
    </section>
  );
}
