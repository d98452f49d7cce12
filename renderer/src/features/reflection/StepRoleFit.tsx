import { applyAgainChoices, roleConcernLabels, roleConcerns, type RoleFitDraft } from '../../../../shared/domain/reflection/drafts';
import { isLowFit, lowFitAdvice } from '../../../../shared/domain/reflection/step-issues';
import { errorId, type FieldErrors } from '../../lib/field-errors';
import { FieldError } from '../../components/FieldError';
import { RatingScale } from '../../components/RatingScale';

interface Props {
  draft: RoleFitDraft;
  onChange: (draft: RoleFitDraft) => void;
  onBlur: () => void;
  issues: FieldErrors;
}

const applyAgainLabels = { yes: 'Yes', unsure: 'Not sure', no: 'No' } as const;

export function StepRoleFit({ draft, onChange, onBlur, issues }: Props) {
  const set = (patch: Partial<RoleFitDraft>) => onChange({ ...draft, ...patch });
  const toggleConcern = (concern: (typeof roleConcerns)[number], on: boolean) =>
    set({ concerns: on ? [...draft.concerns, concern] : draft.concerns.filter((c) => c !== concern) });

  return (
    <div className="stack" onBlur={onBlur}>
      <RatingScale
        name="fitRating"
        legend="How well did the role fit you?"
        value={draft.fitRating}
        onChange={(fitRating) => set({ fitRating })}
        words={{ low: 'poor fit', high: 'perfect fit' }}
        error={issues.fitRating}
      />
      {isLowFit(draft) && (
        <p className="callout callout-warning" role="status">
          {lowFitAdvice}
        </p>
      )}
      <label>
        What attracted me to the role
        <textarea rows={3} maxLength={2000} value={draft.attracted} onChange={(e) => set({ attracted: e.currentTarget.value })} />
      </label>
      <fieldset>
        <legend>What concerned me</legend>
        {roleConcerns.map((concern) => (
          <label key={concern}>
            <input
              type="checkbox"
              checked={draft.concerns.includes(concern)}
              onChange={(e) => toggleConcern(concern, e.currentTarget.checked)}
            />
            {roleConcernLabels[concern]}
          </label>
        ))}
        <label>
          More about my concerns
          <textarea rows={3} maxLength={2000} value={draft.concernNotes} onChange={(e) => set({ concernNotes: e.currentTarget.value })} />
        </label>
      </fieldset>
      <fieldset aria-describedby={issues.applyAgain ? errorId('fit', 'applyAgain') : undefined}>
        <legend>Would I apply for this kind of role again?</legend>
        {applyAgainChoices.map((choice) => (
          <label key={choice}>
            <input type="radio" name="applyAgain" checked={draft.applyAgain === choice} onChange={() => set({ applyAgain: choice })} />
            {applyAgainLabels[choice]}
          </label>
        ))}
        <FieldError id={errorId('fit', 'applyAgain')} message={issues.applyAgain} />
      </fieldset>
    </div>
  );
}
