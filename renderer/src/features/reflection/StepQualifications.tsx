import { useState } from 'react';
import type { ErrorData } from '../../../../shared/contract/result';
import { type ActionItem, requirementSource } from '../../../../shared/domain/reflection/action-items';
import { type QualificationsDraft, reflectionLimits, splitRequirementLines } from '../../../../shared/domain/reflection/drafts';
import { sameGap } from '../../../../shared/domain/reflection/gap-match';
import { newItemKey } from './draft-keys';
import { errorId, type FieldErrors } from '../../lib/field-errors';
import { FieldError } from '../../components/FieldError';
import { type GapKind, RequirementRow } from './RequirementRow';

type Requirement = QualificationsDraft['requirements'][number];

interface Props {
  draft: QualificationsDraft;
  onChange: (draft: QualificationsDraft) => void;
  onBlur: () => void;
  issues: FieldErrors;
  jobDescription: string;
  actionItems: ActionItem[];
  /** The open career plan across all interviews, so a gap already planned (worded differently, or from another interview) is not added twice. */
  planned: ActionItem[];
  onMakeAction: (requirement: Requirement, kind: GapKind, dueOn: string | null) => Promise<ErrorData | null>;
}

export function StepQualifications({ draft, onChange, onBlur, issues, jobDescription, actionItems, planned, onMakeAction }: Props) {
  const [pasted, setPasted] = useState('');
  const [left, setLeft] = useState('');
  const requirements = draft.requirements;
  const setRequirements = (next: Requirement[]) => onChange({ ...draft, requirements: next });

  function addLines() {
    const lines = splitRequirementLines(pasted);
    if (lines.length === 0) return;
    // A reflection holds up to 100 requirements: what does not fit stays in the box, said so, never dropped.
    const room = Math.max(0, reflectionLimits.requirementsMax - requirements.length);
    const fits = lines.slice(0, room);
    const rest = lines.slice(room);
    setRequirements([...requirements, ...fits.map((text) => ({ key: newItemKey(), text, status: null }))]);
    setPasted(rest.join('\n'));
    setLeft(
      rest.length === 0
        ? ''
        : `${rest.length} ${rest.length === 1 ? 'line was' : 'lines were'} not added: a reflection holds up to ${reflectionLimits.requirementsMax} requirements. They are still in the box; remove some requirements to add them.`,
    );
  }

  const missing = requirements.filter((r) => r.status === 'missing').length;
  const partly = requirements.filter((r) => r.status === 'partly').length;
  const gapSummary = [missing > 0 && `${missing} missing`, partly > 0 && `${partly} partly met`].filter(Boolean).join(', ');
  return (
    <div className="stack" onBlur={onBlur}>
      <p>List what the job asked for, then mark honestly how well you meet each one. Gaps become things to learn.</p>
      <label>
        Paste or type the job’s requirements, one per line
        <textarea
          rows={5}
          value={pasted}
          aria-describedby={issues.requirements ? errorId('req', 'requirements') : undefined}
          onChange={(e) => setPasted(e.currentTarget.value)}
        />
      </label>
      <FieldError id={errorId('req', 'requirements')} message={issues.requirements} />
      {left && (
        <p className="callout callout-warning" role="status">
          {left}
        </p>
      )}
      <div className="button-row">
        <button type="button" onClick={addLines} disabled={!pasted.trim()}>
          Add as requirements
        </button>
        {jobDescription.trim() && !pasted && (
          <button type="button" onClick={() => setPasted(jobDescription)}>
            Start from the job description
          </button>
        )}
      </div>
      {requirements.length > 0 && (
        <>
          <h3>
            Requirements <span className="muted">({gapSummary || 'no gaps marked'})</span>
          </h3>
          <ol className="requirement-list">
            {requirements.map((requirement, index) => (
              <RequirementRow
                key={requirement.key}
                index={index}
                requirement={requirement}
                issues={issues}
                action={actionItems.find((a) => a.sourceKey === requirementSource(requirement.key))}
                similar={planned.find((a) => a.sourceKey !== requirementSource(requirement.key) && sameGap(a.title, requirement.text))}
                onChange={(next) => setRequirements(requirements.map((r) => (r.key === next.key ? next : r)))}
                onRemove={() => setRequirements(requirements.filter((r) => r.key !== requirement.key))}
                onMakeAction={(kind, dueOn) => onMakeAction(requirement, kind, dueOn)}
              />
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
