import { formatCalendarDay } from '../../../../shared/domain/dates/format';
import { useState } from 'react';
import type { ErrorData } from '../../../../shared/contract/result';
import {
  bodyLanguageItems,
  bodyLanguageLabels,
  isGap,
  logisticsLabels,
  roleConcernLabels,
} from '../../../../shared/domain/reflection/drafts';
import { outcomeLabels } from '../../../../shared/domain/reflection/interview';
import { interviewFactsLine } from '../../../../shared/domain/reflection/interview-when';
import type { InterviewReflection } from '../../../../shared/domain/reflection/reflection';
import { isLowFit, lowFitAdvice } from '../../../../shared/domain/reflection/step-issues';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ActionItemList } from './ActionItemList';
import { localDayKey } from '../../../../shared/domain/progress/calendar';
import { downloadFile } from './download';
import { flushAll } from '../../lib/autosave/leave-flush';

interface Props {
  reflection: InterviewReflection;
  unfinished: ReadonlySet<number>;
  onGo: (position: number) => void;
}

const rated = (n: number | null) => (n === null ? 'not rated' : `${n} / 5`);

/** The whole reflection on one page, the career plan, and the Markdown export. */
export function ReflectionSummary({ reflection, unfinished, onGo }: Props) {
  const { interview, drafts } = reflection;
  const [plan, reloadPlan] = useApiQuery('reflection.listActions', { status: 'open' });
  const [exportStatus, setExportStatus] = useState('');
  const [exportError, setExportError] = useState<ErrorData | null>(null);
  const gaps = drafts.qualifications.requirements.filter((r) => isGap(r.status) && r.text.trim());
  const missing = gaps.filter((r) => r.status === 'missing');
  const met = drafts.qualifications.requirements.filter((r) => r.status === 'met').length;
  const workOn = bodyLanguageItems.filter((i) => drafts.confidence.checklist[i] === 'work_on').map((i) => bodyLanguageLabels[i]);
  const added = new Set(reflection.addedQuestions.map((q) => q.itemKey));

  async function exportMarkdown() {
    // What the user chose last (an autosaved step field) goes into the file: send pending edits first.
    await flushAll();
    const result = await api.reflection.exportMarkdown({ interviewId: interview.id });
    if (!result.ok) {
      setExportError(result.error);
      return;
    }
    setExportError(null);
    downloadFile(result.value);
    setExportStatus(`Downloaded ${result.value.fileName}.`);
  }

  const stepHeading = (n: number, title: string) => (
    <h3>
      {n}. {title}{' '}
      {unfinished.has(n) && (
        <button type="button" className="link-button" onClick={() => onGo(n)}>
          (unfinished: finish step {n})
        </button>
      )}
    </h3>
  );

  return (
    <div className="stack reflection-summary">
      <h2 tabIndex={-1}>Summary</h2>
      <p>
        {interviewFactsLine(interview)} · Outcome: {outcomeLabels[interview.outcome]}
      </p>
      <section className="card">
        {stepHeading(1, 'Was the role right for me?')}
        <p>
          Fit {rated(drafts.roleFit.fitRating)}. Would apply again:{' '}
          {drafts.roleFit.applyAgain ? { yes: 'yes', unsure: 'not sure', no: 'no' }[drafts.roleFit.applyAgain] : 'not answered'}.
          {drafts.roleFit.concerns.length > 0 && ` Concerns: ${drafts.roleFit.concerns.map((c) => roleConcernLabels[c]).join('; ')}.`}
        </p>
        {isLowFit(drafts.roleFit) && <p className="callout callout-warning">{lowFitAdvice}</p>}
      </section>
      <section className="card">
        {stepHeading(2, 'Qualifications')}
        <p>
          {met} of {drafts.qualifications.requirements.length} requirements met; {missing.length} missing
          {gaps.length > missing.length && `, ${gaps.length - missing.length} partly met`}.
        </p>
        {gaps.length > 0 && (
          <ul>
            {gaps.map((r) => (
              <li key={r.key}>
                {r.text}
                {r.status === 'partly' && <span className="muted"> (partly met)</span>}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card">
        {stepHeading(3, 'Confidence and body language')}
        <p>
          Confidence {rated(drafts.confidence.selfRating)}.{' '}
          {workOn.length > 0 ? `Needs work: ${workOn.join(', ')}.` : 'Nothing marked as needing work.'}
        </p>
      </section>
      <section className="card">
        {stepHeading(4, 'Improve next time')}
        {drafts.improve.struggled.filter((s) => s.text.trim()).length > 0 && (
          <ul>
            {drafts.improve.struggled
              .filter((s) => s.text.trim())
              .map((s) => (
                <li key={s.key}>
                  {s.text}
                  {added.has(s.key) && (
                    <>
                      {' '}
                      <span className="muted">(in practice)</span>
                    </>
                  )}
                </li>
              ))}
          </ul>
        )}
        <p>
          Research {rated(drafts.improve.researchRating)}.{' '}
          {drafts.improve.logistics.length > 0
            ? `Logistics: ${drafts.improve.logistics.map((l) => logisticsLabels[l.issue]).join(', ')}.`
            : 'No logistics problems.'}
        </p>
      </section>
      <section className="card">
        {stepHeading(5, 'Respond to the interviewer')}
        <p>
          Thank-you note: {reflection.thankYouSentOn ? `sent on ${formatCalendarDay(reflection.thankYouSentOn)}` : 'not sent'}. Feedback
          request: {reflection.feedbackRequestSentOn ? `sent on ${formatCalendarDay(reflection.feedbackRequestSentOn)}` : 'not sent'}.
        </p>
        {drafts.respond.feedbackReceived.trim() && <blockquote className="feedback">{drafts.respond.feedbackReceived}</blockquote>}
      </section>

      <section aria-labelledby="plan-heading" className="stack">
        <h2 id="plan-heading">My career plan</h2>
        <p className="muted">Open action items from all my reflections.</p>
        {plan.status === 'error' && <ErrorMessage error={plan.error} onRetry={reloadPlan} />}
        {plan.status === 'ready' && (
          <ActionItemList
            items={plan.value}
            today={localDayKey(new Date())}
            onChanged={reloadPlan}
            emptyText="No open action items yet. If the feedback or this reflection points at something to work on, add it as an action item."
          />
        )}
        <p>
          <a href="#/reflection/actions">See all action items, or add one</a>
        </p>
      </section>

      <div className="button-row">
        <button type="button" className="primary" onClick={() => void exportMarkdown()}>
          Export this reflection as Markdown
        </button>
      </div>
      <p role="status" aria-live="polite" className="muted">
        {exportStatus}
      </p>
      {exportError && <ErrorMessage error={exportError} />}
    </div>
  );
}
