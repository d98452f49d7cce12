import type { Preferences, PreferencesPatch } from '../../../../shared/domain/settings';
import {
  roleFamilies,
  roleFamilyLabels,
  type RoleFamily,
  roleLevelLabels,
  roleLevels,
  type RoleLevel,
} from '../../../../shared/domain/first-run';
import { isDesktop } from '../../files/is-desktop';

interface Props {
  preferences: Preferences;
  onChange: (patch: PreferencesPatch) => void;
}

/** Each control saves on change: there is no Save button to forget. */
export function PreferencesForm({ preferences, onChange }: Props) {
  return (
    <form className="stack" onSubmit={(e) => e.preventDefault()}>
      <fieldset>
        <legend>Theme</legend>
        {(['system', 'light', 'dark'] as const).map((theme) => (
          <label key={theme}>
            <input type="radio" name="theme" value={theme} checked={preferences.theme === theme} onChange={() => onChange({ theme })} />
            {theme === 'system' ? 'Follow the system' : theme === 'light' ? 'Light' : 'Dark'}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>What I am preparing for</legend>
        <p id="role-help" className="muted">
          Chooses the question banks a new practice set-up starts with. Questions to ask the interviewer are never timed by default.
        </p>
        <label>
          Role family
          <select
            value={preferences.roleFamily}
            aria-describedby="role-help"
            onChange={(e) => onChange({ roleFamily: e.currentTarget.value as RoleFamily })}
          >
            {roleFamilies.map((value) => (
              <option key={value} value={value}>
                {roleFamilyLabels[value]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Level
          <select value={preferences.roleLevel} onChange={(e) => onChange({ roleLevel: e.currentTarget.value as RoleLevel })}>
            {roleLevels.map((value) => (
              <option key={value} value={value}>
                {roleLevelLabels[value]}
              </option>
            ))}
          </select>
        </label>
      </fieldset>

      <fieldset>
        <legend>Timer defaults</legend>
        <label>
          Thinking time before each answer (seconds)
          <input
            type="number"
            min={0}
            max={180}
            step={5}
            defaultValue={preferences.thinkSeconds}
            onBlur={(e) => onChange({ thinkSeconds: Number(e.currentTarget.value) })}
          />
        </label>
        <label>
          Answer time
          <select
            value={preferences.answerTimeSource}
            onChange={(e) => onChange({ answerTimeSource: e.currentTarget.value === 'fixed' ? 'fixed' : 'question' })}
          >
            <option value="question">Each question’s suggested length</option>
            <option value="fixed">The same for every question</option>
          </select>
        </label>
        <label>
          Fixed answer time (seconds)
          <input
            type="number"
            min={15}
            max={900}
            step={15}
            defaultValue={preferences.answerSeconds}
            disabled={preferences.answerTimeSource !== 'fixed'}
            onBlur={(e) => onChange({ answerSeconds: Number(e.currentTarget.value) })}
          />
        </label>
      </fieldset>

      <fieldset>
        <legend>Practice</legend>
        <label>
          <input type="checkbox" checked={preferences.readAloud} onChange={(e) => onChange({ readAloud: e.currentTarget.checked })} />
          Read each question aloud
        </label>
        <label>
          Record my answers
          <select
            value={preferences.recording}
            onChange={(e) => onChange({ recording: e.currentTarget.value as Preferences['recording'] })}
          >
            <option value="off">Off</option>
            <option value="audio">Microphone</option>
            <option value="video">Microphone and camera</option>
          </select>
        </label>
        <label>
          <input
            type="checkbox"
            checked={preferences.analyseDelivery}
            aria-describedby="analyse-delivery-help"
            onChange={(e) => onChange({ analyseDelivery: e.currentTarget.checked })}
          />
          Measure pauses and speaking time in my recorded answers
        </label>
        <p id="analyse-delivery-help" className="muted">
          After each recorded answer is saved, its sound is measured on this computer: when you started speaking, how much of the time was
          speech, and pauses of 3 seconds or more. Nothing is sent anywhere.
        </p>
      </fieldset>

      <fieldset>
        <legend>Reminders</legend>
        <label>
          <input
            type="checkbox"
            checked={preferences.reminders}
            aria-describedby="reminders-help"
            onChange={(e) => onChange({ reminders: e.currentTarget.checked })}
          />
          Remind me when questions are due for review or an interview is a day away
        </label>
        <p id="reminders-help" className="muted">
          {isDesktop()
            ? 'A notification from your computer while Rehearse is open. Nothing is sent anywhere.'
            : 'Reminders are shown by the desktop app; browser mode cannot show them. Nothing is sent anywhere.'}
        </p>
      </fieldset>
    </form>
  );
}
