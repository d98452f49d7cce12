import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { AppErrorBoundary } from './app/ErrorBoundary';
import { QueryProvider } from './app/QueryProvider';
import { createQueryClient } from './api/query-client';
import { prefetchInto } from './api/queries';
import { RecoveryGate } from './app/RecoveryGate';
import { preloadOpeningPage } from './app/RouteView';
import { currentPath } from './lib/navigation';
import { installLeaveFlush } from './lib/autosave/leave-flush';
import { installLeaveGuard } from './lib/leave-guard';
import { installFaultReporting } from './app/error-reporting';
import './styles/theme.css';
import './styles/base.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// The start-up check (app.info), the opening page's code and its reads all start now, side by side: the
// recovery check holds the app back until it answers, and nothing else waits for it (issue 13, item 7).
const client = createQueryClient();
const prefetch = prefetchInto(client);
prefetch('app.info', {});
preloadOpeningPage(currentPath(), prefetch);
// Whatever the user typed is saved when the page is hidden, reloaded or closed (issue 12, item 5).
installLeaveFlush();
// Before the router subscribes to hash changes, so leaving a running answer can be asked about first.
installLeaveGuard();
// Faults outside React's drawing (event handlers, promises) reach the problem-report log too (issue 13, item 5).
installFaultReporting();
createRoot(root).render(
  <StrictMode>
    <AppErrorBoundary>
      <QueryProvider client={client}>
        <RecoveryGate>
          <App />
        </RecoveryGate>
      </QueryProvider>
    </AppErrorBoundary>
  </StrictMode>,
);
