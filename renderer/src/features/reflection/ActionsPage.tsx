import { type FormEvent, useState } from 'react';
import type { ErrorData } from '../../../../shared/contract/result';
import { type ActionKind, actionKindLabels, actionKinds, maxActionTitle } from '../../../../shared/domain/reflection/action-items';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { FilterSelect } from '../../components/FilterSelect';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ActionItemList } from './ActionItemList';
import { ActionKindOptions } from './ActionItemRow';
import { localDayKey } from '../../../../shared/domain/progress/calendar';
import { fieldErrors } from '../../lib/field-errors';
import { FieldError } from '../../components/FieldError';
import { TextField } from '../../components/TextField';
import { useKeptTyping } from '../../components/use-kept-typing';
import { typingKeys } from '../../lib/kept-typing';

type Status = 'open' | 'done' | 'all';

/** Every action item from every reflection, filtered by status and kind, plus items of the user's own. */
export function ActionsPage() {
  const [status, setStatus] = useState<Status>('open');
  const [kind, setKind] = useState<ActionKind | ''>('');
  const [items, reload] = useApiQuery('reflection.listActions', { status, ...(kind ? { kind } : {}) });
  // A new item typed but not added survives a reload, Back or a closed window (issue 12).
  const kept = useKeptTyping(typingKeys.newAction, { title: '', kind: 'skill' as ActionKind, dueOn: '' }, 'this action item', (d) =>
    (actionKinds as readonly string[]).includes(d.kind),
  );
  const { values: draft, setValues: setDraft } = kept;
  const [error, setError] = useState<ErrorData | null>(null);
  const [added, setAdded] = useState('');
  const issues = fieldErrors(error);

  async function add(e: FormEvent) {
    e.preventDefault();
    const result = await api.reflection.createAction({ title: draft.title, kind: draft.kind, dueOn: draft.dueOn || null });
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    setAdded(`Added “${result.value.title}”.`);
    const next = { ...draft, title: '', dueOn: '' };
    kept.saved(next);
    setDraft(next);
    reload();
  }

  return (
    <section aria-labelledby="actions-heading" className="stack">
      <p>
        <a href="#/reflection">← Back to my interviews</a>
      </p>
      <h1 id="actions-heading">Action items: my career plan</h1>
      <div className="filters" role="group" aria-label="Filter action items">
        <label>
          Show
          <select value={status} onChange={(e) => setStatus(e.currentTarget.value as Status)}>
            <option value="open">Open</option>
            <option value="done">Done</option>
            <option value="all">All</option>
          </select>
        </label>
        <FilterSelect label="Kind" anyLabel="Any kind" value={kind} values={actionKinds} labels={actionKindLabels} onChange={setKind} />
      </div>
      {items.status === 'loading' && <p aria-live="polite">Loading…</p>}
      {items.status === 'error' && <ErrorMessage error={items.error} onRetry={reload} />}
      {items.status === 'ready' && (
        <ActionItemList
          items={items.value}
          today={localDayKey(new Date())}
          onChanged={reload}
          emptyText={status === 'done' ? 'Nothing marked done yet.' : 'No action items here. Reflections turn gaps into action items.'}
        />
      )}
      <form className="card stack" onSubmit={(e) => void add(e)} noValidate aria-labelledby="add-action-heading">
        <h2 id="add-action-heading">Add an action item of my own</h2>
        {kept.notice}
        <TextField
          label="What to do"
          name="The action"
          value={draft.title}
          limit={maxActionTitle}
          error={issues.title}
          errorId="new-action-title-error"
          onChange={(title) => setDraft({ ...draft, title })}
        />
        <label>
          Kind
          <select value={draft.kind} onChange={(e) => setDraft({ ...draft, kind: e.currentTarget.value as ActionKind })}>
            <ActionKindOptions />
          </select>
        </label>
        <label>
          Due date (optional)
          <input
            type="date"
            value={draft.dueOn}
            aria-invalid={issues.dueOn ? true : undefined}
            aria-describedby={issues.dueOn ? 'new-action-due-error' : undefined}
            onChange={(e) => setDraft({ ...draft, dueOn: e.currentTarget.value })}
          />
        </label>
        <FieldError id="new-action-due-error" message={issues.dueOn} />
        <div>
          <button type="submit" className="primary">
            Add action item
          </button>
        </div>
        <p role="status" aria-live="polite" className="muted">
          {added}
        </p>
      </form>
    </section>
  );
}
