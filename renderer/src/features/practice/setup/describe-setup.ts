import type { SessionSetup, SetupOptions } from '../../../../../shared/domain/sessions';

const pressureWords = { untimed: 'untimed', soft: 'soft timer', hard: 'hard timer' } as const;
const orderWords = { random: 'random order', weakest: 'weakest first', due: 'due for review' } as const;
const recordingWords = { off: 'not recorded', audio: 'microphone recording', video: 'microphone and camera recording' } as const;

/** A set-up in one line, e.g. "5 questions from Competency · random order · think 20 s · soft timer ×1.5 · microphone recording". */
export function describeSetup(setup: SessionSetup, banks: SetupOptions['banks']): string {
  return [describeChoice(setup, banks), describeDelivery(setup)].join(' · ');
}

/** Which questions, in what order, in one line, e.g. "5 questions from 4 banks (2 categories) · random order". */
export function describeChoice(setup: SessionSetup, banks: SetupOptions['banks']): string {
  const names = setup.bankIds.map((id) => banks.find((b) => b.id === id)?.name).filter((n): n is string => n !== undefined);
  const from = names.length <= 2 ? names.join(' and ') : `${names.length} banks`;
  const filters = [
    setup.categories.length > 0 ? `${setup.categories.length} ${setup.categories.length === 1 ? 'category' : 'categories'}` : null,
    setup.tags.length > 0 ? `${setup.tags.length} ${setup.tags.length === 1 ? 'tag' : 'tags'}` : null,
  ].filter(Boolean);
  return [
    `${setup.count} ${setup.count === 1 ? 'question' : 'questions'} from ${from}${filters.length ? ` (${filters.join(', ')})` : ''}`,
    orderWords[setup.order],
  ].join(' · ');
}

/** Timing, reading aloud and recording in one line, e.g. "think 20 s · suggested answer times · soft timer · not recorded". */
export function describeDelivery(setup: SessionSetup): string {
  const timing =
    setup.pressure === 'untimed'
      ? 'untimed'
      : `think ${setup.thinkSeconds} s · ${setup.answerTimeSource === 'fixed' ? `answer ${setup.answerSeconds} s` : 'suggested answer times'} · ${pressureWords[setup.pressure]}${setup.multiplier === 1 ? '' : ` ×${setup.multiplier}`}`;
  return [timing, setup.readAloud ? 'read aloud' : null, recordingWords[setup.recording]].filter(Boolean).join(' · ');
}
