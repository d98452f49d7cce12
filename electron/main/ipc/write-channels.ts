import type { ChannelName } from '../../../shared/contract/index';

/**
 * What a channel that changes something saves.
 * - `saves`: the thing, as it reads in "Your disk is full: this answer was not saved."
 * - `transaction`: `'dispatcher'` — the handler is synchronous and the dispatcher runs it whole inside
 *   one explicit transaction, whose COMMIT failure throws; `'own'` — the handler awaits files or
 *   streams, so it opens its own transactions around its database writes (the write guard in
 *   storage/write-guard.ts refuses any it forgets) or writes no database rows at all.
 */
export interface WriteChannel {
  saves: string;
  transaction: 'dispatcher' | 'own';
}

const tx = (saves: string): WriteChannel => ({ saves, transaction: 'dispatcher' });
const own = (saves: string): WriteChannel => ({ saves, transaction: 'own' });

/**
 * Every contract channel, classified: `null` reads only; otherwise what it
 * saves. A new channel does not compile until it is classified here, so no
 * write can be added without its transaction and its sentence for a failed save.
 */
export const writeChannels: { readonly [N in ChannelName]: WriteChannel | null } = {
  'app.info': null,
  'app.dismissNotice': own('this change'),
  'app.diagnostics': null,
  // Writes a line to the problem-report log, not the user's data: nothing to save or announce.
  'app.reportError': null,
  'app.recoverFromBackup': own('the restored data'),
  'app.startFresh': own('the new, empty data'),
  'settings.get': null,
  'settings.update': own('your settings'),
  'banks.list': null,
  'banks.get': null,
  'banks.create': tx('this bank'),
  'banks.update': tx('this bank'),
  'banks.deletionImpact': null,
  'banks.remove': tx('this change'),
  'banks.restore': tx('this bank'),
  'banks.export': null,
  'banks.previewImport': null,
  'banks.import': own('this import'), // backs up first (VACUUM INTO, which no transaction may hold)
  'questions.list': null,
  'questions.get': null,
  'questions.create': tx('this question'),
  'questions.update': tx('this question'),
  'questions.saveNotes': tx('this note'),
  'questions.move': tx('this change'),
  'questions.setArchived': tx('this change'),
  'questions.search': null,
  'questions.facets': null,
  'sessions.setupOptions': null,
  'sessions.countMatching': null,
  'sessions.start': tx('this mock interview'),
  'sessions.get': null,
  'sessions.unfinished': null,
  'sessions.list': null,
  'sessions.saveAnswer': tx('this answer'),
  'sessions.saveReviewConfidence': tx('this rating'),
  'sessions.saveGuidedConfidence': tx('this rating'),
  'sessions.end': tx('the end of this mock interview'),
  'sessions.beginRecording': own('this recording'),
  'sessions.appendRecording': own('this recording'),
  'sessions.finishRecording': own('this recording'),
  'sessions.saveDeliveryFacts': tx('the measurement of this recording'),
  'sessions.unanalysedRecordings': null,
  'progress.deliveryTrend': null,
  'progress.deliveryMismatches': null,
  'sessions.discardRecording': own('this change'),
  'sessions.readRecording': null,
  'reflection.listInterviews': null,
  'reflection.saveInterview': tx('this interview'),
  'reflection.getInterviewDraft': null,
  'reflection.saveInterviewDraft': tx('the interview you typed'),
  'reflection.getAsks': null,
  'reflection.saveAsks': tx('your questions to ask'),
  'reflection.deleteInterview': tx('this change'),
  'reflection.get': null,
  'reflection.saveStep': tx('this reflection step'),
  'reflection.setStep': tx('your place in this reflection'),
  'reflection.markEmailSent': tx('this change'),
  'reflection.dismissReminder': tx('this change'),
  'reflection.addStruggledQuestion': tx('this question'),
  'reflection.listActions': null,
  'reflection.createAction': tx('this action item'),
  'reflection.saveAction': tx('this action item'),
  'reflection.deleteAction': tx('this change'),
  'reflection.patterns': null,
  'reflection.recentConfidence': null,
  'reflection.exportMarkdown': null,
  'reflection.getForSession': null,
  'reflection.saveForSession': tx('this reflection'),
  'progress.dashboard': null,
  'progress.categoryTrend': null,
  'progress.questions': null,
  'progress.questionHistory': null,
  'progress.due': null,
  'progress.dueQuestions': null,
  'progress.upcoming': null,
  'progress.plan': null,
  'progress.planSuggestions': null,
  'progress.savePlan': tx('this preparation plan'),
  'progress.readiness': null,
  'data.status': null,
  'data.listBackups': null,
  'data.backupNow': own('the backup'),
  'data.restoreBackup': own('the restored data'),
  'data.deleteBackup': own('this change'),
  'data.checkDatabase': own('the check'),
  'data.exportEverything': own('the export'),
  'data.exportAnswersCsv': own('the export'),
  'data.readExport': null,
  'data.beginImport': own('this import'),
  'data.appendImport': own('this import'),
  'data.finishImport': own('this import'),
  'data.discardImport': own('this change'),
  'data.cancelJob': null,
  'files.save': own('the file'),
  'files.open': null,
  'stories.list': null,
  'stories.get': null,
  'stories.create': tx('this story'),
  'stories.update': tx('this story'),
  'stories.remove': tx('this change'),
  'stories.linkQuestion': tx('this link'),
  'stories.unlinkQuestion': tx('this change'),
  'stories.forQuestion': null,
  'stories.addUse': tx('this use of the story'),
  'stories.removeUse': tx('this change'),
  'stories.competencies': null,
  'stories.rehearse': tx('this mock interview'),
  'stories.gaps': null,
  'report.build': null,
};

/** What `channel` saves ("this answer"), or null for a read or an unknown name. */
export function savedThing(channel: string): string | null {
  return Object.hasOwn(writeChannels, channel) ? (writeChannels[channel as ChannelName]?.saves ?? null) : null;
}
