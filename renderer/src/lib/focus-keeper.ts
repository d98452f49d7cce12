import { currentPath } from './navigation';

/**
 * What a keyboard user can Tab to. `summary` opens a `<details>`; media with controls are players.
 * Disabled controls, `tabindex="-1"` and anything hidden are filtered out by `isTabbable`.
 */
const tabbableSelector = [
  'a[href]',
  'button',
  'input:not([type="hidden"])',
  'select',
  'textarea',
  'summary',
  'audio[controls]',
  'video[controls]',
  '[tabindex]',
].join(',');

/** True when `el` is in the page and shown: not inert, aria-hidden, `hidden`, `display: none` or invisible. */
export function isShown(el: Element): el is HTMLElement {
  if (!(el instanceof HTMLElement) || !el.isConnected) return false;
  if (el.closest('[inert], [aria-hidden="true"], [hidden]')) return false;
  // checkVisibility covers display:none (e.g. a page Suspense hid), visibility:hidden and closed <details>
  // (jsdom lacks it: assume visible).
  return typeof el.checkVisibility === 'function' ? el.checkVisibility({ visibilityProperty: true }) : true;
}

/** True when `el` is shown, enabled and in the Tab order. */
export function isTabbable(el: Element): el is HTMLElement {
  return el instanceof HTMLElement && !el.matches(':disabled') && el.tabIndex >= 0 && isShown(el);
}

/** The first (or last) tabbable element in `root`, `root` itself included. */
function tabbableIn(root: Node, which: 'first' | 'last'): HTMLElement | null {
  if (!(root instanceof Element)) return null;
  const all = [root, ...root.querySelectorAll(tabbableSelector)].filter(isTabbable);
  return (which === 'first' ? all[0] : all[all.length - 1]) ?? null;
}

/** Where a removed, focused element stood: its parent then and its neighbours then. */
interface Gap {
  parent: Node;
  next: Node | null;
  prev: Node | null;
}

/**
 * The place to put focus when the focused element has gone: the control just after where it stood, else just
 * before it, else the first control in the nearest surviving container — the "next logical control" a user
 * would Tab to. A page with nothing left to Tab to gets its heading, then `<main>`.
 */
export function landingFor(gap: Gap | null, main: HTMLElement | null): HTMLElement | null {
  if (gap) {
    const after = gap.next?.isConnected ? tabbableIn(gap.next, 'first') : null;
    if (after) return after;
    const before = gap.prev?.isConnected ? tabbableIn(gap.prev, 'last') : null;
    if (before) return before;
    for (let node: Node | null = gap.parent; node && node !== main && node !== document.body; node = node.parentNode) {
      if (!node.isConnected) continue;
      const inside = tabbableIn(node, 'first');
      if (inside) return inside;
    }
  }
  const heading = main ? [...main.querySelectorAll('h1')].find(isShown) : undefined;
  if (heading) {
    if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
    return heading;
  }
  return main;
}

const landed = new WeakSet<Element>();

/** True when the keeper, not the page, put focus on `el` (so route focus may still move it to the heading). */
export function placedByKeeper(el: Element | null): boolean {
  return el !== null && landed.has(el);
}

/**
 * An element that should have focus back as soon as it can take it: a Save button disabled while it saves,
 * a closed dialog's opener disabled while the confirmed action runs. Cleared when the user moves focus.
 */
let wanted: Element | null = null;

/**
 * Gives focus back to `el` (e.g. the button that opened a dialog, when the dialog closes). Call it before the
 * focused element goes, so focus never passes through the body. When `el` cannot take focus yet (disabled
 * while the confirmed action runs), the keeper stands in nearby and gives it focus once it can, unless the
 * user has moved on. Returns false when `el` has left the page.
 */
export function handFocusBack(el: Element | null): boolean {
  if (!el?.isConnected) return false;
  if (isTabbable(el)) el.focus();
  else wanted = el;
  return true;
}

/** The first tabbable element after `el` in document order, inside `scope` (the next control a Tab reaches). */
function nextTabbableAfter(el: Element, scope: Element): HTMLElement | null {
  for (const candidate of scope.querySelectorAll(tabbableSelector)) {
    if (el.compareDocumentPosition(candidate) & Node.DOCUMENT_POSITION_FOLLOWING && !el.contains(candidate) && isTabbable(candidate))
      return candidate;
  }
  return null;
}

/**
 * Keeps keyboard focus off the page body, app-wide, so no action strands a keyboard or screen-reader user
 * at the top of the document. Chromium drops focus to `<body>` when the focused element is removed (a
 * deleted row, a closed dialog, a form replaced by its saved view) and, by the HTML focus-fixup rule, when it
 * becomes disabled (a Save button while saving, an Add button once its box is emptied). The keeper:
 * - for a disabled or hidden one, focuses the next control a Tab would reach and gives focus back to the
 *   element when it can take it again (the Save button once saved), unless the user has moved on;
 * - for a removed one, focuses the next logical control (see `landingFor`);
 * - after a form's submission comes back with a field marked `aria-invalid`, scrolls to the first such field
 *   and focuses it (a failed save takes the user to what to fix; `ErrorMessage` does the same for a
 *   message about the whole form);
 * - leaves a change of page to the route focus (`use-route-focus`), and leaves focus alone when the user
 *   clicked somewhere that takes none (a pointer press moved it on purpose) or the window is in the background.
 * A page that places focus itself afterwards (a new item, an error message) simply overrides the landing.
 * Returns the function that uninstalls it.
 */
