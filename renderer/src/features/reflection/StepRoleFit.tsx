import {
  applyAgainChoices,
  reflectionLimits,
  roleConcernLabels,
  roleConcerns,
  type RoleFitDraft,
} from '../../../../shared/domain/reflection/drafts';
import { isLowFit, lowFitAdvice } from '../../../../shared/domain/reflection/step-issues';
import { errorId, type FieldErrors } from '../../lib/field-errors';
import { FieldError } from '../../components/FieldError';
import { TextField } from '../../components/TextField';
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
      <TextField
        label="What attracted me to the role"
        rows={3}
        value={draft.attracted}
        limit={reflectionLimits.noteMax}
        onChange={(attracted) => set({ attracted })}
      />
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
        <TextField
          label="More about my concerns"
          rows={3}
          value={draft.concernNotes}
          limit={reflectionLimits.noteMax}
          onChange={(concernNotes) => set({ concernNotes })}
        />
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
