import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { matchRoute, useRouter } from 'wouter';
import { routes } from '../../../renderer/src/app/routes';
import { paths } from '../../../renderer/src/lib/navigation';

const parser = (() => {
  let captured: ReturnType<typeof useRouter>['parser'] | undefined;
  function Probe() {
    captured = useRouter().parser;
    return null;
  }
  render(<Probe />);
  return captured!;
})();

/** The first route whose pattern matches `path` and whose parameters are valid, as the app picks it. */
function pick(path: string) {
  for (const r of routes) {
    const [matched, params] = matchRoute(parser, r.path, path);
    if (!matched) continue;
    const element = r.render(params, '');
    return element === null ? null : { route: r.path, area: r.area, element };
  }
  return null;
}

describe('the route table', () => {
  test.each([
    [paths.practice, '/practice', 'practice'],
    [paths.session(12), '/practice/session/:sessionId', 'practice'],
    [paths.banks, '/banks', 'banks'],
    [paths.bankSearch, '/banks/search', 'banks'],
    [paths.bankImport, '/banks/import', 'banks'],
    [paths.bank(3), '/banks/:bankId', 'banks'],
    [paths.newQuestion(3), '/banks/:bankId/new', 'banks'],
    [paths.question(11), '/banks/questions/:questionId', 'banks'],
    [paths.reflection, '/reflection', 'reflection'],
    [paths.newInterview, '/reflection/new', 'reflection'],
    [paths.actions, '/reflection/actions', 'reflection'],
    [paths.interview(4), '/reflection/interview/:interviewId', 'reflection'],
    [paths.editInterview(4), '/reflection/interview/:interviewId/edit', 'reflection'],
    [paths.reflectionStep(4, 2), '/reflection/interview/:interviewId/step/:step', 'reflection'],
    [paths.reflectionSummary(4), '/reflection/interview/:interviewId/summary', 'reflection'],
    [paths.progress, '/progress', 'progress'],
    [paths.practisedQuestions, '/progress/questions', 'progress'],
    [paths.questionHistory(7), '/progress/question/:questionId', 'progress'],
    [paths.settings, '/settings', 'settings'],
  ])('%s opens %s', (path, route, area) => {
    expect(pick(path)).toMatchObject({ route, area });
  });

  test('ids follow one rule: positive whole numbers only, everywhere', () => {
    for (const bad of ['0', '-1', '1.5', 'abc', '01', '1e3', '1234567890123456']) {
      expect(pick(`/banks/${bad}`), bad).toBeNull();
      expect(pick(`/banks/questions/${bad}`), bad).toBeNull();
      expect(pick(`/practice/session/${bad}`), bad).toBeNull();
      expect(pick(`/reflection/interview/${bad}`), bad).toBeNull();
      expect(pick(`/progress/question/${bad}`), bad).toBeNull();
    }
    expect(pick('/nowhere')).toBeNull();
  });

  test('the page for an id gets that id as a number, keyed so records never share state', () => {
    const picked = pick(paths.bank(42));
    expect(picked?.element.props).toEqual({ bankId: 42 });
    expect(picked?.element.key).toBe('42');
  });
});

describe('the app shell', () => {
  afterEach(() => {
    window.location.hash = '';
  });

  test('an unknown address says so, names it in the title, and marks no area as current', async () => {
    vi.stubGlobal('api', undefined);
    // No live-event feed here (jsdom has no EventSource): a transport that never delivers.
    vi.stubGlobal('apiEvents', { subscribe: () => () => undefined });
    window.location.hash = '#/nowhere';
    const { App } = await import('../../../renderer/src/app/App');
    const { QueryClientProvider } = await import('@tanstack/react-query');
    const { createQueryClient } = await import('../../../renderer/src/api/query-client');
    await act(async () => {
      // The app's own cache.
      render(
        <QueryClientProvider client={createQueryClient()}>
          <App />
        </QueryClientProvider>,
      );
    });
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(document.title).toBe('Page not found — Rehearse');
    expect(screen.getByRole('navigation', { name: 'Main' }).querySelector('[aria-current]')).toBeNull();
    vi.unstubAllGlobals();
  });
});
