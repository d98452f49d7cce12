import { interviewName } from '../../../../shared/domain/reflection/interview-name';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Result } from '../../../../shared/contract/result';
import {
  reflectionSteps,
  stepDraftSchemas,
  stepDraftsChangesSchema,
  type StepDrafts,
  type StepName,
  summaryPosition,
} from '../../../../shared/domain/reflection/drafts';
import type { InterviewReflection } from '../../../../shared/domain/reflection/reflection';
import { onlyTooLong } from '../../../../shared/domain/text-limits';
import { stepDateIssues, stepIssues } from '../../../../shared/domain/reflection/step-issues';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { navigate } from '../../lib/navigation';
import { ErrorMessage } from '../../components/ErrorMessage';
import { localDayKey } from '../../../../shared/domain/progress/calendar';
import { fieldErrors } from '../../lib/field-errors';
import type { ActionCreateInput } from './reflection-actions';
import { ReflectionSummary } from './ReflectionSummary';
import { SaveStatus } from '../../components/SaveStatus';
import { useAutosave } from '../../lib/autosave/use-autosave';
import { draftText } from './draft-text';
import { StepProgress } from './StepProgress';
import { WizardStep } from './WizardStep';

export const reflectionPath = (interviewId: number, position: number) =>
  `/reflection/interview/${interviewId}/${position === summaryPosition ? 'summary' : `step/${position}`}`;

/** Loads an interview's reflection and resumes it at the step in the address, or where the user left off. */
export function ReflectionWizard({ interviewId, urlPosition }: { interviewId: number; urlPosition: number | null }) {
  const [loaded, reload] = useApiQuery('reflection.get', { interviewId });
  if (loaded.status === 'loading') return <p aria-live="polite">Loading reflection…</p>;
  if (loaded.status === 'error') return <ErrorMessage error={loaded.error} onRetry={reload} />;
  return <Wizard key={interviewId} initial={loaded.value} urlPosition={urlPosition} />;
}

const stepLabels = Object.fromEntries(reflectionSteps.map((s) => [s.name, `${s.number}. ${s.title}`])) as Record<StepName, string>;

const unwrap = (result: Result<unknown>) => (result.ok ? null : result.error);

