import type { AppInfo, Diagnostics } from '../../../../shared/domain/app-info';
import type { HandlersFor } from '../../ipc/handlers';
import type { NoticeBoard } from './notices';

export function appHandlers(
  info: Omit<AppInfo, 'notices'>,
  notices: NoticeBoard,
  diagnostics: () => Diagnostics,
): HandlersFor<'app.info' | 'app.dismissNotice' | 'app.diagnostics'> {
  return {
    'app.info': () => ({ ...info, notices: notices.list() }),
    'app.dismissNotice': ({ id }) => {
      notices.dismiss(id);
      return null;
    },
    'app.diagnostics': diagnostics,
  };
}
