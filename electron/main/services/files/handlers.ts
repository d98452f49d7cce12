import { maxFileBytes } from '../../../../shared/contract/files';
import { AppError } from '../../../../shared/contract/result';
import type { HandlersFor } from '../../ipc/handlers';
import { encodeOpened, type SystemDialogs } from './system-dialogs';

const noDialogs = () => new AppError('unavailable', 'Native file dialogs exist only in the desktop app.');

export function fileHandlers(dialogs: SystemDialogs | null): HandlersFor<'files.save' | 'files.open'> {
  return {
    'files.save': async ({ suggestedName, content, encoding }) => {
      if (!dialogs) throw noDialogs();
      const path = await dialogs.save(suggestedName, Buffer.from(content, encoding));
      return { saved: path !== null, path };
    },
    'files.open': async ({ title, extensions, encoding }) => {
      if (!dialogs) throw noDialogs();
      const file = await dialogs.open(title, extensions, maxFileBytes);
      return file ? encodeOpened(file, encoding) : null;
    },
  };
}
