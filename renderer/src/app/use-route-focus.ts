import { type RefObject, useEffect, useRef } from 'react';
import { isShown, placedByKeeper } from '../lib/focus-keeper';

/**
 * Moves focus when the address changes, so keyboard and screen-reader users start at the top of what
 * they opened: to the new page's `h1`, or to `<main>` until that heading exists. A page that loads data
 * renders its heading later; a MutationObserver hands focus to it the moment it is added (no timers, no
 * polling). Focus that the page placed itself (the search box, a runner's question, a wizard's Next
 * button that stays mounted) is left alone. The first screen focuses `<main>` only, like a fresh load.
 */
export function useRouteFocus(mainRef: RefObject<HTMLElement | null>, routeKey: string): void {
  const first = useRef(true);
  useEffect(() => {
    const main = mainRef.current;
    if (!main) return;
    if (first.current) {
      first.current = false;
      main.focus({ preventScroll: true });
      return;
    }
    // Child effects run before this one, so a page that focused something on mount has done so already.
    // A link in a navigation bar keeps focus after a click, but is not a place the page chose; nor is a link
    // of the old page that Suspense hid while the new page's code loads, nor the keeper's stop-gap landing.
    const active = document.activeElement;
    const chosen = active && active !== main && main.contains(active) && !active.closest('nav');
    if (chosen && !placedByKeeper(active) && isShown(active)) return;

    const focusHeading = (): boolean => {
      // The old page's heading may still be in the DOM, hidden by Suspense while the new page loads.
      const heading = [...main.querySelectorAll('h1')].find(isShown);
      if (!heading) return false;
      if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
      heading.focus();
      return document.activeElement === heading;
    };
    if (focusHeading()) return;
    main.focus({ preventScroll: true });
    const observer = new MutationObserver(() => {
      // Stop once something else holds focus (the user moved on, or the page placed it).
      if (document.activeElement !== main || focusHeading()) observer.disconnect();
    });
    observer.observe(main, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [mainRef, routeKey]);
}
