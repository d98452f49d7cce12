import { type Dispatch, type ReactNode, type SetStateAction, useEffect, useState } from 'react';
import { dropTyping, keepTyping, restoreTyping, type TypedValues } from '../lib/kept-typing';
import { KeptTypingNotice } from './KeptTypingNotice';

export interface KeptTyping<T extends TypedValues> {
  /** The form's values: what was loaded, with any typing left unsaved by a reload put back over it. */
  values: T;
  setValues: Dispatch<SetStateAction<T>>;
  /** The values as loaded or last saved here (what "Discard them" goes back to). */
  base: T;
  /** Call after a save succeeded: `saved` becomes the base, and the kept copy and the notice go. */
  saved: (saved: T) => void;
  /** Call when the user throws the typing away (a Cancel button): the form goes back to its base. */
  discard: () => void;
  /** The "kept and back in the form" notice with its "Discard them" button, or null. */
  notice: ReactNode;
}

/**
 * A form that saves only on its button keeps what the user typed in this browser (lib/kept-typing) until it is
 * saved or discarded, so a reload, Back or a closed window loses nothing (issue 12).
 *
 * `key`: a `typingKeys` entry, one per form and record. `loaded`: the values as the form opened them, read once
 * (the first render's). `what`: how the notice names the form's subject ("this question"). `valid`: refuses a kept
 * copy whose choices are not the form's (storage is outside input; shapes are checked already).
 */
export function useKeptTyping<T extends TypedValues>(
  key: string,
  loaded: T | (() => T),
  what: string,
  valid?: (draft: T) => boolean,
): KeptTyping<T> {
  const [initial] = useState(loaded);
  // Only the fields changed before the reload come back, over the values as they are now.
  const [restored] = useState(() => restoreTyping(key, initial, valid));
  const [showNotice, setShowNotice] = useState(restored !== null);
  const [values, setValues] = useState<T>(restored ?? initial);
  const [base, setBase] = useState<T>(initial);
  useEffect(() => keepTyping(key, base, values), [key, base, values]);

  const discard = () => {
    dropTyping(key);
    setValues(base);
    setShowNotice(false);
  };
  return {
    values,
    setValues,
    base,
    saved: (saved) => {
      dropTyping(key);
      setShowNotice(false);
      setBase(saved);
    },
    discard,
    notice: showNotice ? <KeptTypingNotice what={what} onDiscard={discard} /> : null,
  };
}
