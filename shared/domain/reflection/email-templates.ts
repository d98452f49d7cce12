import type { EmailDraft } from './drafts';
import type { InterviewFormat, InterviewOutcome } from './interview';
import type { EmailKind } from './reflection';

export interface TemplateFacts {
  company: string;
  role: string;
  interviewerName: string;
  /** One thing discussed in the interview; optional. */
  discussed: string;
  signature: string;
  outcome: InterviewOutcome;
  /** How it was held; null when the user did not say, and then nothing in the note depends on it. */
  format?: InterviewFormat | null;
}

/** Recruiters advise short notes: every filled template stays under this many words. */
export const maxEmailWords = 150;

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * Clips user text to a word budget so the whole note stays short however
 * much was typed; the budgets plus the template's own words stay under 150.
 */
function clipWords(text: string, budget: number): string {
  const words = text
    .trim()
    .replace(/[.!?,;:\s]+$/, '')
    .split(/\s+/)
    .filter(Boolean);
  return words.length <= budget ? words.join(' ') : `${words.slice(0, budget).join(' ')}…`;
}

function fill(facts: TemplateFacts) {
  const name = clipWords(facts.interviewerName, 5);
  return {
    company: clipWords(facts.company, 8),
    role: clipWords(facts.role, 8),
    greeting: name ? `Dear ${name},` : 'Hello,',
    discussed: clipWords(facts.discussed, 20),
    signOff: ['Best regards,', clipWords(facts.signature, 6)].filter(Boolean).join('\n'),
  };
}

/**
 * The thank-you note. After a rejection it thanks them for the chance and the
 * decision and leaves the door open, instead of pressing on with a role that
 * is gone ("even more interested … anything else you need from me").
 */
export function thankYouTemplate(facts: TemplateFacts): EmailDraft {
  const f = fill(facts);
  const discussed = f.discussed ? ` I especially enjoyed our conversation about ${f.discussed}.` : ' I enjoyed our conversation.';
  const closing =
    facts.outcome === 'rejected'
      ? `Thank you as well for letting me know your decision. I enjoyed learning about ${f.company}, and I would be glad to be considered for future roles.`
      : `It left me even more interested in the role and in joining ${f.company}. Please let me know if there is anything else you need from me.`;
  // "Meet" only for an interview the user said was in person; "speak with" is true of every format.
  const met = facts.format === 'in_person' ? 'meet me' : 'speak with me';
  const body = [
    f.greeting,
    `Thank you for taking the time to ${met} about the ${f.role} role at ${f.company}.${discussed}`,
    closing,
    f.signOff,
  ].join('\n\n');
  return { subject: `Thank you: ${f.role} interview`, body };
}

export function feedbackRequestTemplate(facts: TemplateFacts): EmailDraft {
  const f = fill(facts);
  const opening =
    facts.outcome === 'rejected'
      ? `Thank you for letting me know your decision about the ${f.role} role at ${f.company}. I was disappointed, but I valued the chance to interview.`
      : `Thank you again for considering me for the ${f.role} role at ${f.company}.`;
  const discussed = f.discussed ? ` I particularly appreciated talking about ${f.discussed}.` : '';
  const body = [
    f.greeting,
    `${opening}${discussed}`,
    'I am keen to keep improving, so I would be grateful for any feedback on my interview: what went well, and what I could do better next time. Even a few lines would help.',
    f.signOff,
  ].join('\n\n');
  return { subject: `Feedback on my ${f.role} interview`, body };
}

export function emailTemplate(kind: EmailKind, facts: TemplateFacts): EmailDraft {
  return kind === 'thank_you' ? thankYouTemplate(facts) : feedbackRequestTemplate(facts);
}
