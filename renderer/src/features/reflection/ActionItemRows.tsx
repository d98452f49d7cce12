import { formatCalendarDay } from '../../../../shared/domain/dates/format';
import { interviewName } from '../../../../shared/domain/reflection/interview-name';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useState } from 'react';
import type { ErrorData } from '../../../../shared/contract/result';
import {
  type ActionItem,
  type ActionKind,
  actionKindLabels,
  actionKinds,
  isOverdue,
  maxActionTitle,
} from '../../../../shared/domain/reflection/action-items';
import { errorId, fieldErrors } from '../../lib/field-errors';
import { FieldError } from '../../components/FieldError';
import { TextField } from '../../components/TextField';

export interface ActionEdit {
  kind: ActionKind;
  title: string;
  dueOn: string | null;
  done: boolean;
}

interface Props {
  items: ActionItem[];
  today: string;
  emptyText: string;
  /**
   * `base`: the item's fields as shown when the change began, so a field changed in another window meanwhile is
   * noticed (a conflict) rather than overwritten, and the fields this change leaves alone are not written at all.
   */
  onSave: (item: ActionItem, edit: ActionEdit, base: ActionEdit) => Promise<ErrorData | null>;
  onDelete: (item: ActionItem) => Promise<ErrorData | null>;
}

const editOf = (item: ActionItem): ActionEdit => ({ kind: item.kind, title: item.title, dueOn: item.dueOn, done: item.done });

/** Action items with a done checkbox each, and inline edit and delete. */
export function ActionItemRows({ items, today, emptyText, onSave, onDelete }: Props) {
  const [editing, setEditing] = useState<{ id: number; edit: ActionEdit; base: ActionEdit } | null>(null);
  const [error, setError] = useState<{ id: number; error: ErrorData } | null>(null);
  const [confirmingDelete, setConfirmingDelete] = useState<number | null>(null);
  // A ticked box shows at once; it belongs to this `items` list, so the list reloaded after the save replaces it.
  const [ticked, setTicked] = useState<{ items: ActionItem[]; done: ReadonlyMap<number, boolean> }>({ items, done: new Map() });
  const tickedNow = ticked.items === items ? ticked.done : undefined;

  async function setDone(item: ActionItem, done: boolean) {
    setTicked({ items, done: new Map(tickedNow).set(item.id, done) });
    const failed = await onSave(item, { ...editOf(item), done }, editOf(item));
    setError(failed ? { id: item.id, error: failed } : null);
    if (failed) setTicked({ items, done: new Map() });
  }

  async function run(item: ActionItem, action: Promise<ErrorData | null>, closeEditor: boolean) {
    const failed = await action;
    setError(failed ? { id: item.id, error: failed } : null);
    if (!failed && closeEditor) setEditing(null);
  }

  if (items.length === 0) return <p className="empty-state">{emptyText}</p>;
  return (
    <ul className="action-list">
      {items.map((item) => {
        const fieldIssues = error?.id === item.id ? fieldErrors(error.error) : {};
        const isEditing = editing?.id === item.id;
        return (
          <li key={item.id} className={item.done ? 'action-item done' : 'action-item'}>
            <label>
              <input
                type="checkbox"
                checked={tickedNow?.get(item.id) ?? item.done}
                onChange={(e) => void setDone(item, e.currentTarget.checked)}
              />
              <span className="visually-hidden">Done:</span> {item.title}
            </label>
            <span className="action-meta muted">
              {actionKindLabels[item.kind]}
              {item.dueOn && (
                <span className={isOverdue(item, today) ? 'overdue' : undefined}>
                  {' '}
                  · due {formatCalendarDay(item.dueOn)}
                  {isOverdue(item, today) && ' (overdue)'}
                </span>
              )}
              {item.interview && (
                <>
                  {' '}
                  · from <a href={`#/reflection/interview/${item.interview.id}`}>{interviewName(item.interview)}</a>
                </>
              )}
            </span>
            {isEditing ? (
              <form
                className="action-edit"
                aria-label={`Edit “${item.title}”`}
                onSubmit={(e) => {
                  e.preventDefault();
                  void run(item, onSave(item, editing.edit, editing.base), true);
                }}
              >
                <TextField
                  label="What to do"
                  name="The action"
                  value={editing.edit.title}
                  limit={maxActionTitle}
                  error={fieldIssues.title}
                  errorId={errorId(`action-${item.id}`, 'title')}
                  onChange={(title) => setEditing({ ...editing, edit: { ...editing.edit, title } })}
                />
                <label>
                  Kind
                  <select
                    value={editing.edit.kind}
                    onChange={(e) => setEditing({ ...editing, edit: { ...editing.edit, kind: e.currentTarget.value as ActionKind } })}
                  >
                    {actionKinds.map((k) => (
                      <option key={k} value={k}>
                        {actionKindLabels[k]}
                      </option>
                    ))}
                  </select>
                </label>
                <label>
                  Due date
                  <input
                    type="date"
                    value={editing.edit.dueOn ?? ''}
                    aria-invalid={fieldIssues.dueOn ? true : undefined}
                    aria-describedby={fieldIssues.dueOn ? errorId(`action-${item.id}`, 'dueOn') : undefined}
                    onChange={(e) => setEditing({ ...editing, edit: { ...editing.edit, dueOn: e.currentTarget.value || null } })}
                  />
                </label>
                <FieldError id={errorId(`action-${item.id}`, 'dueOn')} message={fieldIssues.dueOn} />
                <div className="button-row">
                  <button type="submit" className="primary">
                    Save
                  </button>
                  <button type="button" onClick={() => setEditing(null)}>
                    Cancel
                  </button>
                </div>
              </form>
            ) : (
              <span className="button-row">
                <button
                  type="button"
                  className="link-button"
                  onClick={() => setEditing({ id: item.id, edit: editOf(item), base: editOf(item) })}
                >
                  Edit <span className="visually-hidden">“{item.title}”</span>
                </button>
                {confirmingDelete === item.id ? (
                  <ConfirmDialog
                    level={3}
                    title={`Delete “${item.title}”?`}
                    confirmLabel={`Delete “${item.title}” for good`}
                    cancelLabel="Keep it"
                    onConfirm={() => void run(item, onDelete(item), false)}
                    onCancel={() => setConfirmingDelete(null)}
                  >
                    <p>This cannot be undone.</p>
                  </ConfirmDialog>
                ) : (
                  <button type="button" className="link-button danger" onClick={() => setConfirmingDelete(item.id)}>
                    Delete <span className="visually-hidden">“{item.title}”</span>
                  </button>
                )}
              </span>
            )}
            {error?.id === item.id && !isEditing && (
              <p className="field-error" role="alert">
                {error.error.message}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