function Wizard({ initial, urlPosition }: { initial: InterviewReflection; urlPosition: number | null }) {
  const interviewId = initial.interview.id;
  const [reflection, setReflection] = useState(initial);
  const [checked, setChecked] = useState<ReadonlySet<number>>(new Set());
  const [mock] = useApiQuery('reflection.recentConfidence', {});
  const saver = useAutosave<StepDrafts>({
    initial: initial.drafts,
    version: initial.version,
    save: (save) => api.reflection.saveStep({ interviewId, save }),
    localCopy: { key: `reflection.${interviewId}.steps`, schema: stepDraftsChangesSchema },
    // A step with text over a limit waits (in its boxes and this computer's copy) until shortened; the other steps still save.
    held: (step, draft) => onlyTooLong(stepDraftSchemas[step], draft),
  });
  const { values: drafts, flush, state: saveState } = saver;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const position = urlPosition ?? reflection.currentStep;
  const step = reflectionSteps[position - 1];

  useEffect(() => {
    headingRef.current?.focus();
  }, [position]);

  const today = localDayKey(new Date());
  const allIssues = useMemo(() => reflectionSteps.map((s) => stepIssues(s.name, drafts[s.name], today)), [drafts, today]);
  const unfinished = new Set(reflectionSteps.filter((_, i) => allIssues[i]!.length > 0).map((s) => s.number));
  const currentIssues = step ? allIssues[position - 1]! : [];

  function change<N extends StepName>(name: N, draft: StepDrafts[N]) {
    saver.edit({ [name]: draft } as Partial<StepDrafts>);
  }

  async function refresh() {
    const result = await api.reflection.get({ interviewId });
    if (result.ok) setReflection((r) => ({ ...result.value, currentStep: r.currentStep }));
  }

  async function go(next: number) {
    await flush();
    const result = await api.reflection.setStep({ interviewId, step: next });
    if (result.ok) setReflection((r) => ({ ...r, ...result.value }));
    navigate(reflectionPath(interviewId, next));
  }

  function goNext() {
    if (currentIssues.length > 0 && !checked.has(position)) {
      setChecked(new Set(checked).add(position));
      return;
    }
    void go(position + 1);
  }

  async function createAction(input: ActionCreateInput) {
    const error = unwrap(await api.reflection.createAction({ ...input, interviewId }));
    if (!error) await refresh();
    return error;
  }

  async function addQuestion(item: StepDrafts['improve']['struggled'][number]) {
    await flush();
    // A next round on a passed day is flagged at its field; it is no deadline to schedule against.
    const pastRound = drafts.improve.nextRoundOn !== null && drafts.improve.nextRoundOn < today;
    const input = {
      interviewId,
      itemKey: item.key,
      text: item.text,
      category: item.category,
      nextRoundOn: pastRound ? null : drafts.improve.nextRoundOn,
    };
    const error = unwrap(await api.reflection.addStruggledQuestion(input));
    if (!error) await refresh();
    return error;
  }

  const { interview } = reflection;
  return (
    <section aria-labelledby="wizard-heading" className="reflection-wizard">
      <p>
        <a href="#/reflection" onClick={() => void flush()}>
          ← Back to my interviews
        </a>
      </p>
      <h1 id="wizard-heading">Reflection: {interviewName(interview)}</h1>
      <StepProgress position={position} unfinished={unfinished} onGo={(p) => void go(p)} />
      {step ? (
        <form className="stack" onSubmit={(e) => e.preventDefault()} noValidate>
          <h2 ref={headingRef} tabIndex={-1}>
            {step.number}. {step.title}
          </h2>
          {checked.has(position) && currentIssues.length > 0 && (
            <div className="callout callout-warning" role="alert">
              <p>
                This step is not finished ({currentIssues.length === 1 ? 'one thing is' : `${currentIssues.length} things are`} missing,
                marked below). Your answers are saved as a draft: you can finish it later.
              </p>
              <button type="button" onClick={() => void go(position + 1)}>
                Continue anyway
              </button>
            </div>
          )}
          <WizardStep
            name={step.name}
            reflection={reflection}
            drafts={drafts}
            onChange={change}
            onBlur={() => void flush()}
            issues={fieldErrors(checked.has(position) ? currentIssues : step ? stepDateIssues(step.name, drafts[step.name], today) : [])}
            mock={mock.status === 'ready' ? mock.value : null}
            today={today}
            onCreateAction={createAction}
            onAddQuestion={addQuestion}
            onMarkSent={async (kind, sentOn) => {
              const error = unwrap(await api.reflection.markEmailSent({ interviewId, kind, sentOn }));
              if (!error) await refresh();
              return error;
            }}
          />
          <SaveStatus
            state={saveState}
            subject="Draft"
            onRetry={() => void saver.retry()}
            labels={stepLabels}
            describe={(_step, draft) => draftText(draft)}
            onResolve={(choice, field) => void saver.resolve(choice, field)}
            headingLevel={3}
          />
          <div className="button-row wizard-nav">
            {position > 1 && (
              <button type="button" onClick={() => void go(position - 1)}>
                Back
              </button>
            )}
            <button type="button" className="primary" onClick={goNext}>
              {position === reflectionSteps.length ? 'Finish: see the summary' : 'Next'}
            </button>
            <button type="button" className="link-button" onClick={() => void flush().then(() => navigate('/reflection'))}>
              Save and leave for now
            </button>
          </div>
        </form>
      ) : (
        <ReflectionSummary reflection={{ ...reflection, drafts }} unfinished={unfinished} onGo={(p) => void go(p)} />
      )}
    </section>
  );
}
