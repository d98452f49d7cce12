import { formatCalendarDay } from '../../../../shared/domain/dates/format';
import type { ErrorData } from '../../../../shared/contract/result';
import type { ActionItem } from '../../../../shared/domain/reflection/action-items';
import { type ImproveDraft, type LogisticsIssue, reflectionLimits } from '../../../../shared/domain/reflection/drafts';
import type { AddedQuestion } from '../../../../shared/domain/reflection/reflection';
import { researchFact } from '../../../../shared/domain/reflection/step-issues';
import { errorId, type FieldErrors } from '../../lib/field-errors';
import { FieldError } from '../../components/FieldError';
import { RatingScale } from '../../components/RatingScale';
import { TextField } from '../../components/TextField';
import { LogisticsIssues } from './LogisticsIssues';
import { StruggledQuestions } from './StruggledQuestions';

interface Props {
  draft: ImproveDraft;
  onChange: (draft: ImproveDraft) => void;
  onBlur: () => void;
  issues: FieldErrors;
  addedQuestions: AddedQuestion[];
  onAddQuestion: (item: ImproveDraft['struggled'][number]) => Promise<ErrorData | null>;
  /** A later interview with the same company, from the log. */
  nextInterviewOn: string | null;
  actionItems: ActionItem[];
  onMakeLogisticsAction: (issue: LogisticsIssue, title: string) => Promise<ErrorData | null>;
}

export function StepImprove(props: Props) {
  const { draft, onChange, onBlur, issues, nextInterviewOn } = props;
  const set = (patch: Partial<ImproveDraft>) => onChange({ ...draft, ...patch });
  return (
    <div className="stack" onBlur={onBlur}>
      <StruggledQuestions
        items={draft.struggled}
        onChange={(struggled) => set({ struggled })}
        issues={issues}
        added={props.addedQuestions}
        onAdd={props.onAddQuestion}
      />
      <label>
        Date of the next round with this company, if there is one
        <input
          type="date"
          value={draft.nextRoundOn ?? ''}
          aria-invalid={issues.nextRoundOn ? true : undefined}
          aria-describedby={issues.nextRoundOn ? `${errorId('improve', 'nextRoundOn')} next-round-hint` : 'next-round-hint'}
          onChange={(e) => set({ nextRoundOn: e.currentTarget.value || null })}
        />
      </label>
      <p id="next-round-hint" className="muted">
        {nextInterviewOn
          ? `Your log has a later interview with this company on ${formatCalendarDay(nextInterviewOn)}; questions you add come due before it.`
          : 'Questions you add come due for practice before this date.'}
      </p>
      <FieldError id={errorId('improve', 'nextRoundOn')} message={issues.nextRoundOn} />

      <fieldset>
        <legend>Company research</legend>
        <p className="callout">{researchFact}</p>
        <RatingScale
          name="researchRating"
          legend="How much research did I do?"
          value={draft.researchRating}
          onChange={(researchRating) => set({ researchRating })}
          words={{ low: 'none', high: 'thorough' }}
          error={issues.researchRating}
        />
        <TextField
          label="Research notes: what I knew, what I wish I had known"
          name="Research notes"
          rows={3}
          value={draft.researchNotes}
          limit={reflectionLimits.noteMax}
          onChange={(researchNotes) => set({ researchNotes })}
        />
      </fieldset>

      <LogisticsIssues
        logistics={draft.logistics}
        onChange={(logistics) => set({ logistics })}
        actionItems={props.actionItems}
        onMakeAction={props.onMakeLogisticsAction}
      />
    </div>
  );
}
