import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isSafeExternalUrl } from '../../../electron/main/shell/security-policy';
import {
  feedbackRequestTemplate,
  mailtoLink,
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

describe('mailto links', () => {
  test('percent-encode subject and body, with CRLF line breaks, so user text cannot add headers', () => {
    const link = mailtoLink('sam.lee@acme.example', {
      subject: 'Q&A? #1 = 100%',
      body: 'Line one\nbcc=evil@x.example&cc=me\n\nÜbung – ok',
    });
    expect(link).toBe(
      'mailto:sam.lee@acme.example?subject=Q%26A%3F%20%231%20%3D%20100%25' +
        '&body=Line%20one%0D%0Abcc%3Devil%40x.example%26cc%3Dme%0D%0A%0D%0A%C3%9Cbung%20%E2%80%93%20ok',
    );
    const url = new URL(link!);
    expect(url.searchParams.get('subject')).toBe('Q&A? #1 = 100%');
    expect(url.searchParams.get('body')).toBe('Line one\r\nbcc=evil@x.example&cc=me\r\n\r\nÜbung – ok');
    expect([...url.searchParams.keys()]).toEqual(['subject', 'body']);
  });

  test('are accepted by the desktop shell’s external-link policy', () => {
    expect(isSafeExternalUrl(mailtoLink('sam@acme.example', thankYouTemplate(facts))!)).toBe(true);
  });

  test('are not made without a valid address, so nothing half-formed is opened', () => {
    expect(mailtoLink('', thankYouTemplate(facts))).toBeNull();
    expect(mailtoLink('sam at acme', thankYouTemplate(facts))).toBeNull();
    expect(mailtoLink('a@b.example?cc=x@y.example', thankYouTemplate(facts))).toBeNull();
    expect(mailtoLink('a@b.example\r\nBcc: x@y.example', thankYouTemplate(facts))).toBeNull();
  });
});
