import { type ComponentType, lazy, Suspense, type LazyExoticComponent, type ReactElement, type ReactNode } from 'react';
import type { RouteParams } from 'regexparam';
import { categoriesFromQuery } from '../features/practice/home/preset-categories';
// Area layouts are small (sub-navigation and styles) and load with the shell, so a page's chunk is the only
// thing fetched on the way to it (a lazy layout would fetch first, then its page: a waterfall).
import { BanksLayout } from '../features/banks/BanksPage';
import { PracticeLayout } from '../features/practice/PracticePage';
import { ProgressLayout } from '../features/progress/ProgressArea';
import { ReflectionLayout } from '../features/reflection/ReflectionArea';
import { StoriesLayout } from '../features/stories/StoriesArea';
import { idParam, paths } from '../lib/navigation';
import type { Prefetch } from '../api/queries';

/**
 * The one route table: every page of the app, its address pattern (wouter/regexparam syntax, in the hash:
 * `#/banks/3`), the area it belongs to, and how its page is made from the address. Each page is its own
 * lazily loaded chunk, so the first screen downloads only the code it shows (recharts loads with Progress).
 * Ids in an address follow one rule (`idParam`); an address that names no page, or an id that breaks the
 * rule, shows "Page not found".
 */

/** Loads one named export of a module as a lazy component, keeping its props. */
type Page<C> = C extends (props: infer P) => ReactNode ? (props: P) => ReactNode : never;
/** Each lazy page's loader, so the first page's code can be fetched before the shell first renders. */
const loaders = new Map<unknown, () => Promise<unknown>>();
function lazyNamed<M, K extends keyof M>(load: () => Promise<M>, key: K): LazyExoticComponent<Page<M[K]>> {
  const page = lazy(async () => ({ default: (await load())[key] as Page<M[K]> }));
  loaders.set(page, load);
  return page;
}

/** Starts fetching the code of a rendered route element's page (a no-op for other elements); see RouteView. */
export function preloadPage(element: ReactElement | null): void {
  void loaders.get(element?.type)?.();
}

const PracticeHome = lazyNamed(() => import('../features/practice/home/PracticeHome'), 'PracticeHome');
const DueTodayCard = lazyNamed(() => import('../features/progress/DueTodayCard'), 'DueTodayCard');
const SessionPage = lazyNamed(() => import('../features/practice/SessionPage'), 'SessionPage');
const BankListPage = lazyNamed(() => import('../features/banks/BankListPage'), 'BankListPage');
const SearchPage = lazyNamed(() => import('../features/banks/SearchPage'), 'SearchPage');
const ImportPage = lazyNamed(() => import('../features/banks/ImportPage'), 'ImportPage');
const BankPage = lazyNamed(() => import('../features/banks/BankPage'), 'BankPage');
const QuestionPage = lazyNamed(() => import('../features/banks/QuestionPage'), 'QuestionPage');
const NewQuestionPage = lazyNamed(() => import('../features/banks/QuestionPage'), 'NewQuestionPage');
const ReflectionHome = lazyNamed(() => import('../features/reflection/ReflectionHome'), 'ReflectionHome');
const InterviewEditor = lazyNamed(() => import('../features/reflection/InterviewEditor'), 'InterviewEditor');
const AsksPage = lazyNamed(() => import('../features/reflection/AsksPage'), 'AsksPage');
const ActionsPage = lazyNamed(() => import('../features/reflection/ActionsPage'), 'ActionsPage');
const WizardRoute = lazyNamed(() => import('../features/reflection/WizardRoute'), 'WizardRoute');
const ProgressHome = lazyNamed(() => import('../features/progress/ProgressHome'), 'ProgressHome');
const PractisedQuestionsPage = lazyNamed(() => import('../features/progress/PractisedQuestionsPage'), 'PractisedQuestionsPage');
const QuestionHistoryPage = lazyNamed(() => import('../features/progress/QuestionHistoryPage'), 'QuestionHistoryPage');
const StoryListPage = lazyNamed(() => import('../features/stories/StoryListPage'), 'StoryListPage');
const NewStoryPage = lazyNamed(() => import('../features/stories/NewStoryPage'), 'NewStoryPage');
const StoryPage = lazyNamed(() => import('../features/stories/StoryPage'), 'StoryPage');
const QuestionStories = lazyNamed(() => import('../features/stories/QuestionStories'), 'QuestionStories');
const StoryGapsSection = lazyNamed(() => import('../features/stories/StoryGapsSection'), 'StoryGapsSection');
const ShareReportPage = lazyNamed(() => import('../features/progress/ShareReportPage'), 'ShareReportPage');
const UpcomingInterviewCard = lazyNamed(() => import('../features/readiness/UpcomingInterviewCard'), 'UpcomingInterviewCard');
const ReadinessSection = lazyNamed(() => import('../features/readiness/ReadinessSection'), 'ReadinessSection');
const ReadinessPage = lazyNamed(() => import('../features/readiness/ReadinessPage'), 'ReadinessPage');
const PlanPage = lazyNamed(() => import('../features/readiness/PlanPage'), 'PlanPage');
const SettingsPage = lazyNamed(() => import('../features/settings/SettingsPage'), 'SettingsPage');

