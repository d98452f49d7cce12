import { useCallback, useEffect, useRef, useState } from 'react';
import type { ErrorData, Result } from '../../../shared/contract/result';

export type Loadable<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: ErrorData };

/**
 * Loads a value through the API, again whenever `deps` change or `reload()`
 * is called. A late answer for an earlier request never overwrites a newer one.
 */
export function useResult<T>(load: () => Promise<Result<T>>, deps: readonly unknown[]): [Loadable<T>, () => void] {
  const [state, setState] = useState<Loadable<T>>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  const loadRef = useRef(load);
  const key = JSON.stringify(deps);

  useEffect(() => {
    loadRef.current = load;
  });

  useEffect(() => {
    let current = true;
    void loadRef.current().then((result) => {
      if (!current) return;
      setState(result.ok ? { status: 'ready', value: result.value } : { status: 'error', error: result.error });
    });
    return () => {
      current = false;
    };
  }, [key, generation]);

  return [state, useCallback(() => setGeneration((g) => g + 1), [])];
}
