import { describe, expect, test } from 'vitest';
import { emptyDrafts } from '../../../shared/domain/reflection/drafts';
import { reflectionMarkdown } from '../../../shared/domain/reflection/markdown';
import { escapeMarkdownBlock, escapeMarkdownLine, quoteMarkdown, slugify } from '../../../shared/domain/reflection/markdown-text';
import type { InterviewReflection } from '../../../shared/domain/reflection/reflection';

describe('escaping user text for Markdown', () => {
  test.each([
    ['# Not a heading', '\\# Not a heading'],
    ['- not a list', '\\- not a list'],
    ['+ nor this', '\\+ nor this'],
    ['1. nor a numbered list', '1\\. nor a numbered list'],
    ['> nor a quote', '\\> nor a quote'],
    ['---', '\\---'],
    ['*bold* and _it_', '\\*bold\\* and \\_it\\_'],
    ['[link](javascript:alert(1))', '\\[link\\](javascript:alert(1))'],
    ['<script>alert(1)</script>', '\\<script\\>alert(1)\\</script\\>'],
    ['`code` and ~~strike~~', '\\`code\\` and \\~\\~strike\\~\\~'],
    ['a | table | cell', 'a \\| table \\| cell'],
    ['&lt; is not <', '\\&lt; is not \\<'],
    ['AT&T stays', 'AT&T stays'],
    ['C:\\path', 'C:\\\\path'],
    ['    indented code', 'indented code'],
    ['Plain words, e.g. this.', 'Plain words, e.g. this.'],
  ])('%s', (raw, escaped) => {
    expect(escapeMarkdownLine(raw)).toBe(escaped);
  });

  test('blocks keep each typed line; quotes keep blank lines inside the quote', () => {
    expect(escapeMarkdownBlock('First\n# second\n\nthird')).toBe('First  \n\\# second  \n  \nthird');
    expect(quoteMarkdown('Dear Sam,\n\n- thanks')).toBe('> Dear Sam,\n>\n> \\- thanks');
  });

  test('file names are slugs', () => {
    expect(slugify('Café & Co. / Ltd')).toBe('cafe-co-ltd');
    expect(slugify('***')).toBe('interview');
  });
});

function reflection(): InterviewReflection {
  const drafts = emptyDrafts();
  drafts.roleFit = { fitRating: 2, attracted: 'The **platform**', concerns: ['close_enough'], concernNotes: '', applyAgain: 'no' };
  drafts.qualifications.requirements = [
    { key: 'a', text: 'SQL', status: 'met' },
    { key: 'b', text: '# Tableau <cert>', status: 'missing' },
  ];
  drafts.confidence = { selfRating: 3, checklist: { eye_contact: 'work_on', smiling: 'good' }, notes: '' };
  drafts.improve.struggled = [{ key: 's', text: 'Why *us*?', category: 'Motivation' }];
  drafts.improve.researchRating = 1;
  drafts.improve.logistics = [{ issue: 'punctuality', note: 'Late by 5 min' }];
  drafts.respond.discussed = 'dashboards';
  return {
    interview: {
      id: 1,
      company: 'Acme [Ltd]',
      role: 'Data Analyst',
      heldAt: '2026-03-02T14:00:00.000Z',
      heldOn: '2026-03-02',
      stage: 'first',
      format: 'video',
      interviewerName: 'Sam Lee',
      interviewerEmail: 'sam@acme.example',
      jobDescription: '',
      outcome: 'rejected',
      notes: '',
      createdAt: '',
      updatedAt: '',
    },
    drafts,
    currentStep: 6,
    started: true,
    finishedAt: null,
    thankYouSentOn: '2026-03-03',
    feedbackRequestSentOn: null,
    thankYouReminder: false,
    actionItems: [
      {
        id: 1,
        kind: 'credential',
        title: '# Tableau <cert>',
        dueOn: '2026-05-01',
        done: true,
        doneAt: 'x',
        sourceKey: 'requirement:b',
        interview: null,
        createdAt: '',
        updatedAt: '',
      },
    ],
    addedQuestions: [{ itemKey: 's', questionId: 9, bankId: 4, dueBy: null }],
    nextInterviewOn: null,
    updatedAt: null,
    version: 0,
  };
}

describe('reflection export', () => {
  test('names the file after company, role and date, as Markdown', () => {
    const file = reflectionMarkdown(reflection(), { exportedAt: new Date('2026-03-04T10:00:00Z'), timeZone: 'UTC', locale: 'en-GB' });
    expect(file.fileName).toBe('reflection-acme-ltd-data-analyst-2026-03-02.md');
    expect(file.mimeType).toBe('text/markdown;charset=utf-8');
  });

  test('covers every step, escapes what the user typed, and lists the career plan', () => {
    const { content } = reflectionMarkdown(reflection(), {
      exportedAt: new Date('2026-03-04T10:00:00Z'),
      timeZone: 'UTC',
      locale: 'en-GB',
    });
    expect(content).toMatch(/^# Reflection: Data Analyst at Acme \\\[Ltd\\\]\n/);
    expect(content).toContain('- **When:** 2 March 2026 at 14:00');
    expect(content).toContain('- **Fit:** 2 / 5');
    expect(content).toContain('This role was not a good fit for you');
    expect(content).toContain('The \\*\\*platform\\*\\*');
    expect(content).toContain('- **Missing:** \\# Tableau \\<cert\\>');
    expect(content).toContain('- **Needs work:** Eye contact');
    expect(content).toContain('- Why \\*us\\*? (Motivation) — added to practice');
    expect(content).toContain('- **How much I did:** 1 / 5');
    expect(content).toContain('- Punctuality: Late by 5 min');
    expect(content).toContain('### Thank-you note (sent on 3 March 2026)');
    expect(content).toContain('### Feedback request (not sent yet)');
    expect(content).toContain('> Dear Sam Lee,');
    expect(content).toContain('- [x] Credential: \\# Tableau \\<cert\\> (due 1 May 2026)');
    expect(content).toContain('_Exported from Rehearse on 4 March 2026._');
    // Nothing the user typed opened a heading, HTML or link of its own.
    expect(
      content
        .split('\n')
        .filter((l) => l.startsWith('#'))
        .every((l) => /^#{1,3} [A-Z0-9]/.test(l)),
    ).toBe(true);
    expect(content).not.toMatch(/(?<!\\)<cert/);
  });
});
