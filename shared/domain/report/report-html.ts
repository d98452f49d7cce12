import { formatCalendarDay, formatDate } from '../dates/format';
import { interviewName, interviewWhen } from '../reflection/interview-name';
import type { ReportData } from './report';

const average = (value: number | null) => (value === null ? '–' : value.toFixed(1));

/** Text for HTML content and attribute values: the five characters with meaning in HTML, escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * No network, no scripts, no plugins: the page may use only its own inline styles and inline
 * SVG. `default-src 'none'` blocks every fetch (images, fonts, frames, connections); the page
 * has no script at all. The meta tag applies wherever the file is opened.
 */
export const reportCsp = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

const css = `
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1b1b1f; background: #fff; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin-bottom: 0.25rem; }
h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #c9c9d1; padding-bottom: 0.2rem; }
h3 { font-size: 1.05rem; margin-bottom: 0.25rem; }
table { border-collapse: collapse; margin: 0.5rem 0; }
th, td { border: 1px solid #c9c9d1; padding: 0.25rem 0.6rem; text-align: left; }
th { background: #f1f1f4; }
.muted { color: #52525b; }
.chart { display: block; max-width: 100%; height: auto; margin: 0.5rem 0; }
p.text { white-space: pre-wrap; margin-top: 0.25rem; }
@media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } section { break-inside: avoid; } }
`;

/** The weekly averages as an inline SVG line chart (1–5 scale), with a text alternative; null when there is nothing to draw. */
function trendSvg(data: ReportData): string | null {
  const points = data.weeks.filter((w) => w.average !== null);
  if (points.length === 0) return null;
  const width = 640;
  const height = 220;
  const left = 36;
  const right = 12;
  const top = 12;
  const bottom = 28;
  const x = (i: number) => left + (points.length === 1 ? (width - left - right) / 2 : (i * (width - left - right)) / (points.length - 1));
  const y = (v: number) => top + ((5 - v) * (height - top - bottom)) / 4;
  const grid = [1, 2, 3, 4, 5]
    .map(
      (v) =>
        `<line x1="${left}" x2="${width - right}" y1="${y(v)}" y2="${y(v)}" stroke="#e2e2e8"/><text x="${left - 8}" y="${y(v) + 4}" text-anchor="end" font-size="11" fill="#52525b">${v}</text>`,
    )
    .join('');
  const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(p.average!).toFixed(1)}`).join(' ');
  const dots = points.map((p, i) => `<circle cx="${x(i).toFixed(1)}" cy="${y(p.average!).toFixed(1)}" r="3.5" fill="#3b4cca"/>`).join('');
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const label = `Average confidence by week, from ${average(first.average)} in the week of ${formatCalendarDay(first.week)} to ${average(last.average)} in the week of ${formatCalendarDay(last.week)}.`;
  return `<svg class="chart" role="img" aria-label="${escapeHtml(label)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">${grid}<path d="${path}" fill="none" stroke="#3b4cca" stroke-width="2"/>${dots}<text x="${left}" y="${height - 8}" font-size="11" fill="#52525b">${escapeHtml(formatCalendarDay(first.week))}</text><text x="${width - right}" y="${height - 8}" text-anchor="end" font-size="11" fill="#52525b">${escapeHtml(formatCalendarDay(last.week))}</text></svg>`;
}

function table(headers: string[], rows: string[][]): string {
  const head = headers.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`).join('');
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

/** The report as one printable HTML page: inline CSS and SVG, a strict CSP, nothing fetched. */
export function reportHtml(data: ReportData): string {
  const weeks = data.weeks.filter((w) => w.rated > 0);
  const svg = trendSvg(data);
  const parts: string[] = [];
  parts.push(`<h1>My interview practice progress</h1>`);
  parts.push(
    `<p class="muted">${escapeHtml(`${data.rangeLabel}, made on ${formatDate(data.generatedAt)} with Rehearse.`)}${data.redacted ? ' Company and interviewer names are replaced.' : ''}</p>`,
  );
  parts.push(
    `<section><h2>Summary</h2><ul><li>Mock interviews: ${data.totals.sessions}</li><li>Answers rated: ${data.totals.rated} (skipped: ${data.totals.skipped})</li><li>Average confidence: ${average(data.totals.average)} out of 5</li></ul></section>`,
  );
  parts.push(
    `<section><h2>Confidence by week</h2>${
      weeks.length === 0
        ? '<p>No rated answers in this period.</p>'
        : `${svg ?? ''}${table(
            ['Week starting', 'Answers rated', 'Average confidence (1–5)'],
            weeks.map((w) => [formatCalendarDay(w.week), String(w.rated), average(w.average)]),
          )}`
    }</section>`,
  );
  parts.push(
    `<section><h2>Mock interviews</h2>${
      data.sessions.length === 0
        ? '<p>No mock interviews in this period.</p>'
        : table(
            ['Date', 'Answers', 'Average confidence'],
            data.sessions.map((s) => [formatDate(s.startedAt), String(s.answered), average(s.averageConfidence)]),
          )
    }</section>`,
  );
  if (data.reflections.length > 0) {
    const items = data.reflections.map((r) => {
      const facts = [
        ...(r.stage ? [`Stage: ${r.stage}`] : []),
        `Outcome: ${r.outcome}`,
        ...(r.interviewerName.trim() ? [`Interviewer: ${r.interviewerName}`] : []),
      ];
      const texts = r.texts.map((t) => `<h4>${escapeHtml(t.heading)}</h4><p class="text">${escapeHtml(t.text)}</p>`).join('');
      const notes = r.notes !== null && r.notes.trim() ? `<h4>Notes</h4><p class="text">${escapeHtml(r.notes)}</p>` : '';
      return `<section><h3>${escapeHtml(`${interviewName(r)} (${interviewWhen(r)})`)}</h3><ul>${facts.map((f) => `<li>${escapeHtml(f)}</li>`).join('')}</ul>${texts}${notes}</section>`;
    });
    parts.push(`<h2>Reflections on real interviews</h2>${items.join('')}`);
  }
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${reportCsp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>My interview practice progress</title>
<style>${css}</style>
</head>
<body>
<main>
${parts.join('\n')}
</main>
</body>
</html>
`;
}
