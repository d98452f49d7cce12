import { bodyLanguageItems, bodyLanguageLabels, type ConfidenceDraft, reflectionLimits } from '../../../../shared/domain/reflection/drafts';
import { categoriesToPractise, type MockConfidence, practiceLink } from '../../../../shared/domain/reflection/mock-confidence';
import type { FieldErrors } from '../../lib/field-errors';
import { RatingScale } from '../../components/RatingScale';
import { TextField } from '../../components/TextField';

interface Props {
  draft: ConfidenceDraft;
  onChange: (draft: ConfidenceDraft) => void;
  onBlur: () => void;
  issues: FieldErrors;
  /** Null while loading or when it could not be read. */
  mock: MockConfidence | null;
  struggledCategories: string[];
}

export function StepConfidence({ draft, onChange, onBlur, issues, mock, struggledCategories }: Props) {
  const set = (patch: Partial<ConfidenceDraft>) => onChange({ ...draft, ...patch });
  const practise = mock ? categoriesToPractise(mock, struggledCategories) : [];
  return (
    <div className="stack" onBlur={onBlur}>
      <RatingScale
        name="selfRating"
        legend="How confident did I feel?"
        value={draft.selfRating}
        onChange={(selfRating) => set({ selfRating })}
        words={{ low: 'very nervous', high: 'fully confident' }}
        error={issues.selfRating}
      />
      <section className="card" aria-labelledby="mock-confidence-heading">
        <h3 id="mock-confidence-heading">My recent mock-interview confidence</h3>
        {mock === null && <p className="muted">Loading…</p>}
        {mock && mock.average === null && <p className="muted">No rated mock-interview answers yet.</p>}
        {mock && mock.average !== null && (
          <>
            <p>
              Average <strong>{mock.average.toFixed(1)} / 5</strong> over my last {mock.answerCount} answers
              {draft.selfRating !== null && ` (in this interview I rated myself ${draft.selfRating} / 5)`}.
            </p>
            {mock.byCategory.length > 0 && (
              <ul className="plain-list">
                {mock.byCategory.map((c) => (
                  <li key={c.category}>
                    {c.category}: {c.average.toFixed(1)} / 5{' '}
                    <span className="muted">({c.count === 1 ? '1 answer' : `${c.count} answers`})</span>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
        <p>
          <a href={practiceLink(practise)}>
            {practise.length > 0 ? `Start a mock interview on ${practise.join(', ')}` : 'Start a mock interview'}
          </a>
        </p>
      </section>
      <fieldset>
        <legend>What interviewers notice: how did each go?</legend>
        <table className="checklist">
          <thead>
            <tr>
              <th scope="col">Behaviour</th>
              <th scope="col">Went well</th>
              <th scope="col">Needs work</th>
            </tr>
          </thead>
          <tbody>
            {bodyLanguageItems.map((item) => (
              <tr key={item}>
                <th scope="row" id={`bl-${item}`}>
                  {bodyLanguageLabels[item]}
                </th>
                {(['good', 'work_on'] as const).map((mark) => (
                  <td key={mark}>
                    <input
                      type="radio"
                      name={`bl-${item}`}
                      aria-label={`${bodyLanguageLabels[item]}: ${mark === 'good' ? 'went well' : 'needs work'}`}
                      checked={draft.checklist[item] === mark}
                      onChange={() => set({ checklist: { ...draft.checklist, [item]: mark } })}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </fieldset>
      <TextField
        label="Notes on how I came across"
        rows={3}
        value={draft.notes}
        limit={reflectionLimits.noteMax}
        onChange={(notes) => set({ notes })}
      />
    </div>
  );
}
