import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';

/**
 * For a form whose save was refused by a conflict: returns `requestResave()`, which runs the form's latest
 * `resave` once React has rendered the values the user just chose (so its closure sees them), never with the
 * values of the render that asked. Layout effects run before effects, so `latest` is current when it runs.
 */
export function useResaveAfterChoices(options: { resave: () => void }): () => void {
  const [resaves, setResaves] = useState(0);
  const latest = useRef(options);
  useLayoutEffect(() => {
    latest.current = options;
  });
  useEffect(() => {
    if (resaves > 0) latest.current.resave();
  }, [resaves]);
  return useCallback(() => setResaves((n) => n + 1), []);
}
