import { dayOf } from '../../../../shared/domain/dates/format';
import type { reportChannels } from '../../../../shared/contract/report';
import { redactReport } from '../../../../shared/domain/report/report';
import { reportHtml } from '../../../../shared/domain/report/report-html';
import { reportMarkdown } from '../../../../shared/domain/report/report-markdown';
import type { FeatureDeps } from '../../feature-deps';
import type { HandlersFor } from '../../ipc/handlers';
import { reportData } from './report-data';

/** "Share my progress" (issue 14, item 6): built on request, returned to the renderer to save; never stored or sent. */
export function reportHandlers({ db, now }: FeatureDeps): HandlersFor<keyof typeof reportChannels> {
  const gather = reportData(db);
  return {
    'report.build': (options) => {
      const at = now();
      const raw = gather(options, at);
      const data = options.redact ? redactReport(raw) : raw;
      return { baseName: `rehearse-progress-${dayOf(at)}`, markdown: reportMarkdown(data), html: reportHtml(data) };
    },
  };
}
