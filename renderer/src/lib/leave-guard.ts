/**
 * Asks the user before the page is left while something must not be dropped silently (a running answer:
 * its timer and recording). `leave` goes where the user was heading; the guard calls it only once the user
 * has confirmed and the page has wound down (e.g. the session has ended).
 */
export type LeaveAsk = (leave: () => void) => void;

let ask: LeaveAsk | null = null;

/** Puts `guard` in charge of leaving the page until the returned function is called (e.g. on unmount). */
export function guardLeaving(guard: LeaveAsk): () => void {
  ask = guard;
  return () => {
    if (ask === guard) ask = null;
  };
}

/** Hands `go` to the guard when one is set (true: the guard decides), else false: the caller just goes. */
export function askBeforeLeaving(go: () => void): boolean {
  if (!ask) return false;
  ask(go);
  return true;
}

const sameDocumentLink = (target: EventTarget | null): HTMLAnchorElement | null =>
  target instanceof Element ? target.closest<HTMLAnchorElement>('a[href^="#/"]') : null;

/**
 * Routes every way of leaving through the guard: a click on an in-app link (the top navigation, a link in
 * the page), the desktop menu's Go commands (they call `navigate`, which asks first), and anything that
 * changes the address directly — browser Back/Forward or an edited URL. A hash change cannot be cancelled,
 * so this listener, registered before the router's (call it before the app renders), puts the old address
 * back without a new history entry and stops the event before the router sees it; the page stays mounted
 * and nothing of the running answer is touched. Returns the function that uninstalls it.
 */
export function installLeaveGuard(): () => void {
  const onHashChange = (e: HashChangeEvent) => {
    if (!ask) return;
    e.stopImmediatePropagation();
    const target = window.location.hash;
    history.replaceState(history.state, '', e.oldURL);
    ask(() => {
      window.location.hash = target;
    });
  };
  const onClick = (e: MouseEvent) => {
    if (!ask || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const link = sameDocumentLink(e.target);
    const to = link?.getAttribute('href');
    if (!to || to === window.location.hash) return;
    e.preventDefault();
    ask(() => {
      window.location.hash = to;
    });
  };
  window.addEventListener('hashchange', onHashChange);
  document.addEventListener('click', onClick);
  return () => {
    window.removeEventListener('hashchange', onHashChange);
    document.removeEventListener('click', onClick);
  };
}
