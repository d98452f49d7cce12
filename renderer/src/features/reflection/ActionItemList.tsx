import type { Result } from '../../../../shared/contract/result';
import type { ActionItem } from '../../../../shared/domain/reflection/action-items';
import { api } from '../../api/client';
import { ActionItemRows } from './ActionItemRows';

interface Props {
  items: ActionItem[];
  today: string;
  emptyText: string;
  /** Called after a change was saved, to reload the list. */
  onChanged: () => void;
}

/** The action item rows wired to the main process. */
export function ActionItemList({ items, today, emptyText, onChanged }: Props) {
  const after = async (result: Promise<Result<unknown>>) => {
    const done = await result;
    if (!done.ok) return done.error;
    onChanged();
    return null;
  };
  return (
    <ActionItemRows
      items={items}
      today={today}
      emptyText={emptyText}
      onSave={(item, edit, base) => after(api.reflection.saveAction({ id: item.id, ...edit, base }))}
      onDelete={(item) => after(api.reflection.deleteAction({ id: item.id }))}
    />
  );
}
