import { renameSync, rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { protectCell } from '../../../../shared/domain/import-export/spreadsheet-safe';
import type { ExportedArchive } from '../../../../shared/domain/data';
import { serializeCsv } from '../../../../shared/domain/import-export/csv';
import { isOverLimit, selfCheckDone } from '../../../../shared/domain/progress/answer-facts';
import { selfCheckItems } from '../../../../shared/domain/sessions';
import { type AnswerRow, answerTable } from '../sessions/session-rows';
import { timestampForFile } from '../../storage/file-names';
import { yieldToEventLoop } from './archive-format';
import { type JobReport, noReport } from '../../events/job-report';
import { exportsDir, newExportName, pruneExports } from './exports';

/** An answer row joined with what a spreadsheet reader needs beside it. */
type AnswerCsvRow = AnswerRow & {
  local_day: string | null;
  bank: string;
  category: string;
  question: string;
} & DeliveryCsvColumns;

/** The recording's delivery facts (issue 15), all null when it has none. */
interface DeliveryCsvColumns {
  df_duration_ms: number | null;
  df_first_speech_ms: number | null;
  df_speech_ms: number | null;
  df_pause_count: number | null;
  df_longest_pause_ms: number | null;
  df_end_silence_ms: number | null;
  df_quiet_ms: number | null;
  df_rate: number | null;
}
const deliveryCsvSelect = `df.duration_ms AS df_duration_ms, df.first_speech_ms AS df_first_speech_ms, df.speech_ms AS df_speech_ms,
  df.pause_count AS df_pause_count, df.longest_pause_ms AS df_longest_pause_ms, df.end_silence_ms AS df_end_silence_ms,
  df.quiet_ms AS df_quiet_ms, df.syllables_per_minute_estimate AS df_rate`;

const header = [
  'Answered at (UTC)',
  'Day',
  'Session',
  'Bank',
  'Category',
  'Question',
  'Skipped',
  'Confidence',
  'Confidence after replay',
  'Confidence after reading the guidance',
  'Seconds used',
  'Seconds allowed',
  'Over the limit',
  'Cut off at the limit',
  ...selfCheckItems.map((item) => item.label),
  'Struggled',
  'Note',
  'Recording seconds (measured)',
  'First words at (s)',
  'Speaking (s)',
  'Speaking share',
  'Pauses of 3 s or more',
  'Longest pause (s)',
  'Silence at the end (s)',
  'Too quiet (s)',
  'Syllables a minute (estimate)',
];

const seconds = (ms: number | null) => (ms === null ? '' : (ms / 1000).toFixed(1));
const yesNo = (flag: boolean) => (flag ? 'yes' : 'no');
/** A cell a spreadsheet would run as a formula (question text may come from an imported bank) is shown as text: the one CSV rule. */
const text = protectCell;

function cells(row: AnswerCsvRow): string[] {
  const answer = answerTable.fromRow(row);
  return [
    answer.answeredAt,
    row.local_day ?? '',
    String(answer.sessionId),
    text(row.bank),
    text(row.category),
    text(row.question),
    yesNo(answer.skipped),
    answer.confidence === null ? '' : String(answer.confidence),
    answer.reviewConfidence === null ? '' : String(answer.reviewConfidence),
    answer.guidedConfidence === null ? '' : String(answer.guidedConfidence),
    seconds(answer.timeUsedMs),
    seconds(answer.timeLimitMs),
    answer.timeLimitMs === null || answer.skipped ? '' : yesNo(isOverLimit(answer)),
    answer.timeLimitMs === null || answer.skipped ? '' : yesNo(answer.cutOffAtLimit),
    // A self-check that was not done (nothing ticked) is blank, not six "no"s (answer-facts.ts).
    ...selfCheckItems.map((item) => (selfCheckDone(answer) ? yesNo(answer.selfCheck[item.key]) : '')),
    yesNo(answer.struggled),
    text(answer.note),
    seconds(row.df_duration_ms),
    seconds(row.df_first_speech_ms),
    seconds(row.df_speech_ms),
    row.df_speech_ms === null || !row.df_duration_ms ? '' : (row.df_speech_ms / row.df_duration_ms).toFixed(2),
    row.df_pause_count === null ? '' : String(row.df_pause_count),
    seconds(row.df_longest_pause_ms),
    seconds(row.df_end_silence_ms),
    seconds(row.df_quiet_ms),
    row.df_rate === null ? '' : String(Math.round(row.df_rate)),
  ];
}

const pageSize = 5000;

/**
 * Every answer as one CSV row (UTF-8 with a byte-order mark so spreadsheets
 * read accents right), oldest first, written a page at a time so the app
 * stays responsive with a million answers.
 */
export async function exportAnswersCsv(
  deps: { db: Database; dataDir: string; now: () => Date },
  report: JobReport = noReport,
): Promise<ExportedArchive> {
  const total = deps.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM answers').get()!.n;
  const page = deps.db.prepare<{ after: number; limit: number }, AnswerCsvRow>(`
    SELECT ${answerTable.select}, a.local_day, b.name AS bank, q.category, q.text AS question, ${deliveryCsvSelect}
    FROM answers a JOIN questions q ON q.id = a.question_id JOIN banks b ON b.id = q.bank_id
      LEFT JOIN recordings r ON r.session_id = a.session_id AND r.position = a.position
      LEFT JOIN delivery_facts df ON df.recording_id = r.id
    WHERE a.id > @after ORDER BY a.id LIMIT @limit`);
  const fileName = newExportName(deps.dataDir, 'answers', timestampForFile(deps.now()), 'csv');
  const final = join(exportsDir(deps.dataDir), fileName);
  const partial = join(exportsDir(deps.dataDir), `.partial-${fileName}`);
  const file = await open(partial, 'w');
  let count = 0;
  let bytes = 0;
  try {
    const write = async (chunk: string) => {
      const { bytesWritten } = await file.write(chunk);
      bytes += bytesWritten;
    };
    report.step('tables', total);
    await write(`\ufeff${serializeCsv([header])}`);
    for (let after = 0; ;) {
      const rows = page.all({ after, limit: pageSize });
      if (rows.length === 0) break;
      await write(serializeCsv(rows.map(cells)));
      count += rows.length;
      after = rows[rows.length - 1]!.id;
      report.advance(count);
      await yieldToEventLoop();
      report.checkpoint();
    }
    await file.sync();
  } catch (error) {
    await file.close();
    rmSync(partial, { force: true });
    throw error;
  }
  await file.close();
  renameSync(partial, final);
  pruneExports(deps.dataDir, 'answers');
  return { fileName, path: final, bytes, counts: { answers: count }, recordings: 0 };
}
