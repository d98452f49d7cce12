import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  feedbackRequestTemplate,
  maxEmailWords,
  type TemplateFacts,
  thankYouTemplate,
  wordCount,
} from '../../../shared/domain/reflection/email-templates';
import { interviewOutcomes } from '../../../shared/domain/reflection/interview';

const facts: TemplateFacts = {
  company: 'Acme Ltd',
  role: 'Data Analyst',
  interviewerName: 'Sam Lee',
  discussed: 'the new data platform',
  signature: 'Alex Morgan',
  outcome: 'rejected',
};

describe('thank-you and feedback templates', () => {
  test('are filled with company, role, interviewer and the thing discussed, and signed', () => {
    const thanks = thankYouTemplate(facts);
    expect(thanks.subject).toBe('Thank you: Data Analyst interview');
    expect(thanks.body).toMatch(/^Dear Sam Lee,\n\n/);
    expect(thanks.body).toContain('the Data Analyst role at Acme Ltd.');
    expect(thanks.body).toContain('our conversation about the new data platform.');
    expect(thanks.body).toMatch(/Best regards,\nAlex Morgan$/);

    const feedback = feedbackRequestTemplate(facts);
    expect(feedback.subject).toBe('Feedback on my Data Analyst interview');
    expect(feedback.body).toContain('I was disappointed');
    expect(feedback.body).toContain('talking about the new data platform.');
    expect(feedback.body).toContain('what I could do better next time');
  });

  test('read naturally without an interviewer name, a topic or a signature', () => {
    const thanks = thankYouTemplate({ ...facts, interviewerName: ' ', discussed: '', signature: '' });
    expect(thanks.body).toMatch(/^Hello,\n\n/);
    expect(thanks.body).toContain('I enjoyed our conversation.');
    expect(thanks.body).not.toContain('about .');
    expect(thanks.body).toMatch(/Best regards,$/);
    const pending = feedbackRequestTemplate({ ...facts, outcome: 'pending', discussed: '' });
    expect(pending.body).not.toContain('disappointed');
    expect(pending.body).toContain('Thank you again for considering me for the Data Analyst role at Acme Ltd.');
  });

  test('a topic typed with trailing punctuation does not double it', () => {
    expect(thankYouTemplate({ ...facts, discussed: 'team rituals!!' }).body).toContain('about team rituals.');
  });

  test('stay under 150 words whatever the user typed', () => {
    const words = fc.array(fc.stringMatching(/^[A-Za-z0-9'-]{1,12}$/), { maxLength: 80 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(
        words,
        words,
        words,
        words,
        words,
        fc.constantFrom(...interviewOutcomes),
        (company, role, name, discussed, signature, outcome) => {
          const filled = { company, role, interviewerName: name, discussed, signature, outcome };
          expect(wordCount(thankYouTemplate(filled).body)).toBeLessThan(maxEmailWords);
          expect(wordCount(feedbackRequestTemplate(filled).body)).toBeLessThan(maxEmailWords);
        },
      ),
    );
  });
});
