import { errorName, type RendererError, stackFrames } from '../../../shared/domain/renderer-error';
import { api } from '../api/client';
import { currentPath } from '../lib/navigation';
import { routePatternOf } from './RouteView';

/** Reports per page load: a fault that repeats on every frame must not fill the log (it rotates at 512 KiB). */
const maxReports = 20;
let sent = 0;

/** A thrown value as the log may hold it: its class, the screen's route pattern, its stack frames — never its message. */
export function describeFault(source: RendererError['source'], thrown: unknown, path: string = currentPath()): RendererError {
  return {
    source,
    name: errorName(thrown),
    screen: routePatternOf(path),
    frames: thrown instanceof Error ? stackFrames(thrown.stack) : [],
  };
}

/** Sends a sanitized report of a renderer fault to the main process's log (`app.reportError`); never throws. */
export function reportFault(source: RendererError['source'], thrown: unknown): void {
  if (sent >= maxReports) return;
  sent++;
  try {
    void api.app.reportError(describeFault(source, thrown)).catch(() => undefined);
  } catch {
    // Reporting must never become a second fault.
  }
}

/**
 * Sends uncaught errors and unhandled promise rejections of the window to the log (the root error
 * boundary reports the faults it catches itself). Returns the function that stops listening.
 */
export function installFaultReporting(target: Window = window): () => void {
  const onError = (event: ErrorEvent) => reportFault('error', event.error);
  const onRejection = (event: PromiseRejectionEvent) => reportFault('unhandledrejection', event.reason);
  target.addEventListener('error', onError);
  target.addEventListener('unhandledrejection', onRejection);
  return () => {
    target.removeEventListener('error', onError);
    target.removeEventListener('unhandledrejection', onRejection);
  };
}
