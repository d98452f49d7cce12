import { type FormEvent, useEffect, useId, useState } from 'react';
import type { QuestionFilter, SessionSetup, SetupOptions } from '../../../../../shared/domain/sessions';
import { describeChoice, describeDelivery } from './describe-setup';
import { QuestionChoice } from './QuestionChoice';
import { RadioGroup } from './RadioGroup';
import { ReadAloudFields } from './ReadAloudFields';
import type { FieldErrors } from '../../../lib/field-errors';
import { validateSetup } from './setup-errors';
import { TimingFields } from './TimingFields';

export interface SetupFormProps {
  options: SetupOptions;
  initial: SessionSetup;
  voices: readonly Pick<SpeechSynthesisVoice, 'name' | 'lang' | 'default'>[];
  /** Questions matching the current banks, categories and tags; null while unknown. */
  matchCount: number | null;
  onFilterChange: (filter: QuestionFilter) => void;
  onStart: (setup: SessionSetup) => void;
  starting: boolean;
  /** Field errors the main process reported for the last start. */
  serverErrors: FieldErrors;
}

/** Fields inside "Timing, reading aloud and recording": an error there opens the section so it is seen. */
const deliveryFields = [
  'thinkSeconds',
  'answerSeconds',
  'answerTimeSource',
  'pressure',
  'multiplier',
  'voiceName',
  'speechRate',
  'recording',
];

/**
 * The set-up of a mock interview, compact: which questions first, then timing, reading aloud and recording
 * folded under a one-line summary. Nothing is saved until it starts; the session keeps it, to repeat later.
 *
 * Start is in a bar rendered AFTER the form (a sibling, tied to it by `form=`), not inside it: a sticky bar
 * cannot leave its parent, so inside a form that begins below the window (home leads with the upcoming
 * interview, due review, "Same again?") it stayed below the window too. As a sibling its parent is the
 * caller's wrapper (PracticeHome's `.practice-home-setup`), which starts at the top of the page, so Start
 * sticks to the bottom of the window from the first screen on.
 */
export function SetupForm({ options, initial, voices, matchCount, onFilterChange, onStart, starting, serverErrors }: SetupFormProps) {
  const [setup, setSetup] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [moreOpen, setMoreOpen] = useState(false);
  const shown = { ...serverErrors, ...errors };
  const deliveryError = Object.keys(shown).some((key) => deliveryFields.includes(key.replace(/^setup\./, '')));

  const filterKey = JSON.stringify([setup.bankIds, setup.categories, setup.tags, setup.includeQuestionsToAsk]);
  useEffect(() => {
    onFilterChange({
      bankIds: setup.bankIds,
      categories: setup.categories,
      tags: setup.tags,
      includeQuestionsToAsk: setup.includeQuestionsToAsk,
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- Only when the filter itself changes.
  }, [filterKey]);

  const change = (patch: Partial<SessionSetup>) => {
    setSetup((s) => ({ ...s, ...patch }));
    setErrors({});
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateSetup(setup);
    setErrors(found);
    if (Object.keys(found).some((key) => deliveryFields.includes(key.replace(/^setup\./, '')))) setMoreOpen(true);
    if (Object.keys(found).length > 0 || matchCount === 0) return;
    onStart(setup);
  }

  const formId = useId();
  const noneMatch = matchCount === 0;
  return (
    <>
      <form id={formId} className="setup-form" onSubmit={submit} noValidate aria-labelledby="setup-heading">
        <h2 id="setup-heading">Set up a mock interview</h2>
        <QuestionChoice options={options} setup={setup} matchCount={matchCount} errors={shown} onChange={change} />
        <details
          className="setup-more"
          open={moreOpen || deliveryError}
          onToggle={(e) => setMoreOpen((e.currentTarget as HTMLDetailsElement).open)}
        >
          <summary>
            Timing, reading aloud and recording: <span className="muted">{describeDelivery(setup)}</span>
          </summary>
          <TimingFields setup={setup} errors={shown} onChange={change} />
          <ReadAloudFields setup={setup} voices={voices} onChange={change} />
          <fieldset className="setup-section">
            <legend>Recording</legend>
            <RadioGroup
              legend="Record my answers"
              name="setup-recording"
              value={setup.recording}
              onChange={(recording) => change({ recording })}
              hint="Recordings stay in your data folder, for you to watch back in the summary."
              options={[
                { value: 'off', label: 'Off' },
                { value: 'audio', label: 'Microphone' },
                { value: 'video', label: 'Microphone and camera', detail: 'with a mirror view of yourself while answering' },
              ]}
            />
          </fieldset>
        </details>
      </form>
      <div className="setup-actions">
        <button type="submit" form={formId} className="primary big" disabled={starting || noneMatch}>
          {starting ? 'Starting…' : 'Start the mock interview'}
        </button>
        {/* The bar can float over the cards above the set-up: say what Start starts. */}
        <span className="muted">{describeChoice(setup, options.banks)}</span>
        {Object.keys(shown).length > 0 && (
          <p role="alert" className="field-error">
            Please check the fields marked in the set-up.
          </p>
        )}
      </div>
    </>
  );
}
