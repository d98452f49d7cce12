import type { ImportPreviewRow } from '../../../../shared/domain/import-export/transfer';
import { starParts } from '../../../../shared/domain/questions';

/** The first questions of an import exactly as they will be stored: text, bank, category, tags and notes. */
export function ImportRowsTable({ rows, total }: { rows: ImportPreviewRow[]; total: number }) {
  if (rows.length === 0) return null;
  return (
    <>
      <h3 id="rows-heading">
        {rows.length < total ? `The first ${rows.length} questions, as they will be imported` : 'The questions, as they will be imported'}
      </h3>
      <table className="preview-table import-rows" aria-labelledby="rows-heading">
        <thead>
          <tr>
            <th scope="col">Where</th>
            <th scope="col">Question</th>
            <th scope="col">Bank</th>
            <th scope="col">Category</th>
            <th scope="col">Tags</th>
            <th scope="col">Guidance and notes</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const notes = [...starParts.map((part) => row.notes[part]), row.notes.free].filter((n) => n.trim() !== '');
            return (
              <tr key={`${row.bankName}-${row.at}`}>
                <td>{row.at}</td>
                <th scope="row" className="pre-wrap">
                  {row.text}
                </th>
                <td>{row.bankName}</td>
                <td>{row.category}</td>
                <td>{row.tags.join(', ')}</td>
                <td className="pre-wrap">{[row.guidance, ...notes].filter(Boolean).join('\n\n')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
