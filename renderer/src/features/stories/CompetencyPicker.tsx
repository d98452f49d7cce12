import { useId, useState } from 'react';
import { competencySchema, storyLimits, uniqueCompetencies } from '../../../../shared/domain/stories/stories';
import { foldKey } from '../../../../shared/domain/text-rules';
import { FieldError } from '../../components/FieldError';
import { TextField } from '../../components/TextField';

interface Props {
  offered: readonly string[];
  chosen: readonly string[];
  error: string | undefined;
  onChange: (chosen: string[]) => void;
}

/** Tick the competencies a story shows, or add one of your own (checked with the same name rule as the main process). */
export function CompetencyPicker({ offered, chosen, error, onChange }: Props) {
  const id = useId();
  const [own, setOwn] = useState('');
  const [ownError, setOwnError] = useState<string | undefined>();
  const chosenKeys = new Set(chosen.map(foldKey));
  const all = uniqueCompetencies([...offered, ...chosen]);

  function addOwn() {
    const parsed = competencySchema.safeParse(own);
    if (!parsed.success) return setOwnError(parsed.error.issues[0]?.message);
    setOwnError(undefined);
    setOwn('');
    onChange(uniqueCompetencies([...chosen, parsed.data]));
  }

  return (
    <fieldset className="competency-picker" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>Competencies this story shows</legend>
      <ul className="checkbox-list">
        {all.map((name) => (
          <li key={name}>
            <label>
              <input
                type="checkbox"
                checked={chosenKeys.has(foldKey(name))}
                onChange={(e) =>
                  onChange(
                    e.currentTarget.checked ? uniqueCompetencies([...chosen, name]) : chosen.filter((c) => foldKey(c) !== foldKey(name)),
                  )
                }
              />{' '}
              {name}
            </label>
          </li>
        ))}
      </ul>
      <div className="inline-field">
        <TextField
          label="Add your own competency"
          name="Competency"
          value={own}
          limit={storyLimits.competencyMax}
          error={ownError}
          onChange={setOwn}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              addOwn();
            }
          }}
        />
        <button type="button" onClick={addOwn}>
          Add
        </button>
      </div>
      <FieldError id={`${id}-error`} message={error} />
    </fieldset>
  );
}
