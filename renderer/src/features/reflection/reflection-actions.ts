import type { ActionKind } from '../../../../shared/domain/reflection/action-items';

/** What a step asks for when it turns something into an action item; the wizard adds the interview. */
export interface ActionCreateInput {
  kind: ActionKind;
  title: string;
  dueOn: string | null;
  sourceKey: string | null;
}
