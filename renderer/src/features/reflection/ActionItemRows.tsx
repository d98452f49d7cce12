import type { ErrorData } from '../../../../shared/contract/result';
import type { ActionItem } from '../../../../shared/domain/reflection/action-items';
import { type ActionEdit, ActionItemRow } from './ActionItemRow';

export type { ActionEdit } from './ActionItemRow';

interface Props {
  items: ActionItem[];
  today: string;
  emptyText: string;
  /** See `ActionItemRow`: `base` is the item's fields as shown when the change began. */
  onSave: (item: ActionItem, edit: ActionEdit, base: ActionEdit) => Promise<ErrorData | null>;
  onDelete: (item: ActionItem) => Promise<ErrorData | null>;
}

/** Action items with a done checkbox each, and inline edit and delete. */
export function ActionItemRows({ items, today, emptyText, onSave, onDelete }: Props) {
  if (items.length === 0) return <p className="empty-state">{emptyText}</p>;
  return (
    <ul className="action-list">
      {items.map((item) => (
        <ActionItemRow key={item.id} item={item} today={today} onSave={onSave} onDelete={onDelete} />
      ))}
    </ul>
  );
}
