import { shareReportOptionsSchema } from '../domain/report/report';
import { channel } from './channel';

export interface SharedReport {
  /** A file name without extension, e.g. `rehearse-progress-2026-11-30`. */
  baseName: string;
  markdown: string;
  html: string;
}

export const reportChannels = {
  /** Builds "Share my progress" as Markdown and a printable HTML page; nothing is written or sent. */
  'report.build': channel(shareReportOptionsSchema).returns<SharedReport>(),
};
