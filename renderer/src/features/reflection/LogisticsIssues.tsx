import { useState } from 'react';
import type { ErrorData } from '../../../../shared/contract/result';
import { actionTitleFrom, type ActionItem, logisticsSource } from '../../../../shared/domain/reflection/action-items';
import {
  type ImproveDraft,
  type LogisticsIssue,
  logisticsIssues,
  logisticsLabels,
  reflectionLimits,
} from '../../../../shared/domain/reflection/drafts';
import { TextField } from '../../components/TextField';

type Logistics = ImproveDraft['logistics'];

/** A concrete first action for each kind of logistics problem. */
const suggestedActions: Record<LogisticsIssue, string> = {
  dress_code: 'Check the dress code with the recruiter before the next interview',
  punctuality: 'Plan the journey and arrive ten minutes early',
  video_setup: 'Test camera, microphone, lighting and connection the day before',
  other: 'Fix what went wrong with the arrangements',
};

export function logisticsActionTitle(issue: LogisticsIssue, note: string): string {
  const detail = note.trim();
  return actionTitleFrom(issue === 'other' && detail ? `Fix: ${detail}` : suggestedActions[issue]);
}

interface Props {
  logistics: Logistics;
  onChange: (logistics: Logistics) => void;
  actionItems: ActionItem[];
  onMakeAction: (issue: LogisticsIssue, title: string) => Promise<ErrorData | null>;
}

export function LogisticsIssues({ logistics, onChange, actionItems, onMakeAction }: Props) {
  const [error, setError] = useState<ErrorData | null>(null);
  const entry = (issue: LogisticsIssue) => logistics.find((l) => l.issue === issue);

  return (
    <fieldset>
      <legend>Logistics that went wrong</legend>
      {logisticsIssues.map((issue) => {
        const current = entry(issue);
        const action = actionItems.find((a) => a.sourceKey === logisticsSource(issue));
        return (
          <div key={issue} className="logistics-item">
            <label>
              <input
                type="checkbox"
                checked={current !== undefined}
                onChange={(e) =>
                  onChange(e.currentTarget.checked ? [...logistics, { issue, note: '' }] : logistics.filter((l) => l.issue !== issue))
                }
              />
              {logisticsLabels[issue]}
            </label>
            {current && (
              <div className="indent stack">
                <TextField
                  label={`What happened (${logisticsLabels[issue].toLowerCase()})`}
                  name="What happened"
                  value={current.note}
                  limit={reflectionLimits.logisticsNoteMax}
                  onChange={(note) => onChange(logistics.map((l) => (l.issue === issue ? { ...l, note } : l)))}
                />
                {action ? (
                  <p className="muted">In your career plan: {action.title}</p>
                ) : (
                  <button type="button" onClick={() => void onMakeAction(issue, logisticsActionTitle(issue, current.note)).then(setError)}>
                    Make “{logisticsLabels[issue]}” an action item
                  </button>
                )}
              </div>
            )}
          </div>
        );
      })}
      {error && (
        <p className="field-error" role="alert">
          {error.message}
        </p>
      )}
    </fieldset>
  );
}
