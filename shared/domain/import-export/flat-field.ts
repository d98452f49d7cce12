// Its own file so that column-mapping.ts can name the fields without importing the row parser
// (which imports document.ts, which names the mapped columns: an import cycle otherwise).

/** A Rehearse field that a column of a flat format (CSV, Markdown) can hold. */
export type FlatField =
  | 'text'
  | 'category'
  | 'tags'
  | 'difficulty'
  | 'suggested_seconds'
  | 'guidance'
  | 'star'
  | 'situation'
  | 'task'
  | 'action'
  | 'result'
  | 'notes'
  | 'archived';
