import { type ReactNode, useLayoutEffect, useRef } from 'react';

/** Anything the browser would put in the tab order (or focus on click) inside a drawn chart. */
const focusable = 'a[href], area[href], button, input, select, textarea, iframe, [tabindex], [contenteditable], svg[focusable="true"]';

/**
 * The drawn part of every chart: hidden from assistive technology (the table
 * beside it carries the same figures) and from the keyboard. recharts adds
 * focusable elements of its own (the chart surface, the tooltip box) and adds
 * more as the pointer moves; every one inside is made unfocusable (tabindex
 * -1, focusable=false), now and whenever recharts re-renders, so nothing
 * focusable sits in hidden content. `inert` would do it too but would also
 * stop the mouse tooltips.
 */
export function ChartFrame({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const root = ref.current;
    if (!root) return;
    const quiet = () => {
      for (const el of root.querySelectorAll<HTMLElement | SVGElement>(focusable)) {
        if (el.getAttribute('tabindex') !== '-1') el.setAttribute('tabindex', '-1');
        if (el instanceof SVGElement && el.getAttribute('focusable') !== 'false') el.setAttribute('focusable', 'false');
      }
    };
    quiet();
    const observer = new MutationObserver(quiet);
    observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['tabindex', 'href', 'focusable'] });
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={ref} className="chart-frame" aria-hidden="true">
      {children}
    </div>
  );
}
