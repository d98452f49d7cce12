import { useState } from 'react';
import type { SessionSetup } from '../../../../../shared/domain/sessions';
import { defaultVoiceMayExist, noVoiceMessage, speak } from '../media/speech';

interface Props {
  setup: SessionSetup;
  voices: readonly Pick<SpeechSynthesisVoice, 'name' | 'lang' | 'default'>[];
  onChange: (patch: Partial<SessionSetup>) => void;
}

/** Reading each question aloud with the system's voices; says plainly when there are none. */
export function ReadAloudFields({ setup, voices, onChange }: Props) {
  // An empty list on Linux may still have the system's default voice behind it: offer to try it.
  const none = voices.length === 0 && !defaultVoiceMayExist();
  const [tryFailed, setTryFailed] = useState(false);
  return (
    <fieldset className="setup-section">
      <legend>Read aloud</legend>
      <label>
        <input type="checkbox" checked={setup.readAloud} onChange={(e) => onChange({ readAloud: e.currentTarget.checked })} />
        Read each question aloud
      </label>
      {none ? (
        <p className="muted" role="note">
          {noVoiceMessage}. Practice works the same without it; the question is always on screen.
        </p>
      ) : (
        <>
          {voices.length === 0 ? (
            <p className="muted" role="note">
              Your system lists no voices; Rehearse will use its default voice if it has one.
            </p>
          ) : (
            <label>
              Voice
              <select value={setup.voiceName} disabled={!setup.readAloud} onChange={(e) => onChange({ voiceName: e.currentTarget.value })}>
                <option value="">System default</option>
                {voices.map((voice) => (
                  <option key={voice.name} value={voice.name}>
                    {voice.name} ({voice.lang})
                  </option>
                ))}
              </select>
            </label>
          )}
          <label>
            Speed: {setup.speechRate.toFixed(1)}×
            <input
              type="range"
              min={0.5}
              max={2}
              step={0.1}
              value={setup.speechRate}
              disabled={!setup.readAloud}
              onChange={(e) => onChange({ speechRate: Math.round(Number(e.currentTarget.value) * 10) / 10 })}
            />
          </label>
          <button
            type="button"
            disabled={!setup.readAloud}
            onClick={() => {
              setTryFailed(false);
              if (!speak('Tell me about yourself.', setup.voiceName, setup.speechRate, () => setTryFailed(true))) setTryFailed(true);
            }}
          >
            Try the voice
          </button>
          {tryFailed && (
            <p className="muted" role="status">
              {noVoiceMessage}. Practice works the same without it; the question is always on screen.
            </p>
          )}
        </>
      )}
    </fieldset>
  );
}
