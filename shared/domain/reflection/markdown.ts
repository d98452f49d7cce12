import { dayOf, type DateFormatOptions, formatCalendarDay, formatDate } from '../dates/format';
import { actionKindLabels, type ActionItem } from './action-items';
import { bodyLanguageItems, bodyLanguageLabels, logisticsLabels, requirementStatuses, roleConcernLabels } from './drafts';
import { emailTemplate } from './email-templates';
import { formatLabels, outcomeLabels, stageLabels } from './interview';
import { interviewWhen } from './interview-name';
import { escapeMarkdownBlock, escapeMarkdownLine, quoteMarkdown, slugify } from './markdown-text';
import type { EmailKind, InterviewReflection } from './reflection';
import { isLowFit, lowFitAdvice } from './step-issues';

/** A file the renderer offers as a download. */
export interface ExportedFile {
  fileName: string;
  mimeType: string;
  content: string;
}

const applyAgainLabels = { yes: 'Yes', unsure: 'Not sure', no: 'No' } as const;
const statusLabels = { met: 'Met', partly: 'Partly met', missing: 'Missing' } as const;
const notRecorded = '_Not recorded._';

const rating = (value: number | null) => (value === null ? 'not rated' : `${value} / 5`);
const line = (label: string, value: string) => `- **${label}:** ${value}`;
const block = (text: string) => (text.trim() ? escapeMarkdownBlock(text) : notRecorded);

/** The email as the user will send it: their edit, or the filled template. */
export function effectiveEmail(reflection: InterviewReflection, kind: EmailKind) {
  const { interview, drafts } = reflection;
  const edited = kind === 'thank_you' ? drafts.respond.thankYou : drafts.respond.feedbackRequest;
  return (
    edited ??
    emailTemplate(kind, {
      company: interview.company,
      role: interview.role,
      interviewerName: interview.interviewerName,
      discussed: drafts.respond.discussed,
      signature: drafts.respond.signature,
      outcome: interview.outcome,
      format: interview.format,
    })
  );
}

function roleFitSection({ drafts: { roleFit } }: InterviewReflection): string[] {
  const out = ['## 1. Was the role right for me?', '', line('Fit', rating(roleFit.fitRating))];
  if (isLowFit(roleFit)) out.push(`- ${lowFitAdvice}`);
  out.push(line('Would apply again', roleFit.applyAgain ? applyAgainLabels[roleFit.applyAgain] : 'not answered'));
  if (roleFit.concerns.length) out.push(line('Concerns', roleFit.concerns.map((c) => roleConcernLabels[c]).join('; ')));
  out.push('', '### What attracted me', '', block(roleFit.attracted), '', '### What concerned me', '', block(roleFit.concernNotes));
  return out;
}

function qualificationsSection({ drafts: { qualifications } }: InterviewReflection): string[] {
  const out = ['## 2. Qualifications', ''];
  const listed = qualifications.requirements.filter((r) => r.text.trim());
  if (listed.length === 0) return [...out, notRecorded];
  for (const status of [...requirementStatuses, null]) {
    for (const r of listed.filter((q) => q.status === status)) {
      out.push(line(status ? statusLabels[status] : 'Not marked', escapeMarkdownLine(r.text)));
    }
  }
  return out;
}

function confidenceSection({ drafts: { confidence } }: InterviewReflection): string[] {
  const marked = (mark: 'good' | 'work_on') =>
    bodyLanguageItems.filter((item) => confidence.checklist[item] === mark).map((item) => bodyLanguageLabels[item]);
  const good = marked('good');
  const workOn = marked('work_on');
  return [
    '## 3. Confidence and body language',
    '',
    line('Self-rating', rating(confidence.selfRating)),
    line('Went well', good.length ? good.join(', ') : 'none marked'),
    line('Needs work', workOn.length ? workOn.join(', ') : 'none marked'),
    '',
    block(confidence.notes),
  ];
}

