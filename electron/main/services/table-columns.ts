/**
 * One declaration per stored field: its SQL column, what SQLite stores and
 * what the app reads. A table's column list, its row type and both mappers
 * (row → record, record → statement parameters) are derived from it, so a new
 * field is written once, next to the others of its table.
 */

/** What better-sqlite3 returns for the column types Rehearse uses. */
export type SqlValue = number | string | null;

export interface Column<Name extends string = string, Stored extends SqlValue = SqlValue, Value = unknown> {
  readonly name: Name;
  read(stored: Stored): Value;
  write(value: Value): Stored;
}

// Column is invariant in its value type, so a map of differently typed columns needs `any` here;
// every concrete table keeps its precise types through the generic parameter.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyColumn = Column<string, any, any>;
type ColumnMap = Readonly<Record<string, AnyColumn>>;

/** Several columns read as one value (e.g. the five STAR note parts as `notes`); one level deep. */
export interface ColumnGroup<Fields extends ColumnMap = ColumnMap> {
  readonly fields: Fields;
}

export type Field = AnyColumn | ColumnGroup;
export interface FieldMap {
  readonly [key: string]: Field;
}

type Leaves<F> = F extends ColumnGroup<infer G> ? G[keyof G] : F;
type StoredOf<C> = C extends Column<string, infer S, infer _V> ? S : never;
type ValueOf<F> =
  F extends ColumnGroup<infer G> ? { -readonly [K in keyof G]: ValueOf<G[K]> } : F extends Column<string, infer _S, infer V> ? V : never;

/** A row as SQLite returns it for these fields: column name → stored value. */
export type RowOf<M extends FieldMap> = { [C in Leaves<M[keyof M]> as C['name']]: StoredOf<C> };
/** The record the app works with: field → value. */
export type RecordOf<M extends FieldMap> = { -readonly [K in keyof M]: ValueOf<M[K]> };

const same = <T>(value: T): T => value;

/** Column builders for the storage classes Rehearse uses. */
export const column = {
  integer: <N extends string>(name: N): Column<N, number, number> => ({ name, read: same, write: same }),
  integerOrNull: <N extends string>(name: N): Column<N, number | null, number | null> => ({ name, read: same, write: same }),
  text: <N extends string>(name: N): Column<N, string, string> => ({ name, read: same, write: same }),
  textOrNull: <N extends string>(name: N): Column<N, string | null, string | null> => ({ name, read: same, write: same }),
  /** Text that a CHECK constraint holds to one of `values`; the list is there to type it. */
  choice: <N extends string, T extends string>(name: N, _values: readonly T[]): Column<N, string, T> => ({
    name,
    read: (stored) => stored as T,
    write: same,
  }),
  /** An integer that a CHECK constraint holds to one of `values`. */
  integerOf: <N extends string, T extends number>(name: N, _values: readonly T[]): Column<N, number, T> => ({
    name,
    read: (stored) => stored as T,
    write: same,
  }),
  /** An INTEGER 0/1 read as a boolean. */
  flag: <N extends string>(name: N): Column<N, number, boolean> => ({
    name,
    read: (stored) => stored === 1,
    write: (value) => (value ? 1 : 0),
  }),
  /** JSON text; `parse` turns what is stored (possibly by an older version) into the value. */
  json: <N extends string, T>(name: N, parse: (json: string) => T): Column<N, string, T> => ({
    name,
    read: parse,
    write: (value) => JSON.stringify(value),
  }),
  group: <G extends ColumnMap>(fields: G): ColumnGroup<G> => ({ fields }),
};

const isGroup = (field: Field): field is ColumnGroup => 'fields' in field;

function leaves(fields: FieldMap): AnyColumn[] {
  return Object.values(fields).flatMap((field) => (isGroup(field) ? Object.values(field.fields) : [field]));
}

function readFields(fields: FieldMap, row: Record<string, SqlValue>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(fields))
    out[key] = isGroup(field) ? readFields(field.fields, row) : field.read(row[field.name]);
  return out;
}

function writeFields(fields: FieldMap, record: Record<string, unknown>, out: Record<string, SqlValue>): Record<string, SqlValue> {
  for (const [key, field] of Object.entries(fields)) {
    if (!(key in record)) continue;
    if (isGroup(field)) writeFields(field.fields, record[key] as Record<string, unknown>, out);
    else out[field.name] = field.write(record[key]) as SqlValue;
  }
  return out;
}

/**
 * A table's stored fields. `alias` is the one-letter name its queries give the
 * table (`FROM answers a`), used by `select`.
 */
export function defineTable<const M extends FieldMap>(name: string, alias: string, fields: M) {
  const columns = leaves(fields).map((c) => c.name);
  const columnsOf = (keys: readonly (keyof M & string)[]) =>
    leaves(Object.fromEntries(keys.map((k) => [k, fields[k]!]))).map((c) => c.name);
  return {
    name,
    fields,
    /** Every column, in declaration order. */
    columns: columns as readonly string[],
    /** `a.id, a.session_id, …`: every column, for a SELECT list. */
    select: columns.map((c) => `${alias}.${c}`).join(', '),
    /** `id, session_id, …`: every column unqualified, for RETURNING. */
    returning: columns.join(', '),
    /** The columns of the fields named, in that order. */
    columnsOf,
    /** Every field name, in declaration order. */
    keys: Object.keys(fields) as (keyof M & string)[],
    /** The record for one row; columns outside the table (joined ones) are ignored. */
    fromRow(row: RowOf<M>): RecordOf<M> {
      return readFields(fields, row as Record<string, SqlValue>) as RecordOf<M>;
    },
    /** Named statement parameters (`@session_id`) for the fields given. */
    toRow<P extends Partial<RecordOf<M>>>(record: P): RowOf<Pick<M, keyof P & keyof M>> {
      return writeFields(fields, record, {}) as RowOf<Pick<M, keyof P & keyof M>>;
    },
    /**
     * `INSERT INTO t (a, b) VALUES (@a, @b)` for the fields named (the id is
     * usually left to SQLite). Column names come from this declaration, never from input.
     */
    insertSql(keys: readonly (keyof M & string)[]): string {
      const names = columnsOf(keys);
      return `INSERT INTO ${name} (${names.join(', ')}) VALUES (${names.map((c) => `@${c}`).join(', ')})`;
    },
  };
}
