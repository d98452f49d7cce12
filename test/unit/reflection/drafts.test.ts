import { describe, expect, test } from 'vitest';
import { draftFromStored, emptyDrafts, improveDraftSchema, splitRequirementLines } from '../../../shared/domain/reflection/drafts';
import { thankYouReminderDue } from '../../../shared/domain/reflection/interview';
import { maxEmailWords, thankYouTemplate, wordCount } from '../../../shared/domain/reflection/email-templates';
import { categoriesToPractise, practiceLink, summariseConfidence } from '../../../shared/domain/reflection/mock-confidence';
import { isLowFit, stepIssues } from '../../../shared/domain/reflection/step-issues';

describe('requirement lines', () => {
  test('pasted text is split into one requirement per line, without bullets or blank lines', () => {
    expect(splitRequirementLines('- SQL\n\n* Python; Excel\r\n  3. Power BI\n• Tableau • Looker\n2) Communication')).toEqual([
      'SQL',
      'Python',
      'Excel',
      'Power BI',
      'Tableau',
      'Looker',
      'Communication',
    ]);
  });

  test('a one-paragraph advert with semicolons becomes one requirement each', () => {
    expect(splitRequirementLines('ACA or working towards it; strong Excel skills; a full UK driving licence.')).toEqual([
      'ACA or working towards it',
      'strong Excel skills',
      'a full UK driving licence.',
    ]);
  });
});

describe('stored drafts', () => {
  test('read back leniently: unreadable or unknown shapes become empty rather than failing', () => {
    expect(draftFromStored('improve', null)).toEqual(emptyDrafts().improve);
    expect(draftFromStored('improve', '{not json')).toEqual(emptyDrafts().improve);
    expect(draftFromStored('roleFit', '{"fitRating":9}')).toEqual(emptyDrafts().roleFit);
    expect(draftFromStored('roleFit', '{"fitRating":4}').fitRating).toBe(4);
  });

  test('a logistics issue listed twice is refused', () => {
    expect(
      improveDraftSchema.safeParse({
        logistics: [
          { issue: 'punctuality', note: '' },
          { issue: 'punctuality', note: '' },
        ],
      }).success,
    ).toBe(false);
  });
});

describe('unfinished steps', () => {
  test('name the fields still missing', () => {
    const d = emptyDrafts();
    expect(stepIssues('roleFit', d.roleFit).map((i) => i.path)).toEqual(['fitRating', 'applyAgain']);
    expect(stepIssues('qualifications', d.qualifications)).toEqual([
      { path: 'requirements', message: expect.stringContaining('requirements') },
    ]);
    d.qualifications.requirements = [
      { key: 'a', text: 'SQL', status: null },
      { key: 'b', text: ' ', status: 'met' },
    ];
    expect(stepIssues('qualifications', d.qualifications).map((i) => i.path)).toEqual(['requirements.0.status', 'requirements.1.text']);
    d.respond.feedbackReceived = 'Good SQL';
    expect(stepIssues('respond', d.respond).map((i) => i.path)).toEqual(['feedbackReceivedOn']);
    expect(stepIssues('confidence', { ...d.confidence, selfRating: 3 })).toEqual([]);
  });

  test('a fit of 2 or less is low', () => {
    expect(isLowFit({ ...emptyDrafts().roleFit, fitRating: 2 })).toBe(true);
    expect(isLowFit({ ...emptyDrafts().roleFit, fitRating: 3 })).toBe(false);
    expect(isLowFit(emptyDrafts().roleFit)).toBe(false);
  });
});

describe('thank-you reminder', () => {
  const held = { heldAt: '2026-03-02T14:00:00.000Z', heldOn: '2026-03-02' };
  test('shows a day after the interview until the note is marked sent', () => {
    expect(thankYouReminderDue(held, null, 'pending', new Date('2026-03-03T13:59:00Z'))).toBe(false);
    expect(thankYouReminderDue(held, null, 'pending', new Date('2026-03-03T14:00:00Z'))).toBe(true);
    expect(thankYouReminderDue(held, '2026-03-02', 'pending', new Date('2026-03-09T00:00:00Z'))).toBe(false);
  });
  test('never nags after a rejection', () => {
    expect(thankYouReminderDue(held, null, 'rejected', new Date('2026-03-09T00:00:00Z'))).toBe(false);
    expect(thankYouReminderDue(held, null, 'offer', new Date('2026-03-09T00:00:00Z'))).toBe(true);
  });
  test('without a time, "over a day" counts from the end of its day: from two days after it', () => {
    process.env.TZ = 'Pacific/Auckland';
    const day = { heldAt: null, heldOn: '2026-03-02' };
    expect(thankYouReminderDue(day, null, 'pending', new Date(2026, 2, 3, 23, 59))).toBe(false);
    expect(thankYouReminderDue(day, null, 'pending', new Date(2026, 2, 4, 0, 0))).toBe(true);
    expect(thankYouReminderDue(day, '2026-03-03', 'pending', new Date(2026, 2, 9))).toBe(false);
  });
});

describe('thank-you draft after a rejection', () => {
  test('does not press on with the role: no "even more interested", no "anything else you need from me"', () => {
    const facts = { company: 'Harbour Lane', role: 'Audit Senior', interviewerName: 'Sam', discussed: '', signature: 'Alex' };
    const rejected = thankYouTemplate({ ...facts, outcome: 'rejected' }).body;
    expect(rejected).not.toMatch(/even more interested|anything else you need from me/);
    expect(rejected).toMatch(/letting me know your decision/);
    expect(wordCount(rejected)).toBeLessThanOrEqual(maxEmailWords);
    expect(thankYouTemplate({ ...facts, outcome: 'pending' }).body).toMatch(/even more interested/);
  });
  test('says "meet" only for an interview the user said was in person (walk 5, finding 3)', () => {
    const facts = { company: 'Acme', role: 'Trainee', interviewerName: '', discussed: '', signature: '', outcome: 'pending' as const };
    expect(thankYouTemplate({ ...facts, format: null }).body).toContain('Thank you for taking the time to speak with me about');
    expect(thankYouTemplate({ ...facts, format: 'video' }).body).toContain('to speak with me');
    expect(thankYouTemplate({ ...facts, format: 'in_person' }).body).toContain('Thank you for taking the time to meet me about');
  });
});

describe('mock-interview confidence', () => {
  test('averages overall and per category, weakest first; uncategorised answers count overall only', () => {
    const summary = summariseConfidence([
      { confidence: 2, category: 'Behavioural' },
      { confidence: 3, category: 'Behavioural' },
      { confidence: 5, category: 'Technical' },
      { confidence: 4, category: '' },
    ]);
    expect(summary).toEqual({
      answerCount: 4,
      average: 3.5,
      byCategory: [
        { category: 'Behavioural', average: 2.5, count: 2 },
        { category: 'Technical', average: 5, count: 1 },
      ],
    });
    expect(summariseConfidence([])).toEqual({ answerCount: 0, average: null, byCategory: [] });
  });

  test('practice is offered on struggled categories first, then weak ones, in a link the practice area reads', () => {
    const summary = summariseConfidence([
      { confidence: 2, category: 'Teamwork, conflict' },
      { confidence: 5, category: 'Technical' },
    ]);
    const categories = categoriesToPractise(summary, ['Motivation', ' motivation ', '']);
    expect(categories).toEqual(['Motivation', 'Teamwork, conflict']);
    expect(practiceLink(categories)).toBe('#/practice?categories=Motivation,Teamwork%2C%20conflict');
    expect(practiceLink([])).toBe('#/practice');
  });
});
