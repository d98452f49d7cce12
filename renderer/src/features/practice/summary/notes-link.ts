import type { SessionItem } from '../../../../../shared/domain/sessions';

/** The question's page in the banks area (`#/banks/questions/<id>`), where its guidance and STAR notes are. */
export function questionNotesHref(item: Pick<SessionItem, 'questionId'>): string {
  return `#/banks/questions/${item.questionId}`;
}
