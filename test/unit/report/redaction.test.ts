import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { type ReportData, redactReport } from '../../../shared/domain/report/report';
import { reportHtml } from '../../../shared/domain/report/report-html';
import { reportMarkdown } from '../../../shared/domain/report/report-markdown';
import { redactor } from '../../../shared/domain/report/redact';
import { foldKey } from '../../../shared/domain/text-rules';

/** The folded words of a text, split as the redaction splits them. */
const words = (text: string) => [...text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)].map((m) => foldKey(m[0]));

/** True when `name`'s words occur in `text` as consecutive whole words (compared by fold). */
function contains(text: string, name: string): boolean {
  const hay = words(text);
  const needle = words(name);
  return needle.length > 0 && hay.some((_, i) => needle.every((w, k) => hay[i + k] === w));
}

function baseReport(reflections: ReportData['reflections']): ReportData {
  return {
    generatedAt: '2026-11-30T09:00:00.000Z',
    range: '12w',
    rangeLabel: 'Last 12 weeks',
    totals: { answers: 3, rated: 3, skipped: 0, sessions: 1, average: 3.3 },
    weeks: [{ week: '2026-11-23', rated: 3, average: 3.3 }],
    sessions: [{ startedAt: '2026-11-24T10:00:00.000Z', answered: 3, averageConfidence: 3.3 }],
    reflections,
    redacted: false,
  };
}

// Every word the report's own template writes (headings, labels, pseudonyms): a name made only of such
// words cannot be told apart from the template, so generated names avoid them (see the notes).
const headings = [
  'What attracted me to the role',
  'My concerns',
  'How I came across',
  'Questions I struggled with',
  'Research to do better',
  'Feedback received',
];
const sample = baseReport([
  {
    company: 'x',
    role: 'x',
    interviewerName: 'x',
    heldAt: '2026-11-20T14:00:00.000Z',
    heldOn: '2026-11-20',
    stage: 'Screening',
    outcome: 'No response',
    texts: headings.map((heading) => ({ heading, text: 'x' })),
    notes: 'x',
  },
]);
const templateWords = new Set(
  [
    reportMarkdown(sample),
    reportHtml(redactReport(sample)),
    'First second final assessment centre offer rejected withdrew pending',
  ].flatMap(words),
);

// Letters with case and fold traps: ß/ẞ (→ ss), Turkish-free dotted I, final sigma, a ligature, accents.
const letter = fc.constantFrom(...'abcdefghijklmnoprstuvwxyzßẞéÉçÇσςΣﬁøØåÅ'.split(''));
const nameWord = fc
  .array(letter, { minLength: 2, maxLength: 8 })
  .map((l) => l.join(''))
  .filter((w) => !templateWords.has(foldKey(w)) && foldKey(w).length > 1 && /^[\p{L}]+$/u.test(foldKey(w)));
const name = fc.array(nameWord, { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));
const filler = fc.constantFrom('I', 'said', 'that', 'we', 'would', 'meet', 'again', 'on', 'Monday', '—', ',', '.', '(', ')', '\n', "'s");
/** How a user might type a name: any case, spaces or hyphens between its words, possibly possessive. */
const typed = (n: string) =>
  fc.tuple(fc.constantFrom('lower', 'upper', 'as-is'), fc.constantFrom(' ', '  ', '-', ' \n')).map(([caseStyle, sep]) => {
    const cased = caseStyle === 'lower' ? n.toLowerCase() : caseStyle === 'upper' ? n.toUpperCase() : n;
    return cased.split(' ').join(sep);
  });

const scenario = fc
  .tuple(
    fc.uniqueArray(name, { minLength: 1, maxLength: 3, selector: foldKey }),
    fc.uniqueArray(name, { minLength: 1, maxLength: 3, selector: foldKey }),
  )
  .chain(([companies, people]) => {
    const all = [...companies, ...people];
    const piece = fc.oneof(filler, fc.constantFrom(...all).chain(typed));
    const text = fc.array(piece, { maxLength: 25 }).map((p) => p.join(' '));
    return fc.record({
      companies: fc.constant(companies),
      people: fc.constant(people),
      texts: fc.array(text, { minLength: 1, maxLength: 4 }),
      notes: text,
    });
  });

describe('redacted report', () => {
  test('no company or interviewer name appears anywhere in the Markdown or HTML, typed text included', () => {
    fc.assert(
      fc.property(scenario, ({ companies, people, texts, notes }) => {
        const data = baseReport(
          Array.from({ length: Math.max(companies.length, people.length) }, (_, i) => ({
            company: companies[i % companies.length]!,
            role: `Analyst for ${companies[i % companies.length]!}`,
            interviewerName: people[i % people.length]!,
            heldAt: '2026-11-20T14:00:00.000Z',
            heldOn: '2026-11-20',
            stage: 'First',
            outcome: 'Pending',
            texts: texts.map((text, k) => ({ heading: headings[k % headings.length]!, text })),
            notes,
          })),
        );
        const redacted = redactReport(data);
        const html = reportHtml(redacted);
        const markdown = reportMarkdown(redacted);
        for (const n of [...companies, ...people]) {
          for (const output of [markdown, html]) {
            expect(contains(output, n), `${n} in ${output}`).toBe(false);
            // Each significant word of a name alone too ("Sam" of "Sam Lee").
            for (const part of n.split(' ')) expect(contains(output, part), `${part} in ${output}`).toBe(false);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  test('names are replaced consistently, by fold and as whole words only', () => {
    const { redact } = redactor({ companies: ['Acme Ltd', 'Straße Partners'], interviewers: ['Dr Sam Lee'] });
    expect(redact('ACME-ltd said Sam Lee (of acme) liked STRASSE partners; Acmeville stays, Ltd stays, Dr stays.')).toBe(
      'Company A said Interviewer A (of Company A) liked Company B; Acmeville stays, Ltd stays, Dr stays.',
    );
    expect(redact('Sam’s and LEE’s notes')).toBe('Interviewer A’s and Interviewer A’s notes');
  });

  test('a report without redaction keeps the names; a redacted one says so', () => {
    const data = baseReport([
      {
        company: 'Acme',
        role: 'Analyst',
        interviewerName: 'Sam',
        heldAt: '2026-11-20T14:00:00.000Z',
        heldOn: '2026-11-20',
        stage: 'First',
        outcome: 'Pending',
        texts: [],
        notes: null,
      },
    ]);
    expect(reportMarkdown(data)).toContain('Acme');
    const redacted = reportMarkdown(redactReport(data));
    expect(redacted).toContain('Company and interviewer names are replaced.');
    expect(redacted).toContain('Analyst at Company A');
  });
});
