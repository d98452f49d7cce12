import type { Database } from 'better-sqlite3';
import { rangeLabels } from '../../../../shared/domain/progress/dashboard';
import type { StepDrafts } from '../../../../shared/domain/reflection/drafts';
import { outcomeLabels, stageLabels } from '../../../../shared/domain/reflection/interview';
import type { ReportData, ReportReflection, ReportSession, ShareReportOptions } from '../../../../shared/domain/report/report';
import { dashboardQueries } from '../progress/dashboard-queries';
import { interviewStore } from '../reflection/interview-store';
import { reflectionStore } from '../reflection/reflection-store';
import { draftsFromRow } from '../reflection/rows';

/** The user's own words in a reflection, by the heading the report gives them; empty ones are left out. */
function reflectionTexts(drafts: StepDrafts): ReportReflection['texts'] {
  const texts = [
    { heading: 'What attracted me to the role', text: drafts.roleFit.attracted },
    { heading: 'My concerns', text: drafts.roleFit.concernNotes },
    { heading: 'How I came across', text: drafts.confidence.notes },
    { heading: 'Questions I struggled with', text: drafts.improve.struggled.map((q) => `- ${q.text}`).join('\n') },
    { heading: 'Research to do better', text: drafts.improve.researchNotes },
    { heading: 'Feedback received', text: drafts.respond.feedbackReceived },
  ];
  return texts.filter((t) => t.text.trim() !== '');
}

/**
 * Gathers what "Share my progress" shows (issue 14, item 6): the period's totals and weekly
 * confidence (the Progress dashboard's own figures), its mock interviews, and the chosen
 * interviews' reflections, with their notes only when asked. Readiness for an upcoming
 * interview is not part of this branch's data, so the report has no such section.
 */
export function reportData(db: Database) {
  const dashboard = dashboardQueries(db);
  const interviews = interviewStore(db);
  const reflections = reflectionStore(db);
  // Sessions with at least one answer in the period (by the answer's local day, as the dashboard counts).
  const sessions = db.prepare<{ from: string }, { started_at: string; answered: number; average: number | null }>(`
    SELECT s.started_at, sum(a.skipped = 0) AS answered, avg(a.confidence) AS average
    FROM practice_sessions s JOIN answers a ON a.session_id = s.id
    WHERE a.local_day >= @from
    GROUP BY s.id ORDER BY s.started_at, s.id`);

  return (options: ShareReportOptions, now: Date): ReportData => {
    const board = dashboard.dashboard(options.range, now);
    const from = board.weeks[0]?.week ?? board.today;
    const sessionRows: ReportSession[] = sessions
      .all({ from })
      .map((s) => ({ startedAt: s.started_at, answered: s.answered, averageConfidence: s.average }));
    const chosen = [...new Set(options.interviewIds)].map((id): ReportReflection => {
      const interview = interviews.get(id);
      return {
        company: interview.company,
        role: interview.role,
        interviewerName: interview.interviewerName,
        heldAt: interview.heldAt,
        heldOn: interview.heldOn,
        stage: interview.stage ? stageLabels[interview.stage] : null,
        outcome: outcomeLabels[interview.outcome],
        texts: reflectionTexts(draftsFromRow(reflections.find(id))),
        notes: options.includeNotes ? interview.notes : null,
      };
    });
    return {
      generatedAt: now.toISOString(),
      range: options.range,
      rangeLabel: rangeLabels[options.range],
      totals: board.totals,
      weeks: board.weeks,
      sessions: sessionRows,
      reflections: chosen,
      redacted: false,
    };
  };
}
