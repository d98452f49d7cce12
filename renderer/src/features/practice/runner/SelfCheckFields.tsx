import type { RatingDraft } from '../../../../../shared/domain/answers';
import { selfCheckItems } from '../../../../../shared/domain/sessions';

interface Props {
  selfCheck: RatingDraft['selfCheck'];
  struggled: boolean;
  /** One tick changed: the panel saves it like any other change of the rating. */
  onChange: (patch: Pick<Partial<RatingDraft>, 'selfCheck' | 'struggled'>) => void;
}

/** The delivery self-check (what went well) and "I struggled with this question", under the confidence rating. */
export function SelfCheckFields({ selfCheck, struggled, onChange }: Props) {
  return (
    <>
      <fieldset className="self-check">
        <legend>Delivery self-check: tick what went well</legend>
        {selfCheckItems.map((check) => (
          <label key={check.key} className="toggle">
            <input
              type="checkbox"
              checked={selfCheck[check.key]}
              onChange={(e) => onChange({ selfCheck: { ...selfCheck, [check.key]: e.currentTarget.checked } })}
            />
            {check.label}
          </label>
        ))}
      </fieldset>

      <label>
        <input type="checkbox" checked={struggled} onChange={(e) => onChange({ struggled: e.currentTarget.checked })} />I struggled with
        this question
      </label>
    </>
  );
}
