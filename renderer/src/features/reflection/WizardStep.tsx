import type { ErrorData } from '../../../../shared/contract/result';
import { actionTitleFrom, requirementSource, logisticsSource } from '../../../../shared/domain/reflection/action-items';
import type { StepDrafts, StepName } from '../../../../shared/domain/reflection/drafts';
import type { MockConfidence } from '../../../../shared/domain/reflection/mock-confidence';
import type { EmailKind, InterviewReflection } from '../../../../shared/domain/reflection/reflection';
import type { ActionCreateInput } from './reflection-actions';
import type { FieldErrors } from '../../lib/field-errors';
import { useApiQuery } from '../../api/queries';
import { StepConfidence } from './StepConfidence';
import { StepImprove } from './StepImprove';
import { StepQualifications } from './StepQualifications';
import { StepRespond } from './StepRespond';
import { StepRoleFit } from './StepRoleFit';

interface Props {
  name: StepName;
  reflection: InterviewReflection;
  drafts: StepDrafts;
  onChange: <N extends StepName>(name: N, draft: StepDrafts[N]) => void;
  onBlur: () => void;
  issues: FieldErrors;
  mock: MockConfidence | null;
  today: string;
  onCreateAction: (input: ActionCreateInput) => Promise<ErrorData | null>;
  onAddQuestion: (item: StepDrafts['improve']['struggled'][number]) => Promise<ErrorData | null>;
  onMarkSent: (kind: EmailKind, sentOn: string | null) => Promise<ErrorData | null>;
}

/** The screen for one step, wired to the wizard's state. */
export function WizardStep({ name, reflection, drafts, onChange, onBlur, issues, mock, today, ...actions }: Props) {
  // The open career plan across interviews; refreshed by the query layer whenever an action item changes.
  const [plan] = useApiQuery('reflection.listActions', { status: 'open' });
  const planned = plan.status === 'ready' ? plan.value : [];
  const common = { onBlur, issues };
  switch (name) {
    case 'roleFit':
      return <StepRoleFit {...common} draft={drafts.roleFit} onChange={(d) => onChange('roleFit', d)} />;
    case 'qualifications':
      return (
        <StepQualifications
          {...common}
          draft={drafts.qualifications}
          onChange={(d) => onChange('qualifications', d)}
          jobDescription={reflection.interview.jobDescription}
          actionItems={reflection.actionItems}
          planned={planned}
          onMakeAction={(requirement, kind, dueOn) =>
            actions.onCreateAction({ kind, dueOn, title: actionTitleFrom(requirement.text), sourceKey: requirementSource(requirement.key) })
          }
        />
      );
    case 'confidence':
      return (
        <StepConfidence
          {...common}
          draft={drafts.confidence}
          onChange={(d) => onChange('confidence', d)}
          mock={mock}
          struggledCategories={drafts.improve.struggled.map((s) => s.category)}
        />
      );
    case 'improve':
      return (
        <StepImprove
          {...common}
          draft={drafts.improve}
          onChange={(d) => onChange('improve', d)}
          addedQuestions={reflection.addedQuestions}
          onAddQuestion={actions.onAddQuestion}
          nextInterviewOn={reflection.nextInterviewOn}
          actionItems={reflection.actionItems}
          onMakeLogisticsAction={(issue, title) =>
            actions.onCreateAction({ kind: 'logistics', dueOn: null, title, sourceKey: logisticsSource(issue) })
          }
        />
      );
    case 'respond':
      return (
        <StepRespond
          {...common}
          reflection={reflection}
          draft={drafts.respond}
          onChange={(d) => onChange('respond', d)}
          today={today}
          onMarkSent={actions.onMarkSent}
        />
      );
  }
}
