import type { Database } from 'better-sqlite3';
import { AppError } from '../../../../shared/contract/result';
import { type ActionItem, type ActionKind, compareActions } from '../../../../shared/domain/reflection/action-items';
import { type ActionRow, actionFromRow } from './rows';

export interface ActionFields {
  kind: ActionKind;
  title: string;
  dueOn: string | null;
  done: boolean;
}

export interface ActionFilters {
  status: 'open' | 'done' | 'all';
  kind?: ActionKind | undefined;
  interviewId?: number | undefined;
}

const selectColumns = `
  SELECT a.id, a.kind, a.title, a.due_on, a.done_at, a.source_key, a.created_at, a.updated_at,
         i.id AS interview_id, i.company, i.role
  FROM action_items a
  LEFT JOIN reflections r ON r.id = a.reflection_id
  LEFT JOIN interviews i ON i.id = r.interview_id`;

const doneAt = 'CASE WHEN @done = 1 THEN coalesce(done_at, @now) ELSE NULL END';

/** Action items across all reflections: the user's career plan. */
export function actionStore(db: Database) {
  const list = db.prepare<{ status: string; kind: string | null; interviewId: number | null }, ActionRow>(`${selectColumns}
    WHERE (@status = 'all' OR (@status = 'open') = (a.done_at IS NULL))
      AND (@kind IS NULL OR a.kind = @kind)
      AND (@interviewId IS NULL OR i.id = @interviewId)`);
  const selectOne = db.prepare<{ id: number }, ActionRow>(`${selectColumns} WHERE a.id = @id`);
  type WriteParams = { kind: string; title: string; dueOn: string | null; done: 0 | 1; now: string };
  // A second "make this an action item" on the same requirement updates the first rather than duplicating it.
  const insert = db.prepare<WriteParams & { reflectionId: number | null; sourceKey: string | null }, { id: number }>(`
    INSERT INTO action_items (reflection_id, source_key, kind, title, due_on, done_at, created_at, updated_at)
    VALUES (@reflectionId, @sourceKey, @kind, @title, @dueOn, CASE WHEN @done = 1 THEN @now END, @now, @now)
    ON CONFLICT (reflection_id, source_key) WHERE source_key IS NOT NULL DO UPDATE SET
      kind = excluded.kind, title = excluded.title, due_on = excluded.due_on,
      done_at = CASE WHEN @done = 1 THEN coalesce(done_at, @now) ELSE NULL END, updated_at = excluded.updated_at
    RETURNING id`);
  const update = db.prepare<WriteParams & { id: number }>(`
    UPDATE action_items SET kind = @kind, title = @title, due_on = @dueOn, done_at = ${doneAt}, updated_at = @now
    WHERE id = @id`);
  const remove = db.prepare<{ id: number }>('DELETE FROM action_items WHERE id = @id');

  const params = (fields: ActionFields, now: Date): WriteParams => ({
    kind: fields.kind,
    title: fields.title,
    dueOn: fields.dueOn,
    done: fields.done ? 1 : 0,
    now: now.toISOString(),
  });
  function get(id: number): ActionItem {
    const row = selectOne.get({ id });
    if (!row) throw new AppError('not_found', 'That action item no longer exists.');
    return actionFromRow(row);
  }

  return {
    get,
    list(filters: ActionFilters): ActionItem[] {
      return list
        .all({ status: filters.status, kind: filters.kind ?? null, interviewId: filters.interviewId ?? null })
        .map(actionFromRow)
        .sort(compareActions);
    },
    forReflection(interviewId: number): ActionItem[] {
      return this.list({ status: 'all', interviewId });
    },
    create(fields: ActionFields, link: { reflectionId: number | null; sourceKey: string | null }, now: Date): ActionItem {
      return get(insert.get({ ...params(fields, now), ...link })!.id);
    },
    update(id: number, fields: ActionFields, now: Date): ActionItem {
      if (update.run({ ...params(fields, now), id }).changes === 0) throw new AppError('not_found', 'That action item no longer exists.');
      return get(id);
    },
    delete(id: number): void {
      if (remove.run({ id }).changes === 0) throw new AppError('not_found', 'That action item no longer exists.');
    },
  };
}
export type ActionStore = ReturnType<typeof actionStore>;
