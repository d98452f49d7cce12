import { useEffect } from 'react';
import { navigate } from '../../lib/navigation';

/** The id of the search box, which `/` focuses. */
export const searchBoxId = 'question-search';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** `/` anywhere in the question banks (except while typing) puts the cursor in the search box, opening search if needed. */
export function useSlashToSearch(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      event.preventDefault();
      const box = document.getElementById(searchBoxId);
      if (box) box.focus();
      else navigate('/banks/search');
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