export type AreaId = 'practice' | 'banks' | 'stories' | 'reflection' | 'progress' | 'settings';

export interface Area {
  id: AreaId;
  label: string;
  /** Where the main navigation's link goes. */
  path: string;
  /** Wraps every page of the area (its sub-navigation and styles). */
  Layout?: ComponentType<{ children: ReactNode }>;
}

/** The app's areas in navigation order. */
export const areas: readonly Area[] = [
  { id: 'practice', label: 'Practice', path: '/practice', Layout: PracticeLayout },
  { id: 'banks', label: 'Question banks', path: '/banks', Layout: BanksLayout },
  { id: 'stories', label: 'My stories', path: '/stories', Layout: StoriesLayout },
  { id: 'reflection', label: 'Reflection', path: '/reflection', Layout: ReflectionLayout },
  { id: 'progress', label: 'Progress', path: '/progress', Layout: ProgressLayout },
  { id: 'settings', label: 'Settings', path: '/settings' },
];

export interface AppRoute {
  path: string;
  area: AreaId;
  /**
   * The page for a matched address; `query` is the raw text after `?` in the hash. Null when a
   * parameter is not valid (e.g. `/banks/abc`): the address then shows "Page not found".
   */
  render: (params: Record<string, string | undefined>, query: string) => ReactElement | null;
  /**
   * The reads the page makes as it opens, started when the app opens at this address — beside the start-up
   * check instead of after it (issue 13, item 7: no request waterfall before the first screen). Keep in
   * step with the page's useApiQuery calls; a read named here and not made only costs one request.
   */
  reads?: (prefetch: Prefetch) => void;
}

/** Declares one route; `render` gets the parameters its pattern names, typed from the pattern. */
function route<P extends string>(
  path: P,
  area: AreaId,
  render: (params: RouteParams<P>, query: string) => ReactElement | null,
  reads?: AppRoute['reads'],
): AppRoute {
  return { path, area, render: render as AppRoute['render'], ...(reads ? { reads } : {}) };
}

/** A page that takes one id from the address; remounted per id so no state leaks between records. */
function withId(text: string | undefined, page: (id: number) => ReactElement): ReactElement | null {
  const id = idParam(text);
  return id === null ? null : page(id);
}

/** Practice's home, with Progress's due-today card (loaded on its own, so it never holds up the set-up). */
function practiceHome(query: string): ReactElement {
  const dueToday = (
    <Suspense fallback={null}>
      <DueTodayCard />
    </Suspense>
  );
  const upcoming = (
    <Suspense fallback={null}>
      <UpcomingInterviewCard />
    </Suspense>
  );
  return <PracticeHome presetCategories={categoriesFromQuery(query)} dueToday={dueToday} upcoming={upcoming} />;
}

/** What Practice's home reads as it opens: PracticeHome's four reads, the due-today and next-interview cards. */
function practiceHomeReads(prefetch: Prefetch): void {
  prefetch('settings.get', {});
  prefetch('sessions.setupOptions', {});
  prefetch('sessions.unfinished', {});
  prefetch('sessions.list', { limit: 10 });
  prefetch('progress.due', {});
  prefetch('progress.upcoming', {});
}

