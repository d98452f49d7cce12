import { useState } from 'react';
import type { SessionAnswer } from '../../../../../shared/domain/answers';
import type { StarNotes } from '../../../../../shared/domain/questions';
import { api } from '../../../api/client';
import { useApiQuery } from '../../../api/queries';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { RatingScale } from '../../../components/RatingScale';
import { confidenceWords } from '../confidence';

const noteParts: { key: keyof StarNotes; label: string }[] = [
  { key: 'situation', label: 'Situation' },
  { key: 'task', label: 'Task' },
  { key: 'action', label: 'Action' },
  { key: 'result', label: 'Result' },
  { key: 'free', label: 'Other notes' },
];

export interface GuidancePanelProps {
  sessionId: number;
  position: number;
  questionId: number;
  /** The answer's after-guidance rating as stored, or null. */
  initialGuided: number | null;
  /** The blind rating is saved: only then can a second rating sit beside it. */
  canRate: boolean;
  onSaved?: (answer: SessionAnswer) => void;
}

/**
 * What the interviewer is listening for and the user's own STAR notes, read only after the blind rating
 * (the container shows this once a confidence is chosen, and loads the question only when opened), with a
 * second rating "after reading the guidance" stored as its own fact beside the first.
 */
export function GuidancePanel({ sessionId, position, questionId, initialGuided, canRate, onSaved }: GuidancePanelProps) {
  const [question] = useApiQuery('questions.get', { id: questionId });
  const [guided, setGuided] = useState(initialGuided);
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved'>('idle');
  const [error, setError] = useState<Parameters<typeof ErrorMessage>[0]['error'] | null>(null);

  async function rate(value: number) {
    const before = guided;
    setGuided(value);
    setStatus('saving');
    setError(null);
    const result = await api.sessions.saveGuidedConfidence({ sessionId, position, guidedConfidence: value });
    if (!result.ok) {
      setGuided(before);
      setStatus('idle');
      return setError(result.error);
    }
    setStatus('saved');
    onSaved?.(result.value);
  }

  if (question.status === 'loading') return <p aria-live="polite">Loading the guidance…</p>;
  if (question.status === 'error') return <ErrorMessage error={question.error} />;
  const { guidance, notes } = question.value;
  const written = noteParts.filter((part) => notes[part.key].trim() !== '');
  return (
    <div className="guidance-panel">
      <h2 className="guidance-title">What a good answer contains</h2>
      {guidance.trim() ? <p className="guidance-text">{guidance}</p> : <p className="muted">This question has no guidance yet.</p>}
      <h3>Your notes</h3>
      {written.length === 0 ? (
        <p className="muted">No STAR notes on this question yet.</p>
      ) : (
        <dl className="guidance-notes">
          {written.map((part) => (
            <div key={part.key}>
              <dt>{part.label}</dt>
              <dd>{notes[part.key]}</dd>
            </div>
          ))}
        </dl>
      )}
      {canRate ? (
        <RatingScale
          name={`guided-${position}`}
          legend="Your confidence now, after reading the guidance (your first rating is kept)"
          value={guided}
          onChange={(value) => void rate(value)}
          words={{ each: confidenceWords }}
        />
      ) : (
        <p className="muted">Once your first rating is saved you can rate again here.</p>
      )}
      <p role="status" aria-live="polite" className="save-state">
        {status === 'saving' && 'Saving…'}
        {status === 'saved' && 'Second rating saved.'}
      </p>
      {error && <ErrorMessage error={error} />}
    </div>
  );
}
