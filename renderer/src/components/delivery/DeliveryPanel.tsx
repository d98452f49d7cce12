import { Fragment, useState } from 'react';
import { describeFacts } from '../../../../shared/domain/delivery/describe';
import type { DeliveryFacts } from '../../../../shared/domain/delivery/facts';
import { selfCheckItems, type SelfCheck } from '../../../../shared/domain/self-check';
import { DeliveryTimeline } from './DeliveryTimeline';

export interface DeliveryPanelProps {
  facts: DeliveryFacts | null;
  /** The user's own ticks for this answer, shown beside what was measured; null when there are none (skipped). */
  selfCheck: SelfCheck | null;
  /** Names the answer, e.g. "Question 2" or "Attempt of 3 March". */
  label: string;
  /** Analyses the recording now; resolves to an error message or null. Absent: no button. */
  onAnalyse?: () => Promise<string | null>;
}

const tick = (on: boolean) => (on ? 'you ticked it' : 'you did not tick it');

/**
 * What the recording of one answer shows: the speech/silence timeline, the
 * facts in words, and the measured counterpart of the self-check ticks that
 * sound can speak to (pace; filler words need a transcript, which is not measured yet).
 */
export function DeliveryPanel({ facts, selfCheck, label, onAnalyse }: DeliveryPanelProps) {
  const [state, setState] = useState<{ kind: 'idle' } | { kind: 'busy' } | { kind: 'failed'; message: string }>({ kind: 'idle' });
  if (!facts)
    return (
      <div className="delivery-panel">
        <p className="muted">Delivery facts: this recording has not been analysed.</p>
        {onAnalyse && (
          <button
            type="button"
            disabled={state.kind === 'busy'}
            onClick={() => {
              setState({ kind: 'busy' });
              void onAnalyse().then((message) => setState(message ? { kind: 'failed', message } : { kind: 'idle' }));
            }}
          >
            {state.kind === 'busy' ? 'Analysing…' : `Analyse the recording of ${label.toLowerCase()}`}
          </button>
        )}
        {state.kind === 'failed' && (
          <p role="alert" className="error-message">
            {state.message}
          </p>
        )}
      </div>
    );
  const pace = selfCheckItems.find((i) => i.key === 'pace')!;
  const fillers = selfCheckItems.find((i) => i.key === 'fillerWords')!;
  return (
    <section className="delivery-panel" aria-label={`What the recording shows: ${label}`}>
      <h4>What the recording shows</h4>
      <DeliveryTimeline facts={facts} label={label} />
      <dl className="delivery-facts">
        {describeFacts(facts).map((line) => (
          <Fragment key={line.term}>
            <dt>{line.term}</dt>
            <dd>{line.value}</dd>
          </Fragment>
        ))}
      </dl>
      {selfCheck && (
        <dl className="delivery-facts delivery-beside-self-check" aria-label="Your self-check beside the measurements">
          <dt>{pace.label}</dt>
          <dd>
            {tick(selfCheck.pace)} · measured:{' '}
            {facts.syllablesPerMinuteEstimate === null
              ? 'too little speech for a rate'
              : `about ${facts.syllablesPerMinuteEstimate} syllables a minute (estimate)`}
            , {facts.pauses.length === 0 ? 'no pause' : facts.pauses.length === 1 ? '1 pause' : `${facts.pauses.length} pauses`} of 3 s or
            more
          </dd>
          <dt>{fillers.label}</dt>
          <dd>{tick(selfCheck.fillerWords)} · not measured: filler words need a transcript</dd>
        </dl>
      )}
      <p className="muted delivery-note">
        Measured on this computer from the sound alone. The rate counts syllable-like peaks, so it is an estimate.
      </p>
    </section>
  );
}
