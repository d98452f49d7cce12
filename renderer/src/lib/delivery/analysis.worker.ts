import { type AnalysisRequest, answerAnalysisRequest } from '../../../../shared/domain/delivery/worker-protocol';

// The delivery analysis, off the window's thread (issue 15). Bundled by Vite as its
// own module chunk (see analysis-client.ts) and loaded from the app's own origin,
// which the CSP's `worker-src 'self'` allows.
self.addEventListener('message', (event: MessageEvent<AnalysisRequest>) => {
  self.postMessage(answerAnalysisRequest(event.data));
});
