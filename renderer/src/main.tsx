import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { AppErrorBoundary } from './app/ErrorBoundary';
import { QueryProvider } from './app/QueryProvider';
import { RecoveryGate } from './app/RecoveryGate';
import { preloadOpeningPage } from './app/RouteView';
import { currentPath } from './lib/navigation';
import { installLeaveFlush } from './lib/autosave/leave-flush';
import { installLeaveGuard } from './lib/leave-guard';
import './styles/theme.css';
import './styles/base.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// The opening page's code loads while the recovery check runs (it holds the app back until it answers).
preloadOpeningPage(currentPath());
// Whatever the user typed is saved when the page is hidden, reloaded or closed (issue 12, item 5).
installLeaveFlush();
// Before the router subscribes to hash changes, so leaving a running answer can be asked about first.
installLeaveGuard();
createRoot(root).render(
  <StrictMode>
    <AppErrorBoundary>
      <QueryProvider>
        <RecoveryGate>
          <App />
        </RecoveryGate>
      </QueryProvider>
    </AppErrorBoundary>
  </StrictMode>,
);
