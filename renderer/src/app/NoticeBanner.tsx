import { useEffect, useState } from 'react';
import { api } from '../api/client';
import { useApiQuery } from '../api/queries';
import { reloadWhenDataReplaced, takeReloadNotice } from '../api/replaced-data';

/**
 * Tells the user about anything Rehearse did on their behalf (a reset settings
 * file, a failed daily backup). Notices arrive as they happen (`app.notice`
 * refreshes `app.info`), into a live region that is always in the page, so a
 * screen reader announces a notice added later too.
 *
 * It also reloads the page when every row was replaced (a restore or an
 * import, here or in another window), and after such a reload says why
 * (replaced-data.ts); that notice is put into the region after the first
 * render, so it is announced.
 */
export function NoticeBanner() {
  const [info, reload] = useApiQuery('app.info', {});
  const notices = info.status === 'ready' ? info.value.notices : [];
  const [reloaded, setReloaded] = useState<string | null>(null);
  useEffect(() => {
    // After the first paint, so the live region exists before its text does and the notice is announced.
    const frame = requestAnimationFrame(() => setReloaded(takeReloadNotice()));
    const stop = reloadWhenDataReplaced();
    return () => {
      cancelAnimationFrame(frame);
      stop();
    };
  }, []);
  return (
    <div className="notices" aria-live="polite">
      {reloaded && (
        <div className="notice notice-info" data-testid="reload-notice">
          <p>{reloaded}</p>
          <button type="button" onClick={() => setReloaded(null)}>
            Dismiss
          </button>
        </div>
      )}
      {notices.map((notice) => (
        <div key={notice.id} className={`notice notice-${notice.level}`}>
          <p>{notice.message}</p>
          <button type="button" onClick={() => void api.app.dismissNotice({ id: notice.id }).then(reload)}>
            Dismiss
          </button>
        </div>
      ))}
    </div>
  );
}
