import type { ReactNode } from 'react';

interface Props {
  caption: string;
  headers: string[];
  rows: (string | number)[][];
  /** Visible summary of the disclosure, e.g. "Show as a table". */
  summary?: ReactNode;
}

/** Every chart's data as a table, behind a disclosure: screen readers and keyboard users get the same figures. */
export function ChartTable({ caption, headers, rows, summary = 'Show as a table' }: Props) {
  return (
    <details className="chart-table">
      <summary>{summary}</summary>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {headers.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              {row.map((cell, j) =>
                j === 0 ? (
                  <th key={j} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={j}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
