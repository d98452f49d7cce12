import { interviewName } from '../../../../shared/domain/reflection/interview-name';
import { useState } from 'react';
import type { ErrorData } from '../../../../shared/contract/result';
import {
  interviewOutcomes,
  interviewLimits,
  interviewStages,
  type InterviewOutcome,
  type InterviewStage,
  outcomeLabels,
  stageLabels,
} from '../../../../shared/domain/reflection/interview';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { FilterSelect } from '../../components/FilterSelect';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TextField } from '../../components/TextField';
import { InterviewList } from './InterviewList';
import { PatternList } from './PatternList';

/** The reflection home: what keeps coming back, and the interview log with filters. */
export function ReflectionHome() {
  const [outcome, setOutcome] = useState<InterviewOutcome | ''>('');
  const [stage, setStage] = useState<InterviewStage | ''>('');
  const [search, setSearch] = useState('');
  const [interviews, reload] = useApiQuery('reflection.listInterviews', {
    search,
    ...(outcome ? { outcome } : {}),
    ...(stage ? { stage } : {}),
  });
  const [patterns, reloadPatterns] = useApiQuery('reflection.patterns', {});
  const [status, setStatus] = useState('');
  const [deleteError, setDeleteError] = useState<ErrorData | null>(null);
  const filtered = outcome !== '' || stage !== '' || search.trim() !== '';

  return (
    <section aria-labelledby="reflection-heading" className="stack">
      <h1 id="reflection-heading">Reflection</h1>
      <p>After a real interview, above all after a rejection, work out what to change before the next one.</p>
      <div className="button-row">
        <a className="button-link primary" href="#/reflection/new">
          Log an interview
        </a>
        <a className="button-link" href="#/reflection/actions">
          Action items: my career plan
        </a>
      </div>

      <section aria-labelledby="patterns-heading" className="card">
        <h2 id="patterns-heading">What keeps coming back</h2>
        {patterns.status === 'error' && <ErrorMessage error={patterns.error} onRetry={reloadPatterns} />}
        {patterns.status === 'ready' && <PatternList patterns={patterns.value} />}
      </section>

      <section aria-labelledby="log-heading" className="stack">
        <h2 id="log-heading">My interviews</h2>
        <div className="filters" role="group" aria-label="Filter interviews">
          <TextField label="Search company or role" type="search" value={search} limit={interviewLimits.searchMax} onChange={setSearch} />
          <FilterSelect
            label="Outcome"
            anyLabel="Any outcome"
            value={outcome}
            values={interviewOutcomes}
            labels={outcomeLabels}
            onChange={setOutcome}
          />
          <FilterSelect
            label="Stage"
            anyLabel="Any stage"
            value={stage}
            values={interviewStages}
            labels={stageLabels}
            onChange={setStage}
          />
        </div>
        <p role="status" aria-live="polite" className="muted">
          {status}
        </p>
        {deleteError && <ErrorMessage error={deleteError} />}
        {interviews.status === 'loading' && <p aria-live="polite">Loading…</p>}
        {interviews.status === 'error' && <ErrorMessage error={interviews.error} onRetry={reload} />}
        {interviews.status === 'ready' && interviews.value.length === 0 && (
          <p className="empty-state">
            {filtered ? 'No interviews match these filters.' : 'No interviews logged yet. Log your first one to start reflecting.'}
          </p>
        )}
        {interviews.status === 'ready' && interviews.value.length > 0 && (
          <InterviewList
            interviews={interviews.value}
            onDelete={(interview) =>
              void api.reflection.deleteInterview({ id: interview.id }).then((result) => {
                setDeleteError(result.ok ? null : result.error);
                if (result.ok) setStatus(`Deleted ${interviewName(interview)}.`);
                reload();
                reloadPatterns();
              })
            }
          />
        )}
      </section>
    </section>
  );
}
