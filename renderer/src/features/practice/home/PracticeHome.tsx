import { type ReactNode, useRef, useState } from 'react';
import type { ErrorData } from '../../../../../shared/contract/result';
import type { QuestionFilter, SessionSetup } from '../../../../../shared/domain/sessions';
import { api } from '../../../api/client';
import { useApiQuery } from '../../../api/queries';
import { navigate } from '../../../lib/navigation';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { useVoices } from '../media/speech';
import { markFresh } from '../../../lib/fresh-session';
import { describeSetup } from '../setup/describe-setup';
import { fieldErrors, type FieldErrors } from '../../../lib/field-errors';
import { SetupForm } from '../setup/SetupForm';
import { RecentSessions } from './RecentSessions';
import { UnfinishedOffer } from './UnfinishedOffer';
import { FirstRun } from './FirstRun';
import { withCategories } from './preset-categories';

/**
 * The home screen: an interrupted session first, then one-click repeat, the set-up and recent sessions.
 * `dueToday`: the review card shown above the set-up; the app passes Progress's card in (app/routes.tsx),
 * since feature folders never import each other.
 */
export function PracticeHome({
  presetCategories = [],
  dueToday = null,
  upcoming = null,
}: {
  presetCategories?: string[];
  dueToday?: ReactNode;
  /** The next real interview's card (features/readiness), composed in by the route table. */
  upcoming?: ReactNode;
}) {
  const [options, reloadOptions] = useApiQuery('sessions.setupOptions', {});
  const [unfinished, reloadUnfinished] = useApiQuery('sessions.unfinished', {});
  const [recent] = useApiQuery('sessions.list', { limit: 10 });
  const [prefs] = useApiQuery('settings.get', {});
  const [skippedFirstRun, setSkippedFirstRun] = useState(false);
  const voices = useVoices();
  const [matchCount, setMatchCount] = useState<number | null>(null);
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<ErrorData | null>(null);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});

  const countRequest = useRef(0);
  async function countMatching(filter: QuestionFilter) {
    const ticket = ++countRequest.current;
    const result = await api.sessions.countMatching(filter);
    // A slower answer to an older choice must not overwrite the newer count.
    if (ticket === countRequest.current) setMatchCount(result.ok ? result.value.count : null);
  }

  async function start(setup: SessionSetup) {
    setStarting(true);
    const result = await api.sessions.start({ setup });
    setStarting(false);
    if (!result.ok) {
      setError(result.error);
      setServerErrors(fieldErrors(result.error.issues));
      return;
    }
    markFresh(result.value.id);
    navigate(`/practice/session/${result.value.id}`);
  }

  async function endUnfinished(id: number) {
    setStarting(true);
    const result = await api.sessions.end({ sessionId: id });
    setStarting(false);
    if (!result.ok) return setError(result.error);
    if (result.value.status === 'completed') navigate(`/practice/session/${id}`);
    else {
      reloadUnfinished();
      reloadOptions();
    }
  }

  // A new user (never onboarded, no session yet) sees the first-run screen instead; an upgrading user never does.
  // Until that is known nothing is shown (no heading either, so focus waits for the page's real one).
  const mayBeNew = !skippedFirstRun && prefs.status === 'ready' && !prefs.value.onboarded;
  if (prefs.status === 'loading' || (mayBeNew && (recent.status === 'loading' || unfinished.status === 'loading')))
    return <p aria-live="polite">Loading…</p>;
  const firstRun = mayBeNew && recent.status === 'ready' && recent.value.length === 0 && unfinished.status === 'ready' && !unfinished.value;
  if (firstRun) return <FirstRun onSetUp={() => setSkippedFirstRun(true)} />;

  return (
    <section aria-labelledby="practice-heading" className="practice-home">
      <h1 id="practice-heading">Practice</h1>
      {error && <ErrorMessage error={error} />}
      {/* One block from the first card to the set-up: the set-up's sticky Start bar is its last child, so it
          sticks to the window's bottom over all of it (a sticky element never leaves its parent). */}
      <div className="practice-home-setup">
        {unfinished.status === 'ready' && unfinished.value && (
          <UnfinishedOffer
            session={unfinished.value}
            busy={starting}
            onResume={() => {
              markFresh(unfinished.value!.id);
              navigate(`/practice/session/${unfinished.value!.id}`);
            }}
            onEnd={() => void endUnfinished(unfinished.value!.id)}
          />
        )}
        {upcoming}
        {dueToday}
        {options.status === 'loading' && <p aria-live="polite">Loading…</p>}
        {options.status === 'error' && <ErrorMessage error={options.error} onRetry={reloadOptions} />}
        {options.status === 'ready' && options.value.banks.every((b) => b.questionCount === 0) && (
          <p className="empty-state">
            There are no questions to practise yet. Add some in <a href="#/banks">Question banks</a>.
          </p>
        )}
        {options.status === 'ready' && options.value.banks.some((b) => b.questionCount > 0) && (
          <>
            {options.value.lastSetup && (
              <section className="card repeat-last" aria-labelledby="repeat-heading">
                <h2 id="repeat-heading">Same again?</h2>
                <p>{describeSetup(options.value.lastSetup, options.value.banks)}</p>
                <button type="button" className="primary" disabled={starting} onClick={() => void start(options.value.lastSetup!)}>
                  Repeat the last set-up
                </button>
              </section>
            )}
            <SetupForm
              // A new default (the role family changed, e.g. on the first-run screen) starts the form afresh.
              key={[...presetCategories, options.value.lastSetup ? 'last' : options.value.defaults.bankIds.join(',')].join('\n')}
              options={options.value}
              initial={withCategories(
                options.value.lastSetup ?? options.value.defaults,
                presetCategories,
                options.value.banks.filter((b) => b.questionCount > 0).map((b) => b.id),
              )}
              voices={voices}
              matchCount={matchCount}
              onFilterChange={(filter) => void countMatching(filter)}
              onStart={(setup) => void start(setup)}
              starting={starting}
              serverErrors={serverErrors}
            />
          </>
        )}
      </div>
      {recent.status === 'ready' && <RecentSessions sessions={recent.value} />}
    </section>
  );
}
