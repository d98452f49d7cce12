import { api } from '../api/client';
import { useApiQuery } from '../api/queries';

/**
 * Tells the user about anything Rehearse did on their behalf (a reset settings
 * file, a failed daily backup). Notices arrive as they happen (`app.notice`
 * refreshes `app.info`), into a live region that is always in the page, so a
 * screen reader announces a notice added later too.
 */
export function NoticeBanner() {
  const [info, reload] = useApiQuery('app.info', {});
  const notices = info.status === 'ready' ? info.value.notices : [];
  return (
    <div className="notices" aria-live="polite">
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
