import { api } from '../api/client';
import { useResult } from '../api/use-result';

/** Tells the user, once, about anything Rehearse did on their behalf at start (e.g. reset a corrupt settings file). */
export function NoticeBanner() {
  const [info, reload] = useResult(() => api.app.info({}), []);
  if (info.status !== 'ready' || info.value.notices.length === 0) return null;
  return (
    <div className="notices">
      {info.value.notices.map((notice) => (
        <div key={notice.id} role="status" className={`notice notice-${notice.level}`}>
          <p>{notice.message}</p>
          <button type="button" onClick={() => void api.app.dismissNotice({ id: notice.id }).then(reload)}>
            Dismiss
          </button>
        </div>
      ))}
    </div>
  );
}
