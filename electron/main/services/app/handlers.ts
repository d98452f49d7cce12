import type { AppInfo, Diagnostics } from '../../../../shared/domain/app-info';
import type { HandlersFor } from '../../ipc/handlers';
import type { AppLog, LogValue } from '../../logging/app-log';
import type { RendererError } from '../../../../shared/domain/renderer-error';
import type { NoticeBoard } from './notices';

export function appHandlers(
  info: Omit<AppInfo, 'notices'>,
  notices: NoticeBoard,
  diagnostics: () => Diagnostics,
  log: AppLog,
): HandlersFor<'app.info' | 'app.dismissNotice' | 'app.diagnostics' | 'app.reportError'> {
  return {
    'app.info': () => ({ ...info, notices: notices.list() }),
    'app.dismissNotice': ({ id }) => {
      notices.dismiss(id);
      return null;
    },
    'app.diagnostics': diagnostics,
    // The contract's schema already let only codes through (shared/domain/renderer-error.ts); the log masks anything else too.
    'app.reportError': (report) => {
      log.error('renderer.error', rendererErrorFields(report));
      return null;
    },
  };
}

/**
 * A renderer fault as log fields, in the log's code alphabet (letters, digits, `_.:-`): the screen's route
 * pattern with `/` as `.` (`/banks/:bankId` → `banks.:bankId`, `/` → `home`), each frame as
 * `function:file:line:column`.
 */
export function rendererErrorFields({ source, name, screen, frames }: RendererError): Record<string, LogValue> {
  const fields: Record<string, LogValue> = {
    source,
    name: name.replace(/\$/g, '_'),
    screen: screen.slice(1).replace(/\//g, '.') || 'home',
  };
  frames.forEach((frame, i) => (fields[`at${i}`] = frame.replace('@', ':').replace(/[$<>]/g, '_')));
  return fields;
}
