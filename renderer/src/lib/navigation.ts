import { useSyncExternalStore } from 'react';
import { askBeforeLeaving } from './leave-guard';

/**
 * Hash routing for wouter. A route lives in the hash as `#/path?query` (it survives a reload and needs no
 * server routes; browser mode keeps its token in the real `?token=` search, which a route must not touch),
 * so wouter's own hash hook, which moves `?query` into the real search, does not fit: these two hooks split
 * the hash instead.
 */
function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

function hashParts(): [path: string, query: string] {
  const hash = window.location.hash.replace(/^#/, '');
  const at = hash.indexOf('?');
  const path = at < 0 ? hash : hash.slice(0, at);
  return ['/' + path.replace(/^\/+/, ''), at < 0 ? '' : hash.slice(at + 1)];
}

const readPath = () => hashParts()[0];

/** The route path in the address now, e.g. `/banks/3`. */
export const currentPath = readPath;
const readQuery = () => hashParts()[1];

/**
 * Goes to `to`, e.g. `/banks/3` or `/practice?categories=A`; the hash change re-renders the routes. While a
 * leave guard is set (a running answer), the guard asks first and goes only if the user confirms.
 */
export function navigate(to: string): void {
  const go = () => {
    window.location.hash = to;
  };
  if (`#${to}` === window.location.hash || !askBeforeLeaving(go)) go();
}

/** wouter location hook: `[path, navigate]`, the path without its `?query`, e.g. `/banks/3`. */
export function useHashPath(): [string, (to: string) => void] {
  return [useSyncExternalStore(subscribe, readPath), navigate];
}

/** wouter search hook: the raw, undecoded text after `?` in the hash, e.g. `categories=A,B`. */
export function useHashQuery(): string {
  return useSyncExternalStore(subscribe, readQuery);
}

/** Parses a route's id segment: a positive whole number of at most 15 digits, else null. The one id rule. */
export function idParam(text: string | undefined): number | null {
  if (!text || !/^[1-9]\d{0,14}$/.test(text)) return null;
  return Number(text);
}

/**
 * Where each page lives, for links and `navigate`. The route table (app/routes.tsx) matches these same
 * shapes; test/component/routes.test.tsx checks that every path here opens the page it names.
 */
export const paths = {
  practice: '/practice',
  session: (sessionId: number) => `/practice/session/${sessionId}`,
  banks: '/banks',
  bankSearch: '/banks/search',
  bankImport: '/banks/import',
  bank: (bankId: number) => `/banks/${bankId}`,
  newQuestion: (bankId: number) => `/banks/${bankId}/new`,
  question: (questionId: number) => `/banks/questions/${questionId}`,
  reflection: '/reflection',
  newInterview: '/reflection/new',
  actions: '/reflection/actions',
  interview: (interviewId: number) => `/reflection/interview/${interviewId}`,
  /** `from` 'plan': the editor goes back to the interview's preparation plan when done, not to the interview list. */
  editInterview: (interviewId: number, from?: 'plan') => `/reflection/interview/${interviewId}/edit${from ? `?from=${from}` : ''}`,
  reflectionStep: (interviewId: number, step: number) => `/reflection/interview/${interviewId}/step/${step}`,
  reflectionSummary: (interviewId: number) => `/reflection/interview/${interviewId}/summary`,
  stories: '/stories',
  newStory: '/stories/new',
  story: (storyId: number) => `/stories/${storyId}`,
  progress: '/progress',
  practisedQuestions: '/progress/questions',
  shareProgress: '/progress/share',
  questionHistory: (questionId: number) => `/progress/question/${questionId}`,
  settings: '/settings',
  /** An interview's readiness facts; `show` filters the question list a figure stands for. */
  readiness: (interviewId: number, show?: string) => `/readiness/${interviewId}${show ? `?show=${encodeURIComponent(show)}` : ''}`,
  plan: (interviewId: number) => `/readiness/${interviewId}/plan`,
} as const;

/** A path as a link target, e.g. `href(paths.bank(3))` → `#/banks/3`. */
export function href(path: string): string {
  return `#${path}`;
}
