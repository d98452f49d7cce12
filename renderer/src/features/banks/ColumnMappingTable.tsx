import { columnFieldLabels, columnFields, type ColumnField } from '../../../../shared/domain/import-export/column-mapping';
import type { ImportColumn } from '../../../../shared/domain/import-export/question-table';

interface Props {
  columns: ImportColumn[];
  onChange: (mapping: ColumnField[]) => void;
}

/**
 * The mapping step of a spreadsheet import: every column of the file, a sample of what it holds,
 * and the Rehearse field it is read as. Ignored columns stay listed, so nothing is dropped unseen.
 */
// The selects stay enabled while a new preview loads: disabling the focused one would drop focus to the page.
export function ColumnMappingTable({ columns, onChange }: Props) {
  const ignored = columns.filter((c) => c.field === 'ignore').length;
  return (
    <>
      <h3 id="mapping-heading">Columns</h3>
      <p className="muted">
        Choose what each column of the file holds.{' '}
        {ignored > 0 ? `${ignored === 1 ? '1 column is' : `${ignored} columns are`} set to be ignored and will not be imported.` : ''}
      </p>
      <table className="preview-table" aria-labelledby="mapping-heading">
        <thead>
          <tr>
            <th scope="col">Column in the file</th>
            <th scope="col">First value</th>
            <th scope="col">Import as</th>
          </tr>
        </thead>
        <tbody>
          {columns.map((column, i) => {
            const name = column.header || `Column ${i + 1} (no name)`;
            return (
              <tr key={i}>
                <th scope="row">{name}</th>
                <td className="sample-cell">{column.sample || <span className="muted">(empty)</span>}</td>
                <td>
                  <select
                    aria-label={`Import column “${name}” as`}
                    value={column.field}
                    onChange={(event) => onChange(columns.map((c, k) => (k === i ? (event.target.value as ColumnField) : c.field)))}
                  >
                    {columnFields.map((field) => (
                      <option key={field} value={field}>
                        {columnFieldLabels[field]}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
