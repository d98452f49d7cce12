import { reflectionSteps, stepCount, summaryPosition } from '../../../../shared/domain/reflection/drafts';

interface Props {
  position: number;
  /** Steps that still have something missing, shown beside their names. */
  unfinished: ReadonlySet<number>;
  onGo: (position: number) => void;
}

/** "Step 2 of 5", a progress bar, and every step by name so the user can jump back and forth. */
export function StepProgress({ position, unfinished, onGo }: Props) {
  const onSummary = position === summaryPosition;
  const label = onSummary ? 'Summary' : `Step ${position} of ${stepCount}`;
  return (
    <nav aria-label="Reflection steps" className="step-progress">
      <p className="step-count" aria-live="polite">
        {label}
      </p>
      <progress max={stepCount} value={Math.min(position, stepCount)} aria-label={`Reflection progress: ${label}`} />
      <ol className="step-links">
        {reflectionSteps.map((step) => (
          <li key={step.number}>
            <button
              type="button"
              className="link-button"
              aria-current={step.number === position ? 'step' : undefined}
              onClick={() => onGo(step.number)}
            >
              {step.number}. {step.title}
              {unfinished.has(step.number) && step.number !== position && (
                <>
                  {' '}
                  <span className="muted">(unfinished)</span>
                </>
              )}
            </button>
          </li>
        ))}
        <li>
          <button type="button" className="link-button" aria-current={onSummary ? 'step' : undefined} onClick={() => onGo(summaryPosition)}>
            Summary
          </button>
        </li>
      </ol>
    </nav>
  );
}