/** Every page. Order matters only where patterns overlap: the first match wins (`/banks/search` before `/banks/:bankId`). */
export const routes: readonly AppRoute[] = [
  route('/', 'practice', (_, query) => practiceHome(query), practiceHomeReads),
  route('/practice', 'practice', (_, query) => practiceHome(query), practiceHomeReads),
  route('/practice/session/:sessionId', 'practice', (p) => withId(p.sessionId, (id) => <SessionPage key={id} sessionId={id} />)),
  route('/banks', 'banks', () => <BankListPage />),
  route('/banks/search', 'banks', () => <SearchPage />),
  route('/banks/import', 'banks', () => <ImportPage />),
  route('/banks/questions/:questionId', 'banks', (p) =>
    withId(p.questionId, (id) => (
      <QuestionPage
        key={id}
        questionId={id}
        stories={
          <Suspense fallback={null}>
            <QuestionStories questionId={id} />
          </Suspense>
        }
      />
    )),
  ),
  route('/banks/:bankId', 'banks', (p) => withId(p.bankId, (id) => <BankPage key={id} bankId={id} />)),
  route('/banks/:bankId/new', 'banks', (p) => withId(p.bankId, (id) => <NewQuestionPage key={id} bankId={id} />)),
  route('/stories', 'stories', () => <StoryListPage />),
  route('/stories/new', 'stories', () => <NewStoryPage />),
  route('/stories/:storyId', 'stories', (p) => withId(p.storyId, (id) => <StoryPage key={id} storyId={id} />)),
  route('/reflection', 'reflection', () => <ReflectionHome />),
  route('/reflection/new', 'reflection', () => <InterviewEditor interviewId={null} />),
  route('/reflection/actions', 'reflection', () => <ActionsPage />),
  route('/reflection/interview/:interviewId', 'reflection', (p) =>
    withId(p.interviewId, (id) => <WizardRoute key={id} interviewId={id} step={null} />),
  ),
  route('/reflection/interview/:interviewId/asks', 'reflection', (p) =>
    withId(p.interviewId, (id) => <AsksPage key={`asks-${id}`} interviewId={id} />),
  ),
  route('/reflection/interview/:interviewId/edit', 'reflection', (p, query) =>
    withId(p.interviewId, (id) => (
      <InterviewEditor
        key={`edit-${id}`}
        interviewId={id}
        // Only the one known place to go back to; anything else in the address is ignored.
        {...(new URLSearchParams(query).get('from') === 'plan' ? { returnTo: { path: paths.plan(id), label: 'Back to the plan' } } : {})}
      />
    )),
  ),
  route('/reflection/interview/:interviewId/summary', 'reflection', (p) =>
    withId(p.interviewId, (id) => <WizardRoute key={id} interviewId={id} step="summary" />),
  ),
  route('/reflection/interview/:interviewId/step/:step', 'reflection', (p) =>
    withId(p.interviewId, (id) => <WizardRoute key={id} interviewId={id} step={idParam(p.step)} />),
  ),
  route('/progress', 'progress', () => (
    <ProgressHome
      readiness={
        <Suspense fallback={null}>
          <ReadinessSection />
        </Suspense>
      }
      extra={
        <Suspense fallback={null}>
          <StoryGapsSection />
        </Suspense>
      }
    />
  )),
  route('/progress/questions', 'progress', () => <PractisedQuestionsPage />),
  route('/progress/share', 'progress', () => <ShareReportPage />),
  route('/progress/question/:questionId', 'progress', (p) =>
    withId(p.questionId, (id) => <QuestionHistoryPage key={id} questionId={id} />),
  ),
  route('/readiness/:interviewId', 'practice', (p, query) =>
    withId(p.interviewId, (id) => <ReadinessPage key={id} interviewId={id} show={new URLSearchParams(query).get('show') ?? ''} />),
  ),
  route('/readiness/:interviewId/plan', 'practice', (p) => withId(p.interviewId, (id) => <PlanPage key={id} interviewId={id} />)),
  route('/settings', 'settings', () => <SettingsPage />),
];
