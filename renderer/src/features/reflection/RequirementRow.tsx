import { formatCalendarDay } from '../../../../shared/domain/dates/format';
import { useState } from 'react';
import type { ErrorData } from '../../../../shared/contract/result';
import type { ActionItem } from '../../../../shared/domain/reflection/action-items';
import { isGap, type QualificationsDraft, reflectionLimits, requirementStatuses } from '../../../../shared/domain/reflection/drafts';
import { errorId, type FieldErrors } from '../../lib/field-errors';
import { FieldError } from '../../components/FieldError';
import { TextField } from '../../components/TextField';

type Requirement = QualificationsDraft['requirements'][number];
export type GapKind = 'skill' | 'credential';

interface Props {
  index: number;
  requirement: Requirement;
  issues: FieldErrors;
  action: ActionItem | undefined;
  /** An open career-plan item for the same gap worded differently (from this or another interview), so it is not added twice. */
  similar: ActionItem | undefined;
  onChange: (requirement: Requirement) => void;
  onRemove: () => void;
  onMakeAction: (kind: GapKind, dueOn: string | null) => Promise<ErrorData | null>;
}

const statusLabels = { met: 'Met', partly: 'Partly', missing: 'Missing' } as const;

/** One requirement: its text, how well the user meets it, and for a gap the way into the career plan. */
export function RequirementRow({ index, requirement, issues, action, similar, onChange, onRemove, onMakeAction }: Props) {
  const [kind, setKind] = useState<GapKind>('skill');
  const [dueOn, setDueOn] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorData | null>(null);
  const n = index + 1;
  const textPath = `requirements.${index}.text`;
  const statusPath = `requirements.${index}.status`;

  async function makeAction() {
    setBusy(true);
    setError(await onMakeAction(kind, dueOn || null));
    setBusy(false);
  }

  return (
    <li className="requirement-row">
      <div className="requirement-main">
        <TextField
          className="grow"
          label={`Requirement ${n}`}
          value={requirement.text}
          limit={reflectionLimits.requirementMax}
          error={issues[textPath]}
          errorId={errorId('req', textPath)}
          onChange={(text) => onChange({ ...requirement, text })}
        />
        <fieldset className="segmented" aria-describedby={issues[statusPath] ? errorId('req', statusPath) : undefined}>
          <legend className="visually-hidden">Do I meet requirement {n}?</legend>
          {requirementStatuses.map((status) => (
            <label key={status}>
              <input
                type="radio"
                name={`requirement-${requirement.key}`}
                checked={requirement.status === status}
                onChange={() => onChange({ ...requirement, status })}
              />
              {statusLabels[status]}
            </label>
          ))}
        </fieldset>
        <button type="button" className="link-button" onClick={onRemove}>
          Remove requirement {n}
        </button>
      </div>
      <FieldError id={errorId('req', textPath)} message={issues[textPath]} />
      <FieldError id={errorId('req', statusPath)} message={issues[statusPath]} />
      {isGap(requirement.status) && action && (
        <p className="muted">
          {action.done ? '✓ Done: ' : 'In your career plan: '}
          {action.title}
          {action.dueOn ? ` (target ${formatCalendarDay(action.dueOn)})` : ''}
        </p>
      )}
      {isGap(requirement.status) && !action && similar && (
        <p className="muted">
          Already in your career plan{similar.interview ? ` (from ${similar.interview.company})` : ''}: {similar.title}
          {similar.dueOn ? ` (target ${formatCalendarDay(similar.dueOn)})` : ''}
        </p>
      )}
      {isGap(requirement.status) && !action && !similar && requirement.text.trim() && (
        <div className="gap-action" role="group" aria-label={`Action for requirement ${n}`}>
          <label>
            To close this gap
            <select value={kind} onChange={(e) => setKind(e.currentTarget.value === 'credential' ? 'credential' : 'skill')}>
              <option value="skill">Learn a skill</option>
              <option value="credential">Get a credential</option>
            </select>
          </label>
          <label>
            Target date (optional)
            <input type="date" value={dueOn} onChange={(e) => setDueOn(e.currentTarget.value)} />
          </label>
          <button type="button" disabled={busy} onClick={() => void makeAction()}>
            Make requirement {n} an action item
          </button>
          {error && (
            <p className="field-error" role="alert">
              {error.issues?.[0]?.message ?? error.message}
            </p>
          )}
        </div>
      )}
    </li>
  );
}
