import { useRef, useState } from 'react';
import type { ErrorData } from '../../../../shared/contract/result';
import { formatCalendarDay } from '../../../../shared/domain/dates/format';
import {
  type ActionItem,
  type ActionKind,
  actionKindLabels,
  actionKinds,
  isOverdue,
  maxActionTitle,
} from '../../../../shared/domain/reflection/action-items';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FieldError } from '../../components/FieldError';
import { TextField } from '../../components/TextField';
import { useEditConflict } from '../../components/use-edit-conflict';
import { errorId, fieldErrors } from '../../lib/field-errors';
import { interviewName } from '../../../../shared/domain/reflection/interview-name';

export interface ActionEdit {
  kind: ActionKind;
  title: string;
  dueOn: string | null;
  done: boolean;
}

export interface ActionRowProps {
  item: ActionItem;
  today: string;
  /**
   * `base`: the item's fields as shown when the change began, so a field changed in another window meanwhile is
   * noticed (a conflict) rather than overwritten, and the fields this change leaves alone are not written at all.
   */
  onSave: (item: ActionItem, edit: ActionEdit, base: ActionEdit) => Promise<ErrorData | null>;
  onDelete: (item: ActionItem) => Promise<ErrorData | null>;
}

export const editOf = (item: ActionItem): ActionEdit => ({ kind: item.kind, title: item.title, dueOn: item.dueOn, done: item.done });

/** The kinds of action as a select's options (the add form and the inline edit). */
export function ActionKindOptions() {
  return actionKinds.map((k) => (
    <option key={k} value={k}>
      {actionKindLabels[k]}
    </option>
  ));
}

const conflictLabels = { kind: 'Kind', title: 'What to do', dueOn: 'Due date', done: 'Done' };

function describe(field: string, value: unknown): string {
  if (field === 'done') return value ? 'Done' : 'Not done';
  if (field === 'kind') return actionKindLabels[value as ActionKind] ?? '';
  if (field === 'dueOn') return typeof value === 'string' ? formatCalendarDay(value) : 'No due date';
  return String(value ?? '');
}

/**
 * One action item: a done checkbox, and inline edit and delete. A change another window made to the same
 * field meanwhile shows the conflict notice (for the checkbox as for the edit form).
 */
export function ActionItemRow({ item, today, onSave, onDelete }: ActionRowProps) {
  const [editing, setEditing] = useState<{ edit: ActionEdit; base: ActionEdit } | null>(null);
  const [error, setError] = useState<ErrorData | null>(null);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  // A ticked box shows at once; it belongs to this `item`, so the item reloaded after the save replaces it.
  const [ticked, setTicked] = useState<{ item: ActionItem; done: boolean } | null>(null);
  const tickedNow = ticked?.item === item ? ticked.done : undefined;
  // What the last save was, so the save after a conflict repeats it with the user's choices.
  const last = useRef<{ edit: ActionEdit; base: ActionEdit; closeEditor: boolean } | null>(null);
  const conflict = useEditConflict({
    labels: conflictLabels,
    describe,
    takeTheirs: (field, value) => {
      if (last.current) last.current.edit = { ...last.current.edit, [field]: value };
      if (editing) setEditing({ ...editing, edit: { ...editing.edit, [field]: value } });
      if (field === 'done') setTicked({ item, done: Boolean(value) });
    },
    resave: () => {
      if (last.current) void save(last.current.edit, last.current.base, last.current.closeEditor);
    },
    // After the last choice: the edit form's Save button, or the checkbox that was ticked.
    focusAfter: () => row.current?.querySelector<HTMLElement>('form button[type="submit"]') ?? checkbox.current,
    headingLevel: 3,
  });
  const checkbox = useRef<HTMLInputElement>(null);
  const row = useRef<HTMLLIElement>(null);

  async function save(edit: ActionEdit, base: ActionEdit, closeEditor: boolean) {
    last.current = { edit, base, closeEditor };
    const failed = await onSave(item, edit, conflict.rebase(base));
    const inConflict = conflict.settle(failed, edit);
    setError(inConflict ? null : failed);
    if (failed && !inConflict && !closeEditor) setTicked(null);
    if (!failed && closeEditor) setEditing(null);
  }

  async function remove() {
    const failed = await onDelete(item);
    setError(failed);
  }

  const fieldIssues = fieldErrors(error);
  const isEditing = editing !== null;
  return (
    <li ref={row} className={item.done ? 'action-item done' : 'action-item'}>
      <label>
        <input
          type="checkbox"
          ref={checkbox}
          checked={tickedNow ?? item.done}
          onChange={(e) => {
            const done = e.currentTarget.checked;
            setTicked({ item, done });
            void save({ ...editOf(item), done }, editOf(item), false);
          }}
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
            void save(editing.edit, editing.base, true);
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
              <ActionKindOptions />
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
          <button type="button" className="link-button" onClick={() => setEditing({ edit: editOf(item), base: editOf(item) })}>
            Edit <span className="visually-hidden">“{item.title}”</span>
          </button>
          {confirmingDelete ? (
            <ConfirmDialog
              level={3}
              title={`Delete “${item.title}”?`}
              confirmLabel={`Delete “${item.title}” for good`}
              cancelLabel="Keep it"
              onConfirm={() => void remove()}
              onCancel={() => setConfirmingDelete(false)}
            >
              <p>This cannot be undone.</p>
            </ConfirmDialog>
          ) : (
            <button type="button" className="link-button danger" onClick={() => setConfirmingDelete(true)}>
              Delete <span className="visually-hidden">“{item.title}”</span>
            </button>
          )}
        </span>
      )}
      {conflict.notice}
      {error && !isEditing && (
        <p className="field-error" role="alert">
          {error.message}
        </p>
      )}
    </li>
  );
}
