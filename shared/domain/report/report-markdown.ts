import { formatCalendarDay, formatDate } from '../dates/format';
import { interviewName, interviewWhen } from '../reflection/interview-name';
import { escapeMarkdownBlock, escapeMarkdownLine } from '../reflection/markdown-text';
import type { ReportData } from './report';

const average = (value: number | null) => (value === null ? '–' : value.toFixed(1));

/** The report as a self-contained Markdown file: plain text a mentor can read anywhere. */
export function reportMarkdown(data: ReportData): string {
  const out: string[] = [];
  out.push('# My interview practice progress', '');
  out.push(
    `${data.rangeLabel}, made on ${formatDate(data.generatedAt)} with Rehearse.${data.redacted ? ' Company and interviewer names are replaced.' : ''}`,
    '',
  );
  out.push('## Summary', '');
  out.push(`- Mock interviews: ${data.totals.sessions}`);
  out.push(`- Answers rated: ${data.totals.rated} (skipped: ${data.totals.skipped})`);
  out.push(`- Average confidence: ${average(data.totals.average)} out of 5`, '');
  out.push('## Confidence by week', '');
  const weeks = data.weeks.filter((w) => w.rated > 0);
  if (weeks.length === 0) out.push('No rated answers in this period.', '');
  else {
    out.push('| Week starting | Answers rated | Average confidence (1–5) |', '|---|---|---|');
    for (const w of weeks) out.push(`| ${formatCalendarDay(w.week)} | ${w.rated} | ${average(w.average)} |`);
    out.push('');
  }
  out.push('## Mock interviews', '');
  if (data.sessions.length === 0) out.push('No mock interviews in this period.', '');
  else {
    out.push('| Date | Answers | Average confidence |', '|---|---|---|');
    for (const s of data.sessions) out.push(`| ${formatDate(s.startedAt)} | ${s.answered} | ${average(s.averageConfidence)} |`);
    out.push('');
  }
  if (data.reflections.length > 0) {
    out.push('## Reflections on real interviews', '');
    for (const r of data.reflections) {
      out.push(
        `### ${interviewName({ role: escapeMarkdownLine(r.role), company: escapeMarkdownLine(r.company) })} (${interviewWhen(r)})`,
        '',
      );
      out.push(...(r.stage ? [`- Stage: ${r.stage}`] : []), `- Outcome: ${r.outcome}`);
      if (r.interviewerName.trim()) out.push(`- Interviewer: ${escapeMarkdownLine(r.interviewerName)}`);
      out.push('');
      for (const t of r.texts) out.push(`**${t.heading}**`, '', escapeMarkdownBlock(t.text), '');
      if (r.notes !== null && r.notes.trim()) out.push('**Notes**', '', escapeMarkdownBlock(r.notes), '');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}
