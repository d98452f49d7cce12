import type { SessionDetail } from '../../../../../shared/domain/sessions';
import { answeredPhrase, hasSavedAnything } from '../session-counts';

interface Props {
  detail: SessionDetail;
  /** The next question to ask; null when every question already has an answer. */
  position: number | null;
  onResume: () => void;
  onEnd: () => void;
}

/** Shown when an unfinished session is opened again, so the clock starts only when the user is ready. */
export function ResumeCard({ detail, position, onResume, onEnd }: Props) {
  const saved = detail.items.flatMap((item) => (item.answer ? [item.answer] : []));
  const counts = {
    answeredCount: saved.filter((answer) => !answer.skipped).length,
    skippedCount: saved.filter((answer) => answer.skipped).length,
    questionCount: detail.items.length,
  };
  if (position === null) {
    return (
      <section className="card resume-card" aria-labelledby="resume-heading">
        <h1 id="resume-heading">Every question has an answer</h1>
        <p>This session was not closed, but all of its questions were answered and saved.</p>
        <button type="button" className="primary big" onClick={onEnd} autoFocus>
          Finish and see the summary
        </button>
      </section>
    );
  }
  return (
    <section className="card resume-card" aria-labelledby="resume-heading">
      <h1 id="resume-heading">Carry on with your session?</h1>
      <p>
        {hasSavedAnything(counts) ? `So far: ${answeredPhrase(counts)}; those are saved.` : 'You have not answered anything yet.'} Next is
        question {position + 1} of {detail.items.length}.
      </p>
      <div className="button-row">
        <button type="button" className="primary big" onClick={onResume} autoFocus>
          Resume at question {position + 1}
        </button>
        <button type="button" onClick={onEnd}>
          End the session here
        </button>
      </div>
    </section>
  );
}
