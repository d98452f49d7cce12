import { describe, expect, test } from 'vitest';
import { emptyDrafts, type StepDrafts } from '../../../shared/domain/reflection/drafts';
import type { InterviewOutcome } from '../../../shared/domain/reflection/interview';
import { detectPatterns, type ReflectedInterview } from '../../../shared/domain/reflection/patterns';

let nextId = 1;
function reflected(company: string, outcome: InterviewOutcome, edit: (d: StepDrafts) => void = () => undefined): ReflectedInterview {
  const drafts = emptyDrafts();
  edit(drafts);
  return { interview: { id: nextId++, company, outcome }, drafts };
}
const research = (rating: number) => (d: StepDrafts) => {
  d.improve.researchRating = rating;
};

describe('patterns across interviews', () => {
  test('research rated low in three of four rejections, said plainly', () => {
    const patterns = detectPatterns([
      reflected('A', 'rejected', research(1)),
      reflected('B', 'rejected', research(2)),
      reflected('C', 'rejected', research(4)),
      reflected('D', 'rejected', research(2)),
      reflected('E', 'offer', research(5)),
    ]);
    expect(patterns[0]).toMatchObject({
      kind: 'research',
      message: 'Company research was rated low in 3 of 4 rejections.',
      count: 3,
      total: 4,
    });
    expect(patterns[0]!.interviews.map((i) => i.company)).toEqual(['A', 'B', 'D']);
  });

  test('with fewer than two rejections, research is compared across all interviews', () => {
    const patterns = detectPatterns([
      reflected('A', 'pending', research(1)),
      reflected('B', 'offer', research(2)),
      reflected('C', 'rejected'),
    ]);
    expect(patterns).toEqual([expect.objectContaining({ message: 'Company research was rated low in 2 of 2 interviews.' })]);
  });

  test('the same missing qualification, however it was typed', () => {
    const missing = (text: string) => (d: StepDrafts) => {
      d.qualifications.requirements.push({ key: 'k', text, status: 'missing' }, { key: 'm', text: 'Python', status: 'met' });
    };
    const patterns = detectPatterns([
      reflected('Acme', 'rejected', missing('Power BI certification')),
      reflected('Beta', 'rejected', missing('  power BI certification. ')),
      reflected('Gamma', 'pending', missing('Kubernetes')),
    ]);
    expect(patterns).toEqual([
      expect.objectContaining({
        kind: 'missing_requirement',
        message: '“Power BI certification” was missing in 2 interviews (Acme, Beta).',
        count: 2,
      }),
    ]);
  });

  test('the same logistics issue, body-language item, concern and low confidence', () => {
    const bad = (d: StepDrafts) => {
      d.improve.logistics = [{ issue: 'video_setup', note: '' }];
      d.confidence.checklist = { eye_contact: 'work_on', smiling: 'good' };
      d.confidence.selfRating = 2;
      d.roleFit.concerns = ['close_enough'];
      d.roleFit.fitRating = 1;
    };
    const kinds = detectPatterns([reflected('A', 'rejected', bad), reflected('B', 'rejected', bad), reflected('C', 'rejected')]).map(
      (p) => p.message,
    );
    expect(kinds).toEqual(
      expect.arrayContaining([
        'Video set-up went wrong in 2 interviews (A, B).',
        '“Eye contact” needed work in 2 interviews.',
        'You rated your confidence low in 2 interviews.',
        '“Close enough” rather than the role I want concerned you in 2 interviews.',
        'The role was a poor fit in 2 interviews (A, B): it may be worth adjusting which roles you apply for.',
      ]),
    );
    expect(kinds.some((m) => m.includes('Smiling'))).toBe(false);
  });

  test('a repeated struggled question is a pattern; a question repeated within one interview is not', () => {
    const asked =
      (...texts: string[]) =>
      (d: StepDrafts) => {
        d.improve.struggled = texts.map((text, i) => ({ key: `k${i}`, text, category: '' }));
      };
    expect(detectPatterns([reflected('A', 'rejected', asked('Why us?', 'why us')), reflected('B', 'offer')])).toEqual([]);
    expect(detectPatterns([reflected('A', 'rejected', asked('Why us?')), reflected('B', 'offer', asked('WHY US'))])).toEqual([
      expect.objectContaining({ kind: 'struggled', message: 'You struggled with “Why us?” in 2 interviews.' }),
    ]);
  });

  test('something seen once is not a pattern, and nothing is found in no reflections', () => {
    expect(detectPatterns([])).toEqual([]);
    expect(detectPatterns([reflected('A', 'rejected', research(1)), reflected('B', 'rejected', research(5))])).toEqual([]);
  });

  test('most frequent first', () => {
    const both = (d: StepDrafts) => {
      d.improve.logistics = [{ issue: 'punctuality', note: '' }];
      d.improve.researchRating = 1;
    };
    const patterns = detectPatterns([
      reflected('A', 'rejected', both),
      reflected('B', 'rejected', both),
      reflected('C', 'offer', (d) => (d.improve.logistics = [{ issue: 'punctuality', note: '' }])),
    ]);
    expect(patterns.map((p) => [p.kind, p.count])).toEqual([
      ['logistics', 3],
      ['research', 2],
    ]);
  });

  test('the same gap worded differently is one pattern; partly met counts as a gap and is said so', () => {
    const gap =
      (text: string, status: 'missing' | 'partly' = 'missing') =>
      (d: StepDrafts) => {
        d.qualifications.requirements.push({ key: 'k', text, status });
      };
    const patterns = detectPatterns([
      reflected('Acme', 'rejected', gap('Experience with stakeholder management')),
      reflected('Beta', 'rejected', gap('Stakeholder-management experience', 'partly')),
      reflected('Gamma', 'rejected', gap('experience managing stakeholders')),
      reflected('Delta', 'rejected', gap('Kubernets')),
      reflected('Echo', 'rejected', gap('Kubernetes', 'partly')),
      reflected('Fox', 'rejected', gap('SQL')),
      reflected('Golf', 'rejected', gap('SQL Server')),
    ]);
    expect(patterns.map((p) => p.message)).toEqual([
      '“Experience with stakeholder management” was missing or only partly met in 3 interviews (Acme, Beta, Gamma).',
      '“Kubernets” was missing or only partly met in 2 interviews (Delta, Echo).',
    ]);
  });

  test('struggled questions match worded differently too', () => {
    const asked = (text: string) => (d: StepDrafts) => {
      d.improve.struggled = [{ key: 'k0', text, category: '' }];
    };
    expect(
      detectPatterns([
        reflected('A', 'rejected', asked('Why do you want to work here?')),
        reflected('B', 'offer', asked('Why do you want to work here')),
      ]),
    ).toEqual([expect.objectContaining({ kind: 'struggled', count: 2 })]);
  });
});
