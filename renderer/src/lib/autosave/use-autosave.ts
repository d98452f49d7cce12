import { useEffect, useState, useSyncExternalStore } from 'react';
import type { FieldValues } from '../../../../shared/domain/row-version';
import { Autosaver, type AutosaverOptions } from './autosaver';
import { registerSaver } from './leave-flush';

/**
 * The React face of `Autosaver`, used by every field that saves as the user
 * types: the values to show, `edit(patch)` for each change, `flush()` (blur,
 * leaving a step), the save state for `SaveStatus`, and `resolve`/`retry` for
 * its buttons. The saver is made once per mount (key the component by record
 * id); `save` may change between renders. On unmount the edits are saved,
 * and the saver stays registered for the page-leave flush until they are.
 */
export function useAutosave<F extends FieldValues>(options: AutosaverOptions<F>) {
  const [saver] = useState(() => new Autosaver<F>(options));
  useEffect(() => saver.setSave(options.save));
  const values = useSyncExternalStore(saver.subscribe, saver.getValues);
  const state = useSyncExternalStore(saver.subscribe, saver.getState);

  useEffect(() => {
    const unregister = registerSaver(saver);
    // Typing restored from this computer's copy (the page went away before it was saved) is saved now.
    if (saver.restoredEdits()) void saver.flush();
    return () => {
      saver.dispose();
      void saver.flush().finally(unregister);
    };
  }, [saver]);

  return {
    values,
    state,
    edit: (patch: Partial<F>) => saver.edit(patch),
    flush: () => saver.flush(),
    retry: () => saver.retry(),
    resolve: (choice: 'mine' | 'saved', field?: keyof F & string) => saver.resolve(choice, field),
  };
}
export type Autosave<F extends FieldValues> = ReturnType<typeof useAutosave<F>>;
