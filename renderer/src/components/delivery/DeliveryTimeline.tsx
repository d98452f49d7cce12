import type { DeliveryFacts } from '../../../../shared/domain/delivery/facts';
import { clockOf, secondsOf } from '../../../../shared/domain/delivery/describe';
import './delivery.css';

const width = 300;
const height = 24;

/**
 * A small speech/silence bar for one answer: speech as filled blocks, pauses
 * of 3 s or more marked below, quiet speech hatched. The drawing is hidden
 * from screen readers; the same content is given as text beside it.
 */
export function DeliveryTimeline({ facts, label }: { facts: DeliveryFacts; label: string }) {
  const total = Math.max(1, facts.durationMs);
  const x = (ms: number) => (ms / total) * width;
  const summary =
    facts.speechSpans.length === 0
      ? `${label}: no speech in ${secondsOf(facts.durationMs)}.`
      : `${label}: speech from ${facts.speechSpans.map((s) => `${clockOf(s.startMs)} to ${clockOf(s.endMs)}`).join(', ')}` +
        (facts.pauses.length === 0
          ? '; no pause of 3 s or more.'
          : `; pauses at ${facts.pauses.map((p) => `${clockOf(p.startMs)} (${secondsOf(p.endMs - p.startMs)})`).join(', ')}.`);
  return (
    <figure className="delivery-timeline">
      <svg viewBox={`0 0 ${width} ${height}`} preserveAspectRatio="none" aria-hidden="true" focusable="false">
        <rect className="delivery-silence" x={0} y={4} width={width} height={12} />
        {facts.speechSpans.map((s) => (
          <rect
            key={`s${s.startMs}`}
            className="delivery-speech"
            x={x(s.startMs)}
            y={4}
            width={Math.max(0.5, x(s.endMs - s.startMs))}
            height={12}
          />
        ))}
        {facts.quietSpans.map((s) => (
          <rect
            key={`q${s.startMs}`}
            className="delivery-quiet"
            x={x(s.startMs)}
            y={4}
            width={Math.max(0.5, x(s.endMs - s.startMs))}
            height={12}
          />
        ))}
        {facts.pauses.map((p) => (
          <rect
            key={`p${p.startMs}`}
            className="delivery-pause"
            x={x(p.startMs)}
            y={18}
            width={Math.max(1, x(p.endMs - p.startMs))}
            height={4}
          />
        ))}
      </svg>
      <figcaption className="visually-hidden">{summary}</figcaption>
      <p className="delivery-legend muted" aria-hidden="true">
        <span className="key key-speech" /> speech <span className="key key-pause" /> pause of 3 s or more
        {facts.quietSpans.length > 0 && (
          <>
            {' '}
            <span className="key key-quiet" /> too quiet
          </>
        )}
        <span className="delivery-length">{clockOf(facts.durationMs)}</span>
      </p>
    </figure>
  );
}