export function installFocusKeeper(main: () => HTMLElement | null): () => void {
  let last: Element | null = null;
  let gap: Gap | null = null;
  let route = currentPath();
  let pointerDown = false;
  let keeperFocusing = false;
  /**
   * Where focus is going while the browser moves it: between an element's focusout and the next one's focusin the
   * active element is the body, and a blur handler that changes the page (an autosaved field saving on blur) lets
   * the observer see that moment. Acting on it stole the focus from the link or button being pressed and scrolled
   * to the next field, so the press landed elsewhere and was lost (a link clicked after typing notes did nothing).
   */
  let transit: Element | null = null;
  /** A form just submitted: if the answer marks a field invalid, focus goes to the first such field. */
  let submitted: HTMLFormElement | null = null;

  const toFieldAtFault = (records: MutationRecord[]): boolean => {
    const form = submitted;
    if (!form) return false;
    const marked = records.some((r) => r.attributeName === 'aria-invalid' && r.target instanceof Element && form.contains(r.target));
    if (!marked) return false;
    const field = [...form.querySelectorAll('[aria-invalid="true"]')].find(isTabbable);
    if (!field) return false;
    submitted = null;
    wanted = null;
    field.scrollIntoView({ block: 'center' });
    field.focus({ preventScroll: true });
    return true;
  };

  const standIn = (target: HTMLElement | null) => {
    if (!target) return;
    landed.add(target);
    keeperFocusing = true;
    target.focus();
    keeperFocusing = false;
  };

  const check = () => {
    if (!document.hasFocus()) return;
    const active = document.activeElement;
    const lost = !active || active === document.body;
    if (lost && transit?.isConnected) return;
    if (wanted && (lost || placedByKeeper(active))) {
      const back = wanted;
      if (isTabbable(back)) {
        wanted = null;
        back.focus();
        return;
      }
      if (!back.isConnected) wanted = null;
    }
    if (!lost || !last) return;
    if (currentPath() !== route) {
      // A new page: its heading gets focus from the route focus, not from here.
      route = currentPath();
      last = null;
      wanted = null;
      return;
    }
    const scope = main() ?? document.body;
    if (last.isConnected) {
      // Disabled or hidden for now (e.g. while saving): stand in on the next control, come back when it can.
      wanted = last;
      standIn(nextTabbableAfter(last, scope) ?? landingFor(null, main()));
      return;
    }
    standIn(landingFor(gap, main()));
  };

  const onFocusIn = (e: FocusEvent) => {
    transit = null;
    if (!(e.target instanceof Element) || e.target === document.body) return;
    if (!keeperFocusing) {
      wanted = null; // focus went somewhere: the user (or the page) has moved on
      landed.delete(e.target);
    }
    last = e.target;
    gap = null;
    route = currentPath();
  };
  const onFocusOut = (e: FocusEvent) => {
    if (e.relatedTarget instanceof Element) {
      transit = e.relatedTarget;
      // If the move does not complete (the target went or was disabled during the blur), nothing follows:
      // look again once this event's task is over (a task boundary, not a wait).
      setTimeout(() => {
        if (transit !== e.relatedTarget) return;
        transit = null;
        check();
      }, 0);
      return;
    }
    if (pointerDown) {
      last = null; // a click on something that takes no focus: the user's choice
      wanted = null;
      return;
    }
    queueMicrotask(() => {
      if (!toFieldAtFault(pendingRecords())) check();
    });
  };
  const onSubmit = (e: SubmitEvent) => {
    submitted = e.target instanceof HTMLFormElement ? e.target : null;
  };
  // Typing again means the user is at the field already; a later message must not pull them elsewhere.
  const onInput = () => {
    submitted = null;
  };
  const onPointer = (e: PointerEvent) => {
    pointerDown = e.type === 'pointerdown';
  };
  const noteGap = (records: MutationRecord[]) => {
    for (const r of records) {
      if (!last || r.type !== 'childList') continue;
      for (const n of r.removedNodes) {
        if (n === last || n.contains(last)) gap = { parent: r.target, next: r.nextSibling, prev: r.previousSibling };
      }
    }
  };
  const observer = new MutationObserver((records) => {
    noteGap(records);
    if (!toFieldAtFault(records)) check();
  });
  // The blur of a removed element can be handled before the observer's records are delivered: take them now.
  const pendingRecords = () => {
    const records = observer.takeRecords();
    noteGap(records);
    return records;
  };
  observer.observe(document.body, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['disabled', 'hidden', 'inert', 'aria-invalid'],
  });
  document.addEventListener('submit', onSubmit, true);
  document.addEventListener('input', onInput, true);
  document.addEventListener('focusin', onFocusIn, true);
  document.addEventListener('focusout', onFocusOut, true);
  window.addEventListener('pointerdown', onPointer, true);
  window.addEventListener('pointerup', onPointer, true);
  window.addEventListener('pointercancel', onPointer, true);
  return () => {
    observer.disconnect();
    document.removeEventListener('submit', onSubmit, true);
    document.removeEventListener('input', onInput, true);
    document.removeEventListener('focusin', onFocusIn, true);
    document.removeEventListener('focusout', onFocusOut, true);
    window.removeEventListener('pointerdown', onPointer, true);
    window.removeEventListener('pointerup', onPointer, true);
    window.removeEventListener('pointercancel', onPointer, true);
  };
}