function improveSection(reflection: InterviewReflection, dates: DateFormatOptions): string[] {
  const { improve } = reflection.drafts;
  const added = new Set(reflection.addedQuestions.map((q) => q.itemKey));
  const out = ['## 4. Improve next time', '', '### Questions I struggled with', ''];
  const struggled = improve.struggled.filter((s) => s.text.trim());
  if (struggled.length === 0) out.push(notRecorded);
  for (const s of struggled) {
    const category = s.category.trim() ? ` (${escapeMarkdownLine(s.category)})` : '';
    out.push(`- ${escapeMarkdownLine(s.text)}${category}${added.has(s.key) ? ' — added to practice' : ''}`);
  }
  if (improve.nextRoundOn) out.push('', line('Next round', formatCalendarDay(improve.nextRoundOn, 'long', dates)));
  out.push('', '### Company research', '', line('How much I did', rating(improve.researchRating)), '', block(improve.researchNotes));
  out.push('', '### Logistics', '');
  if (improve.logistics.length === 0) out.push('Nothing went wrong.');
  for (const l of improve.logistics) {
    out.push(`- ${logisticsLabels[l.issue]}${l.note.trim() ? `: ${escapeMarkdownLine(l.note)}` : ''}`);
  }
  return out;
}

function respondSection(reflection: InterviewReflection, dates: DateFormatOptions): string[] {
  const { respond } = reflection.drafts;
  const sent = (on: string | null) => (on ? `sent on ${formatCalendarDay(on, 'long', dates)}` : 'not sent yet');
  const email = (title: string, kind: EmailKind, sentOn: string | null) => {
    const draft = effectiveEmail(reflection, kind);
    return [`### ${title} (${sent(sentOn)})`, '', line('Subject', escapeMarkdownLine(draft.subject)), '', quoteMarkdown(draft.body), ''];
  };
  return [
    '## 5. Respond to the interviewer',
    '',
    ...email('Thank-you note', 'thank_you', reflection.thankYouSentOn),
    ...email('Feedback request', 'feedback_request', reflection.feedbackRequestSentOn),
    `### Feedback received${respond.feedbackReceivedOn ? ` (${formatCalendarDay(respond.feedbackReceivedOn, 'long', dates)})` : ''}`,
    '',
    block(respond.feedbackReceived),
  ];
}

function actionsSection(items: ActionItem[], dates: DateFormatOptions): string[] {
  const out = ['## Career plan', ''];
  if (items.length === 0) return [...out, 'No action items yet.'];
  for (const item of items) {
    const due = item.dueOn ? ` (due ${formatCalendarDay(item.dueOn, 'long', dates)})` : '';
    out.push(`- [${item.done ? 'x' : ' '}] ${actionKindLabels[item.kind]}: ${escapeMarkdownLine(item.title)}${due}`);
  }
  return out;
}

/**
 * The whole reflection on one interview as a Markdown document. `timeZone`
 * and `locale` are the user's (the main process's) unless a test fixes them.
 */
export function reflectionMarkdown(reflection: InterviewReflection, options: { exportedAt: Date } & DateFormatOptions): ExportedFile {
  const { interview } = reflection;
  const interviewer = [interview.interviewerName, interview.interviewerEmail && `<${interview.interviewerEmail}>`]
    .filter(Boolean)
    .join(' ');
  const content = [
    `# Reflection: ${escapeMarkdownLine(interview.role)} at ${escapeMarkdownLine(interview.company)}`,
    '',
    line('When', interviewWhen(interview, 'long', options)),
    line('Stage', interview.stage ? stageLabels[interview.stage] : notRecorded),
    line('Format', interview.format ? formatLabels[interview.format] : notRecorded),
    line('Outcome', outcomeLabels[interview.outcome]),
    line('Interviewer', interviewer ? escapeMarkdownLine(interviewer) : 'not recorded'),
    '',
    ...(interview.notes.trim() ? ['## Notes', '', escapeMarkdownBlock(interview.notes), ''] : []),
    ...roleFitSection(reflection),
    '',
    ...qualificationsSection(reflection),
    '',
    ...confidenceSection(reflection),
    '',
    ...improveSection(reflection, options),
    '',
    ...respondSection(reflection, options),
    '',
    ...actionsSection(reflection.actionItems, options),
    '',
    `_Exported from Rehearse on ${formatDate(options.exportedAt, 'long', options)}._`,
    '',
  ].join('\n');
  const date = interview.heldAt === null ? interview.heldOn : dayOf(interview.heldAt, options.timeZone);
  return {
    fileName: `reflection-${slugify(interview.company)}-${slugify(interview.role)}-${date}.md`,
    mimeType: 'text/markdown;charset=utf-8',
    content,
  };
}
