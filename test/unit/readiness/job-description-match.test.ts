import { describe, expect, test } from 'vitest';
import { jobKeywords, type MatchableQuestion, rankByJobDescription } from '../../../shared/domain/readiness/job-description-match';

const jobDescription = `Audit Semi-Senior, Harbour Lane Accountants. You will plan and run statutory audits for owner-managed
clients, test internal controls and revenue recognition, and prepare year-end files for review. You are part-qualified
(ACA or ACCA), manage your own time across several jobs, and give good customer service to clients at every point.`;

const q = (text: string, category = 'Competency', tags: string[] = []): MatchableQuestion => ({ text, category, tags });
const bank: MatchableQuestion[] = [
  q('How would you test internal controls over revenue?', 'Audit', ['audit']),
  q('What is materiality, and how do you set it for an audit?', 'Audit', ['audit']),
  q('Walk me through the year-end file you are proudest of.', 'Technical'),
  q('Tell me about a time you dealt with a difficult customer in a part-time or retail job.', 'Graduate'),
  q('Tell me about a time you showed leadership.'),
  q('Tell me about a time you managed conflicting deadlines.'),
  q('Tell me about a time you failed.'),
  q('Tell me about a time you influenced someone.'),
  q('Tell me about a time you worked under pressure.'),
  q('Tell me about a time you made a mistake.'),
  q('Tell me about a time you went beyond what was asked.'),
  q('Tell me about a time you learnt something quickly.'),
  q('Why do you want to work here?', 'Motivation'),
  q('Where do you see yourself in five years?', 'Motivation'),
];

describe('job-description suggestions', () => {
  test('keep hyphenated words whole and drop filler', () => {
    const keywords = jobKeywords(jobDescription);
    expect(keywords).toContain('part-qualified');
    expect(keywords).toContain('year-end');
    expect(keywords).not.toContain('part');
    expect(keywords).not.toContain('time');
  });

  test("the ad's way of addressing the reader matches nothing (walker's walk: 'Matches deadlines, need')", () => {
    const ad =
      'We need a graduate auditor who shows teamwork and meets deadlines. Tell us about leadership; we want people who seek growth.';
    for (const word of ['need', 'shows', 'tell', 'want', 'seek']) expect(jobKeywords(ad)).not.toContain(word);
    const slow = q('Describe a time a client was slow to provide information you needed. How did you keep the work moving?');
    const ranked = rankByJobDescription(ad, [...bank, slow], 30);
    expect(ranked.find((m) => m.question === slow)).toBeUndefined();
    expect(ranked.find((m) => m.question === bank[4])!.matched).toEqual(['leadership']);
  });

  test('offer the audit questions, never one matched only on words most questions share', () => {
    const ranked = rankByJobDescription(jobDescription, bank, 30);
    const texts = ranked.map((m) => m.question.text);
    expect(texts[0]).toBe(bank[0]!.text);
    expect(texts.slice(0, 3).sort()).toEqual([bank[0]!.text, bank[1]!.text, bank[2]!.text].sort());
    // The part-time question shares only "customer" with the job description (not "part" or "time"): below the audit ones.
    expect(texts.indexOf(bank[3]!.text)).toBeGreaterThan(2);
    expect(ranked.find((m) => m.question === bank[3])!.matched).toEqual(['customer']);
    for (const m of ranked) expect(m.matched).not.toContain('time');
    expect(ranked.find((m) => m.question === bank[0])!.matched).toEqual(expect.arrayContaining(['audit', 'controls', 'revenue']));
  });

  test('a word in a label counts double, and nothing is offered for an empty description or bank', () => {
    const labelled = [q('Describe your approach.', 'Audit'), q('Describe an audit you ran.', 'General'), ...bank.slice(4)];
    const ranked = rankByJobDescription('We want someone who loves audit and audit planning.', labelled, 10);
    expect(ranked[0]!.question).toBe(labelled[0]);
    expect(rankByJobDescription('', bank, 10)).toEqual([]);
    expect(rankByJobDescription(jobDescription, [], 10)).toEqual([]);
  });
});
